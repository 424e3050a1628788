package org.externship.portal.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.externship.portal.identity.boundary.OnboardingRequest;
import org.externship.portal.shared.control.AfterTransaction;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.tenant.boundary.OnboardingFailedException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A new hospital in Keycloak: its organization, the first coordinator's account, role and membership, and the
 * invitation e-mail. Each step records how to undo itself. If a step fails, the steps already done are undone in
 * reverse order and onboarding fails (the caller's transaction rolls back); if the transaction fails after Keycloak
 * succeeded, the same undo runs after the rollback ({@link AfterTransaction}). Nothing is left half-created.
 */
@Dependent
public class HospitalOnboarding {

    private static final Logger LOG = Logger.getLogger(HospitalOnboarding.class.getName());

    @Inject
    KeycloakGateway keycloak;

    @Inject
    AfterTransaction afterTransaction;

    /** Creates the organization and invites the coordinator; returns the organization's Keycloak id. */
    public String provision(OnboardingRequest request, String hospitalName) {
        Deque<Runnable> undo = new ArrayDeque<>();
        try {
            String organizationId = keycloak.createOrganization(request.alias(), hospitalName,
                    request.emailDomain());
            undo.push(() -> keycloak.deleteOrganization(organizationId));
            String userId = keycloak.createUser(request.coordinatorEmail(), request.coordinatorFirstName().strip(),
                    request.coordinatorLastName().strip(), hospitalName, Roles.COORDINATOR);
            undo.push(() -> keycloak.deleteUser(userId));
            keycloak.grantRealmRole(userId, Roles.COORDINATOR);
            keycloak.addOrganizationMember(organizationId, userId);
            keycloak.sendInvitation(userId);
            afterTransaction.onRollback("undo the Keycloak steps of onboarding " + request.alias(),
                    () -> runAll(undo));
            return organizationId;
        } catch (KeycloakException e) {
            LOG.log(Level.WARNING, "Onboarding of " + request.alias() + " failed; undoing " + undo.size()
                    + " Keycloak step(s)", e);
            runAll(undo);
            if (e.isConflict() && "create user".equals(e.step())) {
                throw new OnboardingFailedException("onboarding.coordinatorExists", e, request.coordinatorEmail());
            }
            if (e.isConflict() && "create organization".equals(e.step())) {
                throw new OnboardingFailedException("onboarding.organizationExists", e, request.alias());
            }
            throw new OnboardingFailedException("onboarding.keycloakFailed", e, e.step());
        }
    }

    static void runAll(Deque<Runnable> undo) {
        while (!undo.isEmpty()) {
            try {
                undo.pop().run();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Could not undo a Keycloak step; remove it by hand", e);
            }
        }
    }
}
