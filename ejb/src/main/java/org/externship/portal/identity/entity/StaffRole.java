package org.externship.portal.identity.entity;

import org.externship.portal.shared.security.Roles;

/** What a member of a hospital's staff does in the portal. */
public enum StaffRole {
    COORDINATOR(Roles.COORDINATOR),
    ATTENDING(Roles.ATTENDING);

    private final String realmRole;

    StaffRole(String realmRole) {
        this.realmRole = realmRole;
    }

    /** The Keycloak realm role that carries it. */
    public String realmRole() {
        return realmRole;
    }
}
