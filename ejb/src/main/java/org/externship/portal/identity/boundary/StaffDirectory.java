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
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.identity.entity.StaffRole;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.Text;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantIsolated;

import java.time.Instant;
import java.util.List;

/**
 * A hospital's staff directory. Every method sees only the caller's own hospital ({@link TenantIsolated}): an id
 * of another hospital's staff member is simply not found.
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

    private StaffMember member(long id) {
        StaffMember member = em.find(StaffMember.class, id);
        if (member == null) {
            throw new NotFoundException("staff member", id);
        }
        return member;
    }
}
