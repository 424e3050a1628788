package org.externship.portal.rotation.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How many externs an attending supervises at once during a placement: the most placements, this one included, whose
 * days (first and last included) overlap on one day of it. A pure rule: the calendar's guard gives it the
 * attending's other placements that overlap.
 */
public final class SupervisionLoad {

    private SupervisionLoad() {
    }

    /** A placement's days, the first and the last included. */
    public record Span(LocalDate first, LocalDate last) {

        boolean contains(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(last);
        }
    }

    /** The most externs at once and the first day it happens. */
    public record Peak(int externs, LocalDate from) {
    }

    /** The busiest day of {@code placement} for an attending who also supervises {@code others}. */
    public static Peak peak(Span placement, List<Span> others) {
        List<LocalDate> candidates = new ArrayList<>();
        candidates.add(placement.first());
        for (Span other : others) {
            if (placement.contains(other.first())) {
                candidates.add(other.first());
            }
        }
        Peak busiest = new Peak(0, placement.first());
        for (LocalDate day : candidates.stream().sorted().toList()) {
            int externs = 1 + (int) others.stream().filter(o -> o.contains(day)).count();
            if (externs > busiest.externs()) {
                busiest = new Peak(externs, day);
            }
        }
        return busiest;
    }
}
