package org.externship.portal.messaging.boundary;

/** A formal note a student may start a conversation from after their placement: thank-you, update, Match news. */
public record MessageTemplate(String key, String label, String topic, String body) {
}
