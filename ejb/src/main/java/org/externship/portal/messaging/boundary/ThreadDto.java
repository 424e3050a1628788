package org.externship.portal.messaging.boundary;

import java.time.Instant;
import java.util.List;

/** A conversation and its messages as the caller may see them, oldest first; {@code unread}: the caller's. */
public record ThreadDto(long id, String studentName, String staffName, String topic, Instant startedAt,
                        boolean muted, int unread, List<MessageDto> messages) {

    public ThreadDto {
        messages = List.copyOf(messages);
    }
}
