package org.externship.portal.messaging.view;

import org.externship.portal.messaging.boundary.HoursCommand;
import org.externship.portal.messaging.boundary.HoursDto;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** staff/working-hours.xhtml's fields: a time zone, a start and an end ("08:00"), the working days by name. */
public class HoursForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String zone;
    private String start;
    private String end;
    private List<String> days = new ArrayList<>();

    public static HoursForm of(HoursDto hours) {
        HoursForm form = new HoursForm();
        form.zone = hours.zone();
        form.start = hours.start().toString();
        form.end = hours.end().toString();
        form.days = EnumSet.copyOf(hours.days()).stream().map(DayOfWeek::name).collect(Collectors.toList());
        return form;
    }

    public HoursCommand toCommand() {
        Set<DayOfWeek> chosen = days == null ? Set.of()
                : days.stream().map(DayOfWeek::valueOf).collect(Collectors.toSet());
        return new HoursCommand(zone, time(start), time(end), chosen);
    }

    private static LocalTime time(String text) {
        return text == null || text.isBlank() ? null : LocalTime.parse(text);
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public List<String> getDays() {
        return days;
    }

    public void setDays(List<String> days) {
        this.days = days == null ? new ArrayList<>() : new ArrayList<>(days);
    }
}
