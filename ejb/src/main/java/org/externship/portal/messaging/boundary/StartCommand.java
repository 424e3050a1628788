package org.externship.portal.messaging.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.externship.portal.messaging.entity.MessageThread;
import org.externship.portal.messaging.entity.ThreadMessage;

/**
 * A student starts a conversation with staff member {@code staffId} of the placement of application
 * {@code applicationId}. {@code sendAnyway}: the student read the tone advice and sends as written.
 */
public record StartCommand(@NotNull Long applicationId, @NotNull(message = "{portal.messages.to.required}") Long staffId,
                           @NotBlank @Size(max = MessageThread.TOPIC_MAX) String topic,
                           @NotBlank @Size(max = ThreadMessage.BODY_MAX) String body, boolean sendAnyway) {
}
