package org.externship.portal.shared.boundary;

import jakarta.ejb.ApplicationException;

/** The caller is signed in but may not do this. */
@ApplicationException(rollback = true)
public class NotAllowedException extends PortalException {

    public NotAllowedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
