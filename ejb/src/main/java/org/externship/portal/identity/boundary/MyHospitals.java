package org.externship.portal.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.externship.portal.identity.control.KeycloakException;
import org.externship.portal.identity.control.KeycloakGateway;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The hospitals a signed-in member of staff belongs to, as Keycloak itself says (their organizations), for the
 * sign-in of someone in several hospitals: their token names none, because Keycloak's {@code organization} scope
 * names one organization only, the one chosen at sign-in, and the portal's sign-in skips that choice; the scope for
 * all of them, {@code organization:*}, is refused by Payara's OpenID Connect mechanism, which accepts only scopes
 * Keycloak's discovery document lists.
 */
@Stateless
public class MyHospitals {

    private static final Logger LOG = Logger.getLogger(MyHospitals.class.getName());

    @Inject
    KeycloakGateway keycloak;

    @Inject
    CurrentUser currentUser;

    /** The aliases of the caller's organizations, sorted; none if Keycloak cannot say. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ATTENDING})
    public List<String> aliases() {
        try {
            return keycloak.organizationsOf(currentUser.subject()).keySet().stream().sorted().toList();
        } catch (KeycloakException e) {
            LOG.log(Level.WARNING, "Keycloak did not name the organizations of " + currentUser.subject(), e);
            return List.of();
        }
    }
}
