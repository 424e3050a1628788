package org.externship.portal.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.externship.portal.identity.control.KeycloakGateway.Account;
import org.externship.portal.shared.control.AfterTransaction;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Keycloak steps that give a person access to a hospital or take it away. Each step records how to undo itself;
 * {@link #undoable} runs a series of them so that nothing is left half-done: if a step fails, the steps already done
 * are undone in reverse order, and if the transaction rolls back after Keycloak succeeded, the same undo runs after
 * the rollback ({@link AfterTransaction}). Onboarding's first coordinator and a coordinator's invitation both go
 * through {@link #invite}, the one way a staff account is made. What Keycloak says of a person's access to a
 * hospital now, the staff directory's one rule, is {@link #accessTo}.
 */
@Dependent
public class StaffAccounts {

    private static final Logger LOG = Logger.getLogger(StaffAccounts.class.getName());

    @Inject
    KeycloakGateway keycloak;

    @Inject
    AfterTransaction afterTransaction;

    /**
     * Runs {@code steps}, which push their undo on the deque they are given; {@code what} names them in the log.
     * A {@link KeycloakException} reaches the caller after the steps done are undone.
     */
    public <T> T undoable(String what, Function<Deque<Runnable>, T> steps) {
        Deque<Runnable> undo = new ArrayDeque<>();
        try {
            T result = steps.apply(undo);
            afterTransaction.onRollback("undo the Keycloak steps of " + what, () -> undoAll(undo));
            return result;
        } catch (KeycloakException e) {
            LOG.log(Level.WARNING, what + " failed; undoing " + undo.size() + " Keycloak step(s)", e);
            undoAll(undo);
            throw e;
        }
    }

    /**
     * A new account for {@code email}: staff {@code role} (a realm role), member of the organization, invited by
     * e-mail to choose a password. Answers its Keycloak id.
     */
    public String invite(Deque<Runnable> undo, String organizationId, String email, String firstName,
                         String lastName, String hospitalName, String role) {
        String userId = keycloak.createUser(email, firstName, lastName, hospitalName, role);
        undo.push(() -> keycloak.deleteUser(userId));
        keycloak.grantRealmRole(userId, role);
        keycloak.addOrganizationMember(organizationId, userId);
        keycloak.sendInvitation(userId);
        return userId;
    }

    /** An existing account becomes a member of one more organization (a second hospital). */
    public void join(Deque<Runnable> undo, String organizationId, String userId) {
        keycloak.addOrganizationMember(organizationId, userId);
        undo.push(() -> keycloak.removeOrganizationMember(organizationId, userId));
    }

    /**
     * Ends the account's access to the hospital whose organization has the alias {@code hospital}: it leaves that
     * organization, and an account that belongs to no other hospital is disabled as well; either way its Keycloak
     * sessions end, so the portal's next refresh of their tokens fails. Leaving the organization is what keeps them
     * out: enabling the account again (another hospital's reactivation, an administrator) gives this hospital back
     * only with the membership ({@link HospitalAccess}).
     */
    public void deactivate(Deque<Runnable> undo, String hospital, String userId) {
        Map<String, String> organizations = keycloak.organizationsOf(userId);
        String organizationId = organizations.get(hospital);
        if (organizationId != null) {
            keycloak.removeOrganizationMember(organizationId, userId);
            undo.push(() -> keycloak.addOrganizationMember(organizationId, userId));
        }
        boolean elsewhere = organizations.keySet().stream().anyMatch(alias -> !alias.equals(hospital));
        if (!elsewhere && keycloak.account(userId).enabled()) {
            keycloak.enable(userId, false);
            undo.push(() -> keycloak.enable(userId, true));
        }
        keycloak.signOutEverywhere(userId);
    }

    /**
     * Gives back what {@link #deactivate} took: the membership of {@code organizationId} and an enabled account. Also
     * how an invitation brings back an account switched off with no hospital left: it then has access to this one only.
     */
    public void reactivate(Deque<Runnable> undo, String organizationId, String userId) {
        if (!keycloak.organizationsOf(userId).containsValue(organizationId)) {
            join(undo, organizationId, userId);
        }
        if (!keycloak.account(userId).enabled()) {
            keycloak.enable(userId, true);
            undo.push(() -> keycloak.enable(userId, false));
        }
    }

    /**
     * What Keycloak says now of account {@code userId} and the hospital whose organization has the alias
     * {@code hospital}; an account Keycloak no longer has: {@link HospitalAccess#NONE}.
     */
    public HospitalAccess accessTo(String hospital, String userId) {
        Account account;
        try {
            account = keycloak.account(userId);
        } catch (KeycloakException e) {
            if (e.status() == 404) {
                return HospitalAccess.NONE;
            }
            throw e;
        }
        return new HospitalAccess(account.enabled(), keycloak.organizationsOf(userId).containsKey(hospital),
                account.roles());
    }

    /**
     * The same for several accounts of one hospital at once, by Keycloak id: the members of its organization
     * {@code organizationId} (one call a hundred) and the roles of the enabled ones among {@code userIds} (a disabled
     * account's roles grant nothing, so they are not read); someone not in the organization:
     * {@link HospitalAccess#NONE}.
     */
    public Map<String, HospitalAccess> accessTo(String organizationId, Collection<String> userIds) {
        Map<String, Boolean> members = keycloak.membersOf(organizationId);
        Map<String, HospitalAccess> access = new HashMap<>();
        for (String userId : userIds) {
            Boolean enabled = members.get(userId);
            access.put(userId, enabled == null ? HospitalAccess.NONE
                    : enabled ? new HospitalAccess(true, true, rolesOf(userId))
                    : new HospitalAccess(false, true, Set.of()));
        }
        return access;
    }

    private Set<String> rolesOf(String userId) {
        try {
            return keycloak.realmRoles(userId);
        } catch (KeycloakException e) {
            if (e.status() == 404) {
                return Set.of();
            }
            throw e;
        }
    }

    private static void undoAll(Deque<Runnable> undo) {
        while (!undo.isEmpty()) {
            try {
                undo.pop().run();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Could not undo a Keycloak step; remove it by hand", e);
            }
        }
    }
}
