package org.externship.portal.application.boundary;

import org.externship.portal.application.entity.Application;
import org.externship.portal.application.entity.Rearrangement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A coordinator changed the placement an accepted application became: moved it to another rotation period (new
 * dates), named other supervising attendings, or both in one edit. Fired (a CDI event) inside the transaction, once
 * the change is on the application's timeline; observed after the commit ({@code during = AFTER_SUCCESS}) to tell the
 * student, so a change refused and rolled back (a full period, an attending's limit) tells nobody.
 *
 * @param hospitalAlias the hospital the application belongs to
 * @param what          what changed
 * @param startDate     the placement's first day after the change
 * @param endDate       its last day after the change
 * @param attendings    the supervising attendings' names after the change, as a list reads ({@code null}: nobody
 *                      named, or they did not change)
 * @param changedBy     the coordinator's name
 */
public record PlacementRearranged(long applicationId, String hospitalAlias, Rearrangement what, Instant at,
                                  String externshipTitle, String hospitalName, String studentSubject,
                                  String studentName, String studentEmail, LocalDate startDate, LocalDate endDate,
                                  String attendings, String changedBy) {

    static PlacementRearranged of(Application application, String hospitalAlias, Rearrangement what,
                                  String attendings, String changedBy, Instant at) {
        return new PlacementRearranged(application.id(), hospitalAlias, what, at, application.externshipTitle(),
                application.hospitalName(), application.studentSubject(), application.studentName(),
                application.studentEmail(), application.startDate(), application.endDate(),
                what.attendings() ? attendings : null, changedBy);
    }
}
