package org.externship.portal.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.externship.portal.identity.boundary.OnboardingRequest;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.tenant.boundary.OnboardingFailedException;

/**
 * A new hospital in Keycloak: its organization, the first coordinator's account, role and membership, and the
 * invitation e-mail ({@link StaffAccounts#invite}). If a step fails, the steps already done are undone and
 * onboarding fails (the caller's transaction rolls back); if the transaction fails after Keycloak succeeded, the
 * same undo runs after the rollback ({@link StaffAccounts#undoable}). Nothing is left half-created.
 */
@Dependent
public class HospitalOnboarding {

    @Inject
    KeycloakGateway keycloak;

    @Inject
    StaffAccounts staffAccounts;

    /** Creates the organization and invites the coordinator; returns the organization's Keycloak id. */
    public String provision(OnboardingRequest request, String hospitalName) {
        try {
            return staffAccounts.undoable("onboarding " + request.alias(), undo -> {
                String organizationId = keycloak.createOrganization(request.alias(), hospitalName,
                        request.emailDomain());
                undo.push(() -> keycloak.deleteOrganization(organizationId));
                staffAccounts.invite(undo, organizationId, request.coordinatorEmail(),
                        request.coordinatorFirstName().strip(), request.coordinatorLastName().strip(), hospitalName,
                        Roles.COORDINATOR);
                return organizationId;
            });
        } catch (KeycloakException e) {
            if (e.isConflict() && "create user".equals(e.step())) {
                throw new OnboardingFailedException("onboarding.coordinatorExists", e, request.coordinatorEmail());
            }
            if (e.isConflict() && "create organization".equals(e.step())) {
                throw new OnboardingFailedException("onboarding.organizationExists", e, request.alias());
            }
            throw new OnboardingFailedException("onboarding.keycloakFailed", e, e.step());
        }
    }
}
