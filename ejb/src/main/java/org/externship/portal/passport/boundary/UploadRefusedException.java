package org.externship.portal.passport.boundary;

import jakarta.ejb.ApplicationException;
import org.externship.portal.shared.boundary.PortalException;

/** An upload is not what it must be (a real PDF or image, small enough, dated if it expires); nothing is stored. */
@ApplicationException(rollback = true)
public class UploadRefusedException extends PortalException {

    public UploadRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
