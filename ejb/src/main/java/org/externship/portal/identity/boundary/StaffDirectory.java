package org.externship.portal.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.identity.control.JoinedMail;
import org.externship.portal.identity.control.KeycloakException;
import org.externship.portal.identity.control.KeycloakGateway;
import org.externship.portal.identity.control.KeycloakGateway.Account;
import org.externship.portal.identity.control.StaffAccounts;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.identity.entity.StaffRole;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.boundary.Text;
import org.externship.portal.shared.control.Mailer;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.shared.tenancy.TenantIsolated;
import org.externship.portal.tenant.boundary.Hospitals;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A hospital's staff directory. Every method sees only the caller's own hospital ({@link TenantIsolated}): an id
 * of another hospital's staff member is simply not found. Coordinators invite attendings and fellow coordinators
 * (a Keycloak account in the hospital's organization, with the role, and Keycloak's e-mail to choose a password),
 * deactivate and reactivate them ({@link StaffAccounts}); every rule is checked before Keycloak is asked.
 */
@Stateless
@ReportsInvalidInput
@TenantIsolated
public class StaffDirectory {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Resource
    SessionContext session;

    @Inject
    TenantContext tenant;

    @Inject
    Hospitals hospitals;

    @Inject
    KeycloakGateway keycloak;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    PortalClock clock;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String portalBaseUrl;

    @RolesAllowed({Roles.COORDINATOR, Roles.ATTENDING})
    public List<StaffMemberDto> list() {
        return em.createNamedQuery(StaffMember.ALL, StaffMember.class).getResultList().stream()
                .map(StaffMemberDto::of)
                .toList();
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.ATTENDING})
    public StaffMemberDto find(long id) {
        return StaffMemberDto.of(member(id));
    }

    @RolesAllowed(Roles.COORDINATOR)
    public StaffMemberDto describe(long id, @NotNull @Valid StaffProfile profile) {
        StaffMember member = member(id);
        member.describe(Text.trimmed(profile.title()), Text.trimmed(profile.specialty()));
        return StaffMemberDto.of(member);
    }

    /** Takes someone off the directory (their Keycloak account is untouched); nobody removes themselves. */
    @RolesAllowed(Roles.COORDINATOR)
    public void remove(long id) {
        StaffMember member = member(id);
        if (member.keycloakUserId().equals(currentUser.subject())) {
            throw new NotAllowedException("staff.removeSelf");
        }
        em.remove(member);
    }

    /**
     * Invites someone to the hospital's staff. A new address gets an account, the role, the hospital's membership and
     * Keycloak's invitation e-mail. An address with an account already: a student's is refused (it cannot be made
     * staff), as is one Keycloak does not let the portal manage (a platform admin); an attending of another hospital
     * joins this one as an attending too (member of both organizations; the portal e-mails them), but nobody who is a
     * coordinator elsewhere, nor as a coordinator: a realm role holds in every hospital of the account.
     */
    @RolesAllowed(Roles.COORDINATOR)
    public StaffMemberDto invite(@NotNull @Valid StaffInvitation invitation) {
        String email = invitation.email().strip().toLowerCase(Locale.ROOT);
        String hospital = tenant.requireTenant();
        String hospitalName = hospitals.mine().name();
        try {
            String organizationId = ownOrganization(hospital);
            return staffAccounts.undoable("inviting " + email + " to " + hospital, undo -> {
                Optional<Account> existing = keycloak.accountByEmail(email);
                StaffMember member;
                if (existing.isPresent()) {
                    Account account = mayJoin(existing.get(), invitation.role(), hospital);
                    staffAccounts.join(undo, organizationId, account.id());
                    member = new StaffMember(account.id(), account.fullName(), email, invitation.role());
                    mailer.sendAfterCommit(new JoinedMail().compose(email, account.fullName(), hospitalName,
                            portalBaseUrl + "/home"));
                } else {
                    String first = invitation.firstName().strip();
                    String last = invitation.lastName().strip();
                    String userId = staffAccounts.invite(undo, organizationId, email, first, last, hospitalName,
                            invitation.role().realmRole());
                    member = new StaffMember(userId, first + " " + last, email, invitation.role());
                }
                em.persist(member);
                return StaffMemberDto.of(member);
            });
        } catch (KeycloakException e) {
            throw refusedBy(e, email);
        }
    }

    /**
     * Ends a staff member's access to this hospital at their next request (within a minute): their account is
     * disabled, or, if they also belong to another hospital, their membership of this one ends; their Keycloak
     * sessions end. Their entry stays, marked deactivated. Nobody deactivates themselves.
     */
    @RolesAllowed(Roles.COORDINATOR)
    public StaffMemberDto deactivate(long id) {
        StaffMember member = member(id);
        if (member.keycloakUserId().equals(currentUser.subject())) {
            throw new NotAllowedException("staff.deactivateSelf");
        }
        if (member.isActive()) {
            String hospital = tenant.requireTenant();
            try {
                staffAccounts.undoable("deactivating " + member.email(), undo -> {
                    staffAccounts.deactivate(undo, hospital, member.keycloakUserId());
                    return null;
                });
            } catch (KeycloakException e) {
                throw refusedBy(e, member.email());
            }
            member.deactivate(clock.now());
        }
        return StaffMemberDto.of(member);
    }

    /** Gives a deactivated staff member their access to this hospital back. */
    @RolesAllowed(Roles.COORDINATOR)
    public StaffMemberDto reactivate(long id) {
        StaffMember member = member(id);
        if (!member.isActive()) {
            try {
                String organizationId = ownOrganization(tenant.requireTenant());
                staffAccounts.undoable("reactivating " + member.email(), undo -> {
                    staffAccounts.reactivate(undo, organizationId, member.keycloakUserId());
                    return null;
                });
            } catch (KeycloakException e) {
                throw refusedBy(e, member.email());
            }
            member.reactivate();
        }
        return StaffMemberDto.of(member);
    }

    /** Brings the caller's own entry up to date with their token; creates it at their first sign-in. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ATTENDING})
    public StaffMemberDto recordSignIn() {
        StaffRole role = session.isCallerInRole(Roles.COORDINATOR) ? StaffRole.COORDINATOR : StaffRole.ATTENDING;
        StaffMember member = em.createNamedQuery(StaffMember.BY_SUBJECT, StaffMember.class)
                .setParameter("subject", currentUser.subject())
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    StaffMember created = new StaffMember(currentUser.subject(), currentUser.name(),
                            currentUser.email(), role);
                    em.persist(created);
                    return created;
                });
        member.signedIn(currentUser.name(), currentUser.email(), role, Instant.now());
        return StaffMemberDto.of(member);
    }

    /** The account may join this hospital as {@code role}, or the reason why not. */
    private Account mayJoin(Account account, StaffRole role, String hospital) {
        Optional<StaffMember> here = em.createNamedQuery(StaffMember.BY_SUBJECT, StaffMember.class)
                .setParameter("subject", account.id()).getResultStream().findFirst();
        if (here.isPresent()) {
            throw new NotAllowedException(here.get().isActive() ? "staff.alreadyStaff" : "staff.alreadyDeactivated",
                    account.email());
        }
        boolean staff = account.roles().contains(Roles.ATTENDING) || account.roles().contains(Roles.COORDINATOR);
        if (account.roles().contains(Roles.PLATFORM_ADMIN)) {
            throw new NotAllowedException("staff.notInvitable", account.email());
        }
        if (!staff) {
            throw new NotAllowedException("staff.studentAccount", account.email());
        }
        if (keycloak.organizationsOf(account.id()).containsKey(hospital)) {
            throw new NotAllowedException("staff.alreadyStaff", account.email());
        }
        if (role != StaffRole.ATTENDING || account.roles().contains(Roles.COORDINATOR)) {
            throw new NotAllowedException("staff.otherHospital", account.email());
        }
        return account;
    }

    /** This hospital's Keycloak organization, as the coordinator's own membership names it. */
    private String ownOrganization(String hospital) {
        String id = keycloak.organizationsOf(currentUser.subject()).get(hospital);
        if (id == null) {
            throw new KeycloakException("find the hospital's organization", 404, hospital, null);
        }
        return id;
    }

    private static PortalException refusedBy(KeycloakException e, String email) {
        if (e.status() == 403) {
            // the service account may not manage this account: a platform admin's
            return new NotAllowedException("staff.notInvitable", email);
        }
        if (e.isConflict()) {
            return new NotAllowedException("staff.accountExists", email);
        }
        return new PortalException("staff.keycloakFailed", e, e.step());
    }

    private StaffMember member(long id) {
        StaffMember member = em.find(StaffMember.class, id);
        if (member == null) {
            throw new NotFoundException("staff member", id);
        }
        return member;
    }
}
