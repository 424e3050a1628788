package org.externship.portal.letters.boundary;

import org.externship.portal.letters.control.NudgeLimit;
import org.externship.portal.letters.entity.LetterRequest;
import org.externship.portal.letters.entity.RequestStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A letter request: who asked whom, when, what, and where it stands. Never a letter's content. */
public record LetterRequestDto(long id, long applicationId, String studentName, String externshipTitle,
                               LocalDate placementStart, LocalDate placementEnd, long attendingId, String attendingName,
                               String message, LocalDate wantedBy, boolean waived, RequestStatus status,
                               Instant askedAt, LocalDate dueDate, Long suggestedId, String suggestedName,
                               String targetSpecialties, String goals, List<Long> highlightedEntries,
                               Instant nudgedAt, boolean nudgePending, Instant lastContactAt, int remindersSent,
                               Instant nextReminderAt, boolean cvIncluded) {

    static LetterRequestDto of(LetterRequest r) {
        return new LetterRequestDto(r.id(), r.applicationId(), r.studentName(), r.externshipTitle(),
                r.placementStart(), r.placementEnd(), r.attendingStaffId(),
                r.attendingName(), r.message(), r.wantedBy(), r.isWaived(), r.status(), r.askedAt(), r.dueDate(),
                r.suggestedStaffId(), r.suggestedName(), r.packet().targetSpecialties(), r.packet().goals(),
                r.packet().highlightedEntries(), r.nudgedAt(), r.isNudgePending(), r.lastContactAt(),
                r.remindersSent(), r.nextReminderAt(), r.packet().cv());
    }

    /** When the student may send the next polite reminder: a week after the last contact, while the request is open. */
    public Instant nextNudgeFrom(Instant now) {
        return NudgeLimit.DEFAULT.allowance(lastContactAt, now).allowedFrom();
    }

    /** Whether the student may send a polite reminder at {@code now}. */
    public boolean nudgeable(Instant now) {
        return status.isOpen() && !nudgePending && !nextNudgeFrom(now).isAfter(now);
    }

    /** Whether the attending has written a version: the waiver is fixed from then on. */
    public boolean letterWritten() {
        return status == RequestStatus.IN_PROGRESS || status == RequestStatus.COMPLETE
                || status == RequestStatus.DELIVERED;
    }
}
