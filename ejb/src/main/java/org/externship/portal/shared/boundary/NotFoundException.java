package org.externship.portal.shared.boundary;

import jakarta.ejb.ApplicationException;

/** The record does not exist, or exists in a hospital the caller may not see (the two are told apart nowhere). */
@ApplicationException(rollback = true)
public class NotFoundException extends PortalException {

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
