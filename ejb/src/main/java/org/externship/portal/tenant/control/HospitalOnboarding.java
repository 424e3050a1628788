package org.externship.portal.tenant.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.externship.portal.identity.boundary.Roles;
import org.externship.portal.identity.control.KeycloakException;
import org.externship.portal.identity.control.KeycloakGateway;
import org.externship.portal.tenant.boundary.OnboardingFailedException;
import org.externship.portal.tenant.boundary.OnboardingRequest;
import org.externship.portal.tenant.entity.Hospital;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Onboards a hospital in the database and in Keycloak as one unit. The database row is written in the caller's
 * transaction; each Keycloak step records how to undo itself. If a step fails, the steps already done are undone
 * in reverse order and the transaction rolls back; if the transaction fails after Keycloak succeeded, the same
 * undo runs after the rollback. Nothing is left half-created.
 */
@Dependent
public class HospitalOnboarding {

    private static final Logger LOG = Logger.getLogger(HospitalOnboarding.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    KeycloakGateway keycloak;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public Hospital onboard(OnboardingRequest request) {
        if (!em.createNamedQuery(Hospital.BY_ALIAS, Hospital.class).setParameter("alias", request.alias())
                .getResultList().isEmpty()) {
            throw new OnboardingFailedException("onboarding.aliasTaken", null, request.alias());
        }
        var details = request.details();
        Hospital hospital = new Hospital(request.alias(), details.name().strip(), details.type(),
                details.city().strip(), details.state(), request.emailDomain(), Instant.now());
        em.persist(hospital);
        em.flush();

        Deque<Runnable> undo = new ArrayDeque<>();
        try {
            String organizationId = keycloak.createOrganization(request.alias(), hospital.name(),
                    request.emailDomain());
            undo.push(() -> keycloak.deleteOrganization(organizationId));
            String userId = keycloak.createUser(request.coordinatorEmail(), request.coordinatorFirstName().strip(),
                    request.coordinatorLastName().strip());
            undo.push(() -> keycloak.deleteUser(userId));
            keycloak.grantRealmRole(userId, Roles.COORDINATOR);
            keycloak.addOrganizationMember(organizationId, userId);
            keycloak.sendInvitation(userId);
            hospital.linkOrganization(organizationId);
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
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    LOG.warning(() -> "Onboarding of " + request.alias() + " rolled back; undoing Keycloak steps");
                    runAll(undo);
                }
            }
        });
        return hospital;
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
