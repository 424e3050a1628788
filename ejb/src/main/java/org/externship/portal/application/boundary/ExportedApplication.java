package org.externship.portal.application.boundary;

import org.externship.portal.application.entity.ApplicationStatus;

import java.time.Instant;
import java.time.LocalDate;

/** An application as the review queue's download lists it: who applied, with their e-mail, for what, and when. */
public record ExportedApplication(long id, String studentName, String studentEmail, String externshipTitle,
                                  LocalDate startDate, LocalDate endDate, ApplicationStatus status,
                                  Instant submittedAt, Instant updatedAt) {
}
