package org.externship.portal.messaging.boundary;

import org.externship.portal.messaging.entity.ThreadMessage;

import java.time.Instant;
import java.time.ZoneId;

/**
 * One message as its thread shows it. {@code held}: written outside the recipient's working hours and not delivered
 * yet; the recipient sees it from {@code deliverAt}, shown to the sender in the recipient's own time zone
 * ({@code recipientZone}, null for a student).
 */
public record MessageDto(long id, boolean fromStudent, String author, String recipient, String body,
                         Instant writtenAt, Instant deliverAt, boolean held, ZoneId recipientZone,
                         boolean reported) {

    static MessageDto of(ThreadMessage m, Instant now) {
        var t = m.thread();
        return new MessageDto(m.id(), m.isFromStudent(), m.isFromStudent() ? t.studentName() : t.staffName(),
                m.isFromStudent() ? t.staffName() : t.studentName(), m.body(), m.writtenAt(), m.deliverAt(),
                !m.isDelivered(now), m.deliverZone(), m.reportedAt() != null);
    }
}
