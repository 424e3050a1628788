package org.externship.portal.application.boundary;

import org.externship.portal.application.entity.Application;
import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.application.entity.StudentApplication;

import java.time.Instant;
import java.time.LocalDate;

/** An application as a list row shows it, to the student and to the hospital's coordinators. */
public record ApplicationSummary(long id, String externshipTitle, String hospitalName, String studentName,
                                 LocalDate startDate, LocalDate endDate, ApplicationStatus status,
                                 Instant offerExpiresAt, Instant submittedAt, Instant updatedAt) {

    static ApplicationSummary of(Application a) {
        return new ApplicationSummary(a.id(), a.externshipTitle(), a.hospitalName(), a.studentName(), a.startDate(),
                a.endDate(), a.status(), a.offerExpiresAt(), a.submittedAt(), a.updatedAt());
    }

    static ApplicationSummary of(StudentApplication a, String studentName) {
        return new ApplicationSummary(a.id(), a.externshipTitle(), a.hospitalName(), studentName, a.startDate(),
                a.endDate(), a.status(), a.offerExpiresAt(), null, a.updatedAt());
    }
}
