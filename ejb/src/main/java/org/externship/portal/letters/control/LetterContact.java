package org.externship.portal.letters.control;

import org.externship.portal.shared.control.ReminderPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.letters.entity.LetterRequest;
import org.externship.portal.shared.control.Mailer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The contact a letter request brings (issue 11): when the first reminder to an attending who accepted is due (the
 * {@link ReminderPlan} in their working hours), and the e-mail that tells the student the attending answered or
 * completed the letter (its status, never its content), after the change commits.
 */
@ApplicationScoped
public class LetterContact {

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    private final FollowUpMail mails = new FollowUpMail();

    /** The first reminder of a letter due on {@code due} that {@code attending} accepted at {@code acceptedAt}. */
    public Instant firstReminder(LocalDate due, StaffMember attending, Instant acceptedAt) {
        return ReminderPlan.DEFAULT.next(acceptedAt, due, attending.workingHours(), 0, null, acceptedAt).orElse(null);
    }

    /** Tells the student where their request now stands (accepted, declined, complete). */
    public void tellStudent(LetterRequest request) {
        if (request.studentEmail() != null) {
            mailer.sendAfterCommit(mails.answered(request, baseUrl + "/student/letters.xhtml"));
        }
    }
}
