package org.externship.portal.shared.boundary;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * The root of the portal's business exceptions. It carries a message-bundle key and its arguments, so the web
 * layer shows the user a translated sentence; the transaction is rolled back.
 */
@ApplicationException(rollback = true)
public class PortalException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public PortalException(String messageKey, Object... arguments) {
        this(messageKey, null, arguments);
    }

    public PortalException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey + Arrays.toString(arguments), cause);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
