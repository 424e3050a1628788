package org.externship.portal.messaging.boundary;

import org.externship.portal.messaging.entity.ThreadMessage;

import java.time.Instant;

/**
 * A student's message a staff member reported to the hospital's coordinators; once handled, who handled it, when,
 * and their note (null: none).
 */
public record ReportedMessageDto(long id, String topic, String studentName, String staffName, String body,
                                 Instant writtenAt, Instant reportedAt, String reportedBy, Instant handledAt,
                                 String handledBy, String handledNote) {

    static ReportedMessageDto of(ThreadMessage m) {
        return new ReportedMessageDto(m.id(), m.thread().topic(), m.thread().studentName(), m.thread().staffName(),
                m.body(), m.writtenAt(), m.reportedAt(), m.reportedBy(), m.handledAt(), m.handledBy(),
                m.handledNote());
    }

    public boolean handled() {
        return handledAt != null;
    }
}
