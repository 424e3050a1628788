package org.externship.portal.listing.boundary;

import org.externship.portal.listing.entity.ClinicalSetting;
import org.externship.portal.listing.entity.Externship;
import org.externship.portal.listing.entity.ExternshipType;
import org.externship.portal.listing.entity.ListingStatus;
import org.externship.portal.listing.entity.RotationPeriod;
import org.externship.portal.qualification.entity.Specialty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An externship as the coordinator's list shows it. */
public record ExternshipSummary(long id, String title, ExternshipType type, Specialty specialty,
                                ClinicalSetting setting, String city, String state, int durationWeeks,
                                LocalDate applicationDeadline, Long feeCents, ListingStatus status,
                                List<Period> periods, Instant updatedAt) {

    /** A rotation period: dates, seats, and seats neither accepted nor held by an open offer. */
    public record Period(long id, LocalDate startDate, LocalDate endDate, int seats, int seatsLeft) {

        static Period of(RotationPeriod p) {
            return new Period(p.id(), p.startDate(), p.endDate(), p.seats(), p.seatsLeft());
        }
    }

    static ExternshipSummary of(Externship e) {
        return new ExternshipSummary(e.id(), e.title(), e.type(), e.specialty(), e.setting(), e.city(), e.state(),
                e.durationWeeks(), e.applicationDeadline(), e.feeCents(), e.status(),
                e.periods().stream().map(Period::of).toList(), e.updatedAt());
    }
}
