package org.externship.portal.letters.boundary;

import org.externship.portal.letters.control.Addressee;
import org.externship.portal.letters.control.AskingWindow;
import org.externship.portal.letters.entity.RequestStatus;

import java.time.LocalDate;

/**
 * An attending the student may ask for a letter about one of their placements, and where that stands: the asking
 * window the hospital sets, the request the student made of them if any ({@code request}), and, for a colleague a
 * declining attending suggested, who suggested them ({@code suggestedBy}: such a colleague may be asked at once).
 */
public record AskableAttending(long applicationId, String externshipTitle, String hospitalName, LocalDate start,
                               LocalDate end, long attendingId, String attendingName, AskingWindow.Status window,
                               String suggestedBy, LetterRequestDto request) {

    /** "Dear Dr. Adams,": how a request to them opens. */
    public String salutation() {
        return Addressee.of(attendingName).salutation();
    }

    /** "Adams": the name the request addresses them by. */
    public String addressedAs() {
        return Addressee.of(attendingName).lastName();
    }

    /** Whether the student may write to them now: on time (or suggested) and not asked before. */
    public boolean canAsk() {
        return request == null && (window.isOpen() || suggestedBy != null);
    }

    /** Asked, and the request still waits for the attending or their letter. */
    public boolean isAsked() {
        return request != null && request.status().isOpen();
    }

    public boolean isDeclined() {
        return request != null && request.status() == RequestStatus.DECLINED;
    }
}
