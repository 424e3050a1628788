package org.externship.portal.qualification.boundary;

import java.util.List;

/** One requirement a student does not meet, as a message-bundle key with its arguments. */
public record Shortfall(String messageKey, List<Object> arguments) {

    public Shortfall {
        arguments = List.copyOf(arguments);
    }

    public static Shortfall of(String messageKey, Object... arguments) {
        return new Shortfall(messageKey, List.of(arguments));
    }
}
