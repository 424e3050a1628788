/*
 * The review queue (coordinator/applications.xhtml): the header's box ticks or clears every row of the page, and
 * shows whether all, some or none are ticked. Without script the rows are ticked one by one.
 */
(function () {
    'use strict';
    function boxes() {
        return Array.prototype.slice.call(document.querySelectorAll('.queue-table input[name="selected"]'));
    }
    function sync() {
        var all = document.getElementById('select-all');
        if (!all) {
            return;
        }
        var rows = boxes();
        var ticked = rows.filter(function (box) { return box.checked; }).length;
        all.hidden = rows.length === 0;
        all.checked = rows.length > 0 && ticked === rows.length;
        all.indeterminate = ticked > 0 && ticked < rows.length;
    }
    document.addEventListener('change', function (event) {
        var target = event.target;
        if (target.id === 'select-all') {
            boxes().forEach(function (box) { box.checked = target.checked; });
        }
        if (target.id === 'select-all' || target.name === 'selected') {
            sync();
        }
    });
    document.addEventListener('DOMContentLoaded', sync);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', sync);
    }
}());
