package org.externship.portal.messaging.boundary;

import java.time.Instant;

/**
 * A staff member reported a student's message to their hospital's coordinators (fired once per message, inside the
 * report's transaction). Who observes it after the commit tells the coordinators; it carries no word of the message.
 */
public record MessageReported(String hospitalAlias, long messageId, long applicationId, String studentName,
                              String reportedBy, Instant at) {
}
