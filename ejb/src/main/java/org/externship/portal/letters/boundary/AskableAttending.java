package org.externship.portal.letters.boundary;

import org.externship.portal.letters.control.Addressee;
import org.externship.portal.letters.control.AskingWindow;
import org.externship.portal.letters.entity.RequestStatus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An attending the student may ask for a letter about one of their placements, and where that stands: the asking
 * window the hospital sets, the request the student made of them if any ({@code request}), for a colleague a
 * declining attending suggested, who suggested them ({@code suggestedBy}: such a colleague may be asked at once), and
 * whether they still work with the hospital through the portal ({@code active}: not deactivated by its coordinators,
 * {@code StaffMember.isActive}); one who does not is never asked, reminded or nudged through it.
 */
public record AskableAttending(long applicationId, String externshipTitle, String hospitalName, LocalDate start,
                               LocalDate end, long attendingId, String attendingName, AskingWindow.Status window,
                               String suggestedBy, LetterRequestDto request, boolean active) {

    /** "Dear Dr. Adams,": how a request to them opens. */
    public String salutation() {
        return Addressee.of(attendingName).salutation();
    }

    /** "Adams": the name the request addresses them by. */
    public String addressedAs() {
        return Addressee.of(attendingName).lastName();
    }

    /** Whether the student may write to them now: still with the hospital, on time (or suggested), not asked before. */
    public boolean canAsk() {
        return active && request == null && (window.isOpen() || suggestedBy != null);
    }

    /**
     * They no longer work with the hospital through the portal while the student has not asked them or still waits
     * for them: the student should know that the portal cannot reach them.
     */
    public boolean isOutOfReach() {
        return !active && (request == null || request.status().isOpen());
    }

    /**
     * They wrote the letter, complete, and then stopped working with the hospital through the portal: the letter is
     * still the student's to send, by link only (the portal sends it for them).
     */
    public boolean isWriterGone() {
        return !active && request != null
                && (request.status() == RequestStatus.COMPLETE || request.status() == RequestStatus.DELIVERED);
    }

    /** The student may send a polite reminder of their request now (never to someone out of reach). */
    public boolean nudgeable(Instant now) {
        return active && request != null && request.nudgeable(now);
    }

    /** Asked, and the request still waits for the attending or their letter. */
    public boolean isAsked() {
        return request != null && request.status().isOpen();
    }

    public boolean isDeclined() {
        return request != null && request.status() == RequestStatus.DECLINED;
    }
}
