package org.externship.portal.rotation.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import org.externship.portal.rotation.boundary.CalendarSpan;
import org.externship.portal.rotation.boundary.PeriodSlot;
import org.externship.portal.rotation.boundary.PlacementSlot;
import org.externship.portal.shared.view.Feedback;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * The calendar's events for p:schedule, one rule for the coordinator's and the attending's pages: a period with its
 * free seats (never dragged), a placement with its student and attendings (dragged only while it may move). All-day
 * events end the day after their last day, as the component counts. An event carries its slot as data; its id is
 * the component's own, never the portal's.
 */
final class CalendarEvents {

    /** Made once: {@code Json.create...} looks its provider up anew at every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

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

    /**
     * The events of {@code model} as the schedule's script reads them ({@code id}, {@code title}, {@code start},
     * {@code end}, {@code allDay}, whether they may be dragged, their classes), for the days {@code from} up to
     * {@code until} (exclusive): what a page writes in for the month it opens on, so the schedule needs no request of
     * its own to show it. The ids are the component's own, as in its answers.
     */
    static String json(ScheduleModel model, LocalDate from, LocalDate until) {
        JsonArrayBuilder events = JSON.createArrayBuilder();
        for (ScheduleEvent<?> event : model.getEvents()) {
            JsonObjectBuilder one = JSON.createObjectBuilder()
                    .add("id", event.getId())
                    .add("title", event.getTitle())
                    .add("start", event.getStartDate().toLocalDate().toString())
                    .add("end", event.getEndDate().toLocalDate().toString())
                    .add("allDay", event.isAllDay())
                    .add("startEditable", Boolean.TRUE.equals(event.isDraggable()))
                    .add("durationEditable", Boolean.TRUE.equals(event.isResizable()))
                    .add("overlap", event.isOverlapAllowed());
            if (event.getStyleClass() != null) {
                one.add("classNames", event.getStyleClass());
            }
            events.add(one);
        }
        return JSON.createObjectBuilder().add("start", from.toString()).add("end", until.toString())
                .add("events", events).build().toString();
    }

    private static LocalDateTime dayAfter(LocalDate last) {
        return last.plusDays(1).atStartOfDay();
    }
}
