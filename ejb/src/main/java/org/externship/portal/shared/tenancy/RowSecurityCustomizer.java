package org.externship.portal.shared.tenancy;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/** Adds {@link StudentScope} to the portal's EclipseLink session (persistence.xml, eclipselink.session.customizer). */
public class RowSecurityCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getEventManager().addListener(new StudentScope());
    }
}
