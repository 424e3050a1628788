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
