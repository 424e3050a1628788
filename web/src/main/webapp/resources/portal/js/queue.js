/*
 * The review queue (coordinator/applications.xhtml): when the table turns a page, the page's address follows, so a
 * bookmark or a reload opens the same page of the same queue. The server writes the address (data-address).
 */
(function () {
    'use strict';
    if (!window.jQuery || !window.history || !window.history.replaceState) {
        return;
    }
    window.jQuery(document).on('pfAjaxComplete', function () {
        var holder = document.querySelector('.queue-address[data-address]');
        var address = holder ? holder.getAttribute('data-address') : null;
        if (address && address.charAt(0) === '/' && address.charAt(1) !== '/'
                && address !== window.location.pathname + window.location.search) {
            window.history.replaceState(window.history.state, '', address);
        }
    });
}());
