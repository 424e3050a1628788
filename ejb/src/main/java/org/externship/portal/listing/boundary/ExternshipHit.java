package org.externship.portal.listing.boundary;

import org.externship.portal.listing.entity.ClinicalSetting;
import org.externship.portal.listing.entity.ExternshipType;
import org.externship.portal.qualification.entity.Specialty;

import java.time.LocalDate;
import java.util.List;

/**
 * One search result: what the public list shows of a published externship, and nothing else.
 *
 * @param nextStart      the first day of the next rotation period
 * @param upcomingStarts the first days of every rotation period still ahead, soonest first
 * @param feeCents       what the extern pays, in US cents; 0: no fee
 */
public record ExternshipHit(long id, String title, String hospitalName, String city, String state,
                            Specialty specialty, ExternshipType type, ClinicalSetting setting, LocalDate nextStart,
                            LocalDate applicationDeadline, long feeCents, List<LocalDate> upcomingStarts) {

    public ExternshipHit {
        upcomingStarts = List.copyOf(upcomingStarts);
    }

    public boolean free() {
        return feeCents == 0;
    }
}
