package org.externship.portal.shared.security;

/** The realm roles of Keycloak that the portal knows; the same names are the container's security roles. */
public final class Roles {

    public static final String STUDENT = "student";
    public static final String ATTENDING = "attending";
    public static final String COORDINATOR = "coordinator";
    public static final String PLATFORM_ADMIN = "platform-admin";

    private Roles() {
    }
}
