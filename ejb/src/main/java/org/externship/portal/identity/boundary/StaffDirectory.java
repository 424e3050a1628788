package org.externship.portal.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.identity.control.HospitalAccess;
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
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A hospital's staff directory. Every method sees only the caller's own hospital ({@link TenantIsolated}): an id
 * of another hospital's staff member is simply not found. Coordinators invite attendings and fellow coordinators
 * (a Keycloak account in the hospital's organization, with the role, and Keycloak's e-mail to choose a password),
 * deactivate and reactivate them ({@link StaffAccounts}); every rule is checked before Keycloak is asked. Whether
 * someone is active is Keycloak's to say ({@link HospitalAccess}); an entry follows it when its coordinator opens the
 * directory ({@link #directory}) and when its person signs in ({@link #recordSignIn}).
 */
@Stateless
@ReportsInvalidInput
@TenantIsolated
public class StaffDirectory {

    private static final Logger LOG = Logger.getLogger(StaffDirectory.class.getName());

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

    /** Every entry of the directory, deactivated ones too: the coordinator's. */
    @RolesAllowed(Roles.COORDINATOR)
    public List<StaffMemberDto> list() {
        return em.createNamedQuery(StaffMember.ALL, StaffMember.class).getResultList().stream()
                .map(StaffMemberDto::of)
                .toList();
    }

    /**
     * The hospital's active staff, by role and name: the colleagues a member of staff sees.
     * Someone deactivated is not one ({@link StaffMember#isActive}, the rule of {@link StaffMember#ACTIVE_IN_ROLE}).
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ATTENDING})
    public List<StaffMemberDto> colleagues() {
        return em.createNamedQuery(StaffMember.ALL, StaffMember.class).getResultList().stream()
                .filter(StaffMember::isActive)
                .map(StaffMemberDto::of)
                .toList();
    }

    /**
     * The directory for its coordinator's page, as Keycloak has it now: every entry whose status Keycloak contradicts
     * follows Keycloak first ({@link #follow}). If Keycloak does not answer, the entries stay as recorded and the
     * answer says so.
     */
    @RolesAllowed(Roles.COORDINATOR)
    public Directory directory() {
        List<StaffMember> members = em.createNamedQuery(StaffMember.ALL, StaffMember.class).getResultList();
        boolean answered = true;
        try {
            String hospital = tenant.requireTenant();
            Map<String, HospitalAccess> access = staffAccounts.accessTo(ownOrganization(hospital),
                    members.stream().map(StaffMember::keycloakUserId).toList());
            for (StaffMember member : members) {
                if (access.get(member.keycloakUserId()).granted() != member.isActive()) {
                    follow(member, hospital);
                }
            }
        } catch (KeycloakException e) {
            LOG.log(Level.WARNING, "Keycloak did not say who has access; the directory shows what it recorded", e);
            answered = false;
        }
        return new Directory(members.stream().map(StaffMemberDto::of).toList(), answered);
    }

    /** The hospital's staff, and whether Keycloak answered when their access was checked. */
    public record Directory(List<StaffMemberDto> members, boolean keycloakAnswered) {
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
     * coordinator elsewhere, nor as a coordinator: a realm role holds in every hospital of the account. A switched-off
     * account that belongs to no hospital (its last one deactivated it) is switched on again as it joins: it then
     * has access to this hospital alone ({@link HospitalAccess}), as a reactivation gives it; one switched off while
     * it still belongs to a hospital was switched off by an administrator, and is refused.
     */
    @RolesAllowed(Roles.COORDINATOR)
    public Invited invite(@NotNull @Valid StaffInvitation invitation) {
        String email = invitation.email().strip().toLowerCase(Locale.ROOT);
        String hospital = tenant.requireTenant();
        String hospitalName = hospitals.mine().name();
        try {
            String organizationId = ownOrganization(hospital);
            return staffAccounts.undoable("inviting " + email + " to " + hospital, undo -> {
                Optional<Account> existing = keycloak.accountByEmail(email);
                StaffMember member;
                boolean switchedOn = false;
                boolean passwordToChoose = false;
                if (existing.isPresent()) {
                    Account account = mayJoin(existing.get(), invitation.role(), hospital);
                    if (account.enabled()) {
                        staffAccounts.join(undo, organizationId, account.id());
                    } else {
                        staffAccounts.reactivate(undo, organizationId, account.id());
                        switchedOn = true;
                    }
                    member = new StaffMember(account.id(), account.fullName(), email, invitation.role());
                    if (keycloak.hasPassword(account.id())) {
                        mailer.sendAfterCommit(new JoinedMail().compose(email, account.fullName(), hospitalName,
                                portalBaseUrl + "/home"));
                    } else {
                        // invited once and never chose a password (the link lapses): this hospital's invitation
                        keycloak.inviteAgain(account.id(), hospitalName, invitation.role().realmRole());
                        passwordToChoose = true;
                    }
                } else {
                    String first = invitation.firstName().strip();
                    String last = invitation.lastName().strip();
                    String userId = staffAccounts.invite(undo, organizationId, email, first, last, hospitalName,
                            invitation.role().realmRole());
                    member = new StaffMember(userId, first + " " + last, email, invitation.role());
                    passwordToChoose = true;
                }
                em.persist(member);
                return new Invited(StaffMemberDto.of(member), switchedOn, passwordToChoose);
            });
        } catch (KeycloakException e) {
            throw refusedBy(e, email);
        }
    }

    /**
     * Who joined the staff, whether their account, switched off with no hospital, was switched on again (for this
     * hospital alone), and whether they were e-mailed a link to choose a password (else: to sign in with theirs).
     */
    public record Invited(StaffMemberDto member, boolean switchedOn, boolean passwordToChoose) {
    }

    /**
     * Sends the invitation e-mail again to someone on the staff who has not chosen a password yet (its link lapses
     * after three days), as this hospital's invitation. Refused for someone deactivated, and for someone who has a
     * password (they sign in with it, or ask Keycloak's sign-in page for a new one).
     */
    @RolesAllowed(Roles.COORDINATOR)
    public StaffMemberDto inviteAgain(long id) {
        StaffMember member = member(id);
        if (!member.isActive()) {
            throw new NotAllowedException("staff.inviteAgainDeactivated", member.fullName());
        }
        try {
            if (member.lastSignInAt() != null || keycloak.hasPassword(member.keycloakUserId())) {
                throw new NotAllowedException("staff.passwordChosen", member.fullName());
            }
            keycloak.inviteAgain(member.keycloakUserId(), hospitals.mine().name(), member.role().realmRole());
        } catch (KeycloakException e) {
            throw refusedBy(e, member.email());
        }
        return StaffMemberDto.of(member);
    }

    /**
     * Ends a staff member's access to this hospital at their next request (within a minute): their account is
     * disabled, or, if they also belong to another hospital, their membership of this one ends; their Keycloak
     * sessions end. Their entry stays, marked deactivated. Nobody deactivates themselves.
     */
    @RolesAllowed(Roles.COORDINATOR)
    public StaffMemberDto deactivate(long id) {
        StaffMember member = locked(id);
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
        StaffMember member = locked(id);
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

    /**
     * Brings the caller's own entry up to date with their token; creates it at their first sign-in. An entry marked
     * deactivated follows Keycloak ({@link #follow}): a sign-in alone proves nothing (a session may outlive a
     * deactivation by a minute), Keycloak's answer does; if it does not answer, the entry stays deactivated.
     */
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
        if (!member.isActive()) {
            try {
                follow(member, tenant.requireTenant());
            } catch (KeycloakException e) {
                LOG.log(Level.WARNING, "Keycloak did not say whether " + member.email() + " has access; their entry"
                        + " stays deactivated", e);
            }
        }
        member.signedIn(currentUser.name(), currentUser.email(), role, Instant.now());
        return StaffMemberDto.of(member);
    }

    /**
     * The one place where an entry follows Keycloak ({@link HospitalAccess}, the rule of "active"): with the entry's
     * row locked (a coordinator's deactivation or reactivation, which lock it too, waits or is waited for), Keycloak
     * is asked again about this one account; the entry becomes active while Keycloak grants it access to this
     * hospital, and deactivated otherwise. The portal never gives access this way: it only records Keycloak's.
     */
    private void follow(StaffMember member, String hospital) {
        em.refresh(member, LockModeType.PESSIMISTIC_WRITE);
        boolean granted = staffAccounts.accessTo(hospital, member.keycloakUserId()).granted();
        if (granted != member.isActive()) {
            if (granted) {
                member.reactivate();
            } else {
                member.deactivate(clock.now());
            }
            LOG.info(() -> member.email() + " is " + (granted ? "active" : "deactivated") + " in " + hospital
                    + " as Keycloak has it now");
        }
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
        Map<String, String> organizations = keycloak.organizationsOf(account.id());
        if (organizations.containsKey(hospital)) {
            throw new NotAllowedException("staff.alreadyStaff", account.email());
        }
        if (!account.enabled() && !organizations.isEmpty()) {
            // the portal switches an account off only when it leaves its last hospital: an administrator did this, and
            // switching it on would give the other hospitals back too
            throw new NotAllowedException("staff.accountSwitchedOff", account.email());
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

    /** Staff member {@code id}, their row locked until the transaction ends ({@link #follow} waits for it). */
    private StaffMember locked(long id) {
        StaffMember member = em.find(StaffMember.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (member == null) {
            throw new NotFoundException("staff member", id);
        }
        return member;
    }

    private StaffMember member(long id) {
        StaffMember member = em.find(StaffMember.class, id);
        if (member == null) {
            throw new NotFoundException("staff member", id);
        }
        return member;
    }
}
