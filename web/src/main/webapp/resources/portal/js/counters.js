/*
 * Live character counters (student/experiences.xhtml). PortalCount.eras is the residency application service's
 * count, the same rule as the server's learninglog.control.ErasCharacterCount: a line break is one character however
 * it is written (CRLF, LF or a lone CR), every other UTF-16 code unit is one (so an emoji beyond the Basic
 * Multilingual Plane is two). Both are checked against one fixture (ejb tests: learninglog/eras-count-cases.txt).
 * A textarea with data-count-max names its counter (data-counter, an element id) and the counter's words
 * (data-counter-text, "{0} of {1} characters"); the server writes the first count, this keeps it live while typing.
 */
(function () {
    'use strict';

    function eras(text) {
        return text ? String(text).replace(/\r\n/g, '\n').length : 0;
    }

    window.PortalCount = { eras: eras };

    function show(area) {
        var counter = document.getElementById(area.getAttribute('data-counter'));
        var words = area.getAttribute('data-counter-text');
        if (!counter || !words) {
            return;
        }
        var max = parseInt(area.getAttribute('data-count-max'), 10);
        var count = eras(area.value);
        counter.textContent = words.replace('{0}', String(count)).replace('{1}', String(max));
        counter.classList.toggle('counter-over', count > max);
    }

    document.addEventListener('input', function (event) {
        var area = event.target;
        if (area && area.matches && area.matches('textarea[data-count-max]')) {
            show(area);
        }
    });
}());
