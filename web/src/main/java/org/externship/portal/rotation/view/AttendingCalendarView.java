package org.externship.portal.rotation.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.rotation.boundary.CalendarRange;
import org.externship.portal.rotation.boundary.RotationCalendar;
import org.externship.portal.shared.view.Feedback;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * attending/calendar.xhtml: the placements the attending supervises, a month or a week at a time (only the days
 * shown are read), to look at; and their .ics file for their own calendar application.
 */
@Named
@ViewScoped
public class AttendingCalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RotationCalendar calendar;

    @Inject
    Feedback feedback;

    private final ScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            CalendarEvents.add(this, calendar.supervised(CalendarRange.of(start.toLocalDate(),
                    end.toLocalDate().minusDays(1))), feedback);
        }
    };

    public ScheduleModel getModel() {
        return model;
    }
}
