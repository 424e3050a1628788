package org.externship.portal.rotation.boundary;

import java.time.LocalDate;

/** A rotation period on the calendar: its externship, its days (both included), its seats and how many are held. */
public record PeriodSlot(long periodId, long externshipId, String externshipTitle, LocalDate startDate,
                         LocalDate endDate, int seats, int seatsHeld) {

    /** Seats neither accepted nor held by an open offer (never below zero). */
    public int seatsLeft() {
        return Math.max(0, seats - seatsHeld);
    }
}
