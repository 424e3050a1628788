package org.externship.portal.rotation.view;

import org.externship.portal.rotation.boundary.CalendarSpan;
import org.externship.portal.rotation.boundary.PeriodSlot;
import org.externship.portal.rotation.boundary.PlacementSlot;
import org.externship.portal.shared.view.Feedback;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.ScheduleModel;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The calendar's events for p:schedule, one rule for the coordinator's and the attending's pages: a period with its
 * free seats (never dragged), a placement with its student and attendings (dragged only while it may move). All-day
 * events end the day after their last day, as the component counts. An event carries its slot as data; its id is
 * the component's own, never the portal's.
 */
final class CalendarEvents {

    private CalendarEvents() {
    }

    static void add(ScheduleModel model, CalendarSpan span, Feedback feedback) {
        for (PeriodSlot period : span.periods()) {
            model.addEvent(DefaultScheduleEvent.<PeriodSlot>builder()
                    .title(feedback.text("calendar.periodEvent", period.externshipTitle(), period.seatsLeft(),
                            period.seats()))
                    .startDate(period.startDate().atStartOfDay())
                    .endDate(dayAfter(period.endDate()))
                    .allDay(true)
                    .draggable(false)
                    .resizable(false)
                    .styleClass(period.seatsLeft() == 0 ? "calendar-period calendar-period-full" : "calendar-period")
                    .data(period)
                    .build());
        }
        for (PlacementSlot placement : span.placements()) {
            String attendings = placement.attendings().isEmpty() ? feedback.text("calendar.noAttending")
                    : placement.attendingNames();
            model.addEvent(DefaultScheduleEvent.<PlacementSlot>builder()
                    .title(feedback.text("calendar.placementEvent", placement.studentName(),
                            placement.externshipTitle(), attendings))
                    .startDate(placement.startDate().atStartOfDay())
                    .endDate(dayAfter(placement.endDate()))
                    .allDay(true)
                    .draggable(placement.movable())
                    .resizable(false)
                    .styleClass(placement.movable() ? "calendar-placement" : "calendar-placement calendar-fixed")
                    .data(placement)
                    .build());
        }
    }

    private static LocalDateTime dayAfter(LocalDate last) {
        return last.plusDays(1).atStartOfDay();
    }
}
