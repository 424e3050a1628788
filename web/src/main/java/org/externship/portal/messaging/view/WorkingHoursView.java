package org.externship.portal.messaging.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.messaging.boundary.MyWorkingHours;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * staff/working-hours.xhtml: a staff member sets when students' messages reach them (and letter reminders): time zone,
 * hours, working days. Messages written outside wait for the next opening.
 */
@Named
@ViewScoped
public class WorkingHoursView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int STEPS_PER_HOUR = 2;

    @Inject
    MyWorkingHours hours;

    @Inject
    Feedback feedback;

    private HoursForm form = new HoursForm();
    private List<String> zones = List.of();

    @PostConstruct
    void load() {
        try {
            form = HoursForm.of(hours.mine());
            zones = hours.zones();
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public void save() {
        try {
            form = HoursForm.of(hours.save(form.toCommand()));
            feedback.info("hours.saved");
        } catch (InvalidInputException e) {
            feedback.error(e, "hours", v -> {
                String path = v.getPropertyPath().toString();
                return path.endsWith("inOrder") ? "hours:end" : path.endsWith("knownZone") ? "hours:zone" : null;
            });
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    /** Times to choose from, every half hour: "08:00". */
    public List<String> getTimes() {
        List<String> times = new ArrayList<>();
        for (int i = 0; i < 24 * STEPS_PER_HOUR; i++) {
            times.add(LocalTime.of(i / STEPS_PER_HOUR, (i % STEPS_PER_HOUR) * 30).toString());
        }
        times.add("23:59");
        return times;
    }

    public List<String> getDays() {
        return Stream.of(DayOfWeek.values()).map(DayOfWeek::name).toList();
    }

    public List<String> getZones() {
        return zones;
    }

    public HoursForm getForm() {
        return form;
    }
}
