package org.externship.portal.listing.boundary;

import org.externship.portal.listing.entity.ClinicalSetting;
import org.externship.portal.listing.entity.ExternshipType;
import org.externship.portal.qualification.entity.Requirements;
import org.externship.portal.qualification.entity.Specialty;

import java.time.LocalDate;
import java.util.List;

/**
 * A published externship as anyone may read it: everything a student needs to decide whether to apply.
 *
 * @param feeCents what the extern pays, in US cents; 0: no fee
 * @param periods  every rotation period still ahead, soonest first
 */
public record ExternshipDetails(long id, String title, String hospitalName, ExternshipType type,
                                Specialty specialty, ClinicalSetting setting, String city, String state,
                                String description, String scope, int durationWeeks, LocalDate applicationDeadline,
                                List<Period> periods, Requirements requirements, boolean malpracticeProvided,
                                long feeCents, String feeCovers, String refundPolicy, String letterPolicy,
                                boolean deadlinePassed) {

    public ExternshipDetails {
        periods = List.copyOf(periods);
    }

    public boolean free() {
        return feeCents == 0;
    }

    /** A rotation period: dates, seats, and seats neither accepted nor held by an open offer. */
    public record Period(long id, LocalDate startDate, LocalDate endDate, int seats, int seatsLeft) {
    }
}
