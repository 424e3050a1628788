/*
 * The rotation calendar (coordinator/calendar.xhtml): the page writes in the events of the month it opens on
 * (#calendar-first, data-events). The first time the schedule asks for events of days within that range it gets
 * those, with no request to the server; every later question (another month, a filter, after a move) is the
 * schedule's own request, as before. Used as the p:schedule's extender.
 */
function portalCalendarFirstEvents() {
    'use strict';
    var holder = document.getElementById('calendar-first');
    var first = null;
    try {
        first = holder ? JSON.parse(holder.getAttribute('data-events')) : null;
    } catch (e) {
        first = null;
    }
    var ask = this.cfg.options.events;
    this.cfg.options.events = function (info, success, failure) {
        var known = first;
        first = null;
        if (known && info.start.getTime() >= new Date(known.start + 'T00:00:00').getTime()
                && info.end.getTime() <= new Date(known.end + 'T00:00:00').getTime()) {
            success(known.events);
            return;
        }
        ask.call(this, info, success, failure);
    };
}
