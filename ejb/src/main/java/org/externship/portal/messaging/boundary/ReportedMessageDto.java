package org.externship.portal.messaging.boundary;

import java.time.Instant;

/** A student's message a staff member reported to the hospital's coordinators. */
public record ReportedMessageDto(long id, String topic, String studentName, String staffName, String body,
                                 Instant writtenAt, Instant reportedAt, String reportedBy) {
}
