package org.externship.portal.identity.control;

import org.externship.portal.shared.security.Roles;

import java.util.Set;

/**
 * What Keycloak says of one account and one hospital, and the portal's one rule on it: Keycloak decides who may act
 * for a hospital, so a staff member is active there while {@link #granted}: their account is enabled, a member of the
 * hospital's organization, and holds a staff role. The directory's entries follow this rule and no other
 * ({@code StaffDirectory}); a coordinator's deactivation makes it false in Keycloak itself ({@link StaffAccounts}).
 *
 * @param enabled whether the account may sign in at all
 * @param member whether it is a member of the hospital's organization
 * @param roles its effective realm roles
 */
public record HospitalAccess(boolean enabled, boolean member, Set<String> roles) {

    /** An account Keycloak does not have (any more), or not in the hospital's organization. */
    public static final HospitalAccess NONE = new HospitalAccess(false, false, Set.of());

    public HospitalAccess {
        roles = Set.copyOf(roles);
    }

    /** Whether Keycloak lets the account act for the hospital: the one rule of "active". */
    public boolean granted() {
        return enabled && member && (roles.contains(Roles.ATTENDING) || roles.contains(Roles.COORDINATOR));
    }
}
