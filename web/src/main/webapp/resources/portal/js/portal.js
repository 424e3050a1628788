/*
 * Externship Portal: if an AJAX request gets an answer that is not a Faces partial response (the server or the
 * sign-in provider could not be reached, a proxy returned an error page), reload the page so that the user sees
 * what the server has to say instead of a button that silently does nothing.
 */
(function () {
    'use strict';
    if (!window.jQuery) {
        return;
    }
    window.jQuery(document).on('pfAjaxError', function (event, xhr) {
        var type = xhr && xhr.getResponseHeader ? xhr.getResponseHeader('Content-Type') : null;
        if (!type || type.indexOf('xml') < 0) {
            window.location.reload();
        }
    });
}());

/* On phones the menu folds behind the "Menu" button (portal.css): the button opens and closes it. */
(function () {
    'use strict';
    var toggle = document.getElementById('menu-toggle');
    if (!toggle) {
        return;
    }
    toggle.addEventListener('click', function () {
        var menu = toggle.closest('.menu');
        var open = menu.classList.toggle('menu-open');
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
}());

/* On phones the search's filters fold behind the "Filters" button (portal.css), so the results come first. */
(function () {
    'use strict';
    var toggle = document.getElementById('filters-toggle');
    if (!toggle) {
        return;
    }
    toggle.addEventListener('click', function () {
        var open = toggle.form.classList.toggle('filters-open');
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
}());

/*
 * Issue 9, accessible: two places where PrimeFaces' own markup breaks a WCAG rule, set right in the page after it
 * is shown and after every AJAX update (AccessibilityIT checks the result):
 * - p:messages writes <ul><li role="alert">: a list whose items are no list items any more (axe: list). The list
 *   becomes role="none", so each message stays an alert and nothing claims to be a list.
 * - p:fileUpload mode="simple" (not skinned) marks its native file input aria-hidden="true" although it is the
 *   visible, focusable control (axe: aria-hidden-focus); screen readers would skip the field. The mark goes.
 */
(function () {
    'use strict';
    function repair() {
        document.querySelectorAll('.ui-messages ul:not([role])').forEach(function (list) {
            list.setAttribute('role', 'none');
        });
        document.querySelectorAll('input[type="file"][aria-hidden="true"]:not([tabindex="-1"])').forEach(function (input) {
            input.removeAttribute('aria-hidden');
        });
    }
    repair();
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', repair);
    }
}());

/*
 * Plain tables (.data-table): on a phone each row is a card, and each cell names its column (data-label, read by the
 * style sheet). The names are the table's own headers, copied here once, so the server writes each header once.
 */
(function () {
    'use strict';
    function label() {
        document.querySelectorAll('table.data-table').forEach(function (table) {
            var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
                return th.textContent.trim();
            });
            table.querySelectorAll('tbody tr').forEach(function (row) {
                Array.prototype.forEach.call(row.children, function (cell, index) {
                    if (headers[index] && !cell.hasAttribute('data-label') && !cell.hasAttribute('colspan')) {
                        cell.setAttribute('data-label', headers[index]);
                    }
                });
            });
        });
    }
    document.addEventListener('DOMContentLoaded', label);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', label);
    }
}());
