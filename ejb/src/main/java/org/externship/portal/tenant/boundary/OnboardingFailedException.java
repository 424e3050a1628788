package org.externship.portal.tenant.boundary;

import jakarta.ejb.ApplicationException;
import org.externship.portal.shared.boundary.PortalException;

/** Onboarding stopped; whatever it had created (database row, Keycloak organization, user) is gone again. */
@ApplicationException(rollback = true)
public class OnboardingFailedException extends PortalException {

    public OnboardingFailedException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey, cause, arguments);
    }
}
