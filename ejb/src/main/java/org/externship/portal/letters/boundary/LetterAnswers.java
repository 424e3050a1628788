package org.externship.portal.letters.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotNull;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.identity.entity.StaffRole;
import org.externship.portal.learninglog.boundary.EntryDto;
import org.externship.portal.learninglog.boundary.HighlightedEntries;
import org.externship.portal.letters.control.LetterContact;
import org.externship.portal.letters.entity.LetterRequest;
import org.externship.portal.passport.boundary.DocumentDto;
import org.externship.portal.passport.boundary.StoredDocument;
import org.externship.portal.passport.control.PassportReader;
import org.externship.portal.letters.entity.RequestStatus;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.shared.tenancy.TenantIsolated;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An attending's answers to the letter requests that name them, in the hospital they act for (issue 11): accept with a
 * due date, or decline gracefully, perhaps suggesting a colleague of the same hospital. The student hears of the answer
 * by e-mail; an accepted letter gets the portal's polite reminders ({@link LetterContact}). Another attending's
 * request, or another hospital's, is not found.
 */
@Stateless
@TenantIsolated
@ReportsInvalidInput
@RolesAllowed(Roles.ATTENDING)
public class LetterAnswers {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    TenantContext tenant;

    @Inject
    HighlightedEntries highlights;

    @Inject
    LetterContact contact;

    @Inject
    PortalClock clock;

    @Inject
    PassportReader passports;

    /** The requests that wait for the caller's answer, oldest first. */
    public List<LetterRequestDto> waiting() {
        return mine().stream().filter(r -> r.status() == RequestStatus.REQUESTED).map(LetterRequestDto::of).toList();
    }

    /** Every request that names the caller in this hospital, oldest first: waiting, accepted, declined, written. */
    public List<LetterRequestDto> all() {
        return mine().stream().map(LetterRequestDto::of).toList();
    }

    /** The learning-log entries the student highlighted on request {@code id} to the caller, oldest day first. */
    public List<EntryDto> highlighted(long id) {
        LetterRequest request = one(id).orElseThrow(() -> new NotFoundException("letter request", id));
        return highlights.ofPlacement(request.placementId(), request.packet().highlightedEntries());
    }

    /**
     * The CV the student of request {@code id} sent with their packet: the one in their clinical passport now. Not
     * found when the packet has none, or the student removed it.
     */
    public StoredDocument cv(long id) {
        LetterRequest request = one(id).filter(r -> r.packet().cv()).orElseThrow(() -> new NotFoundException("CV", id));
        DocumentDto cv = passports.currentCv(request.studentSubject())
                .orElseThrow(() -> new NotFoundException("CV", id));
        return passports.openDocument(request.studentSubject(), cv.id());
    }

    /** The other attendings of the hospital, by name: whom the caller may suggest on declining. */
    public List<Colleague> colleagues() {
        return em.createNamedQuery(StaffMember.ACTIVE_IN_ROLE, StaffMember.class)
                .setParameter("role", StaffRole.ATTENDING)
                .getResultStream()
                .filter(s -> !s.keycloakUserId().equals(user.subject()))
                .map(s -> new Colleague(s.id(), s.fullName()))
                .toList();
    }

    /** An attending of the same hospital. */
    public record Colleague(long id, String name) {
    }

    public LetterRequestDto accept(long id, @NotNull(message = "{portal.letters.due.required}")
                                   @FutureOrPresent(message = "{portal.letters.due.past}") LocalDate due) {
        LetterRequest request = waitingFor(id);
        Instant now = clock.now();
        request.accept(due, now, contact.firstReminder(due, em.find(StaffMember.class, request.attendingStaffId()),
                now));
        contact.tellStudent(request);
        return LetterRequestDto.of(request);
    }

    /** Declines; {@code colleagueId} (optional) names an attending of the same hospital the student may ask instead. */
    public LetterRequestDto decline(long id, Long colleagueId) {
        LetterRequest request = waitingFor(id);
        StaffMember colleague = null;
        if (colleagueId != null) {
            colleague = em.createNamedQuery(StaffMember.ACTIVE_IN_ROLE, StaffMember.class)
                    .setParameter("role", StaffRole.ATTENDING)
                    .getResultStream()
                    .filter(s -> colleagueId.equals(s.id()))
                    .filter(s -> !s.keycloakUserId().equals(user.subject()))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("attending", colleagueId));
        }
        request.decline(colleagueId, colleague == null ? null : colleague.fullName(), clock.now());
        contact.tellStudent(request);
        return LetterRequestDto.of(request);
    }

    private List<LetterRequest> mine() {
        return em.createNamedQuery(LetterRequest.FOR_ATTENDING, LetterRequest.class)
                .setParameter("hospital", tenant.requireTenant())
                .setParameter("attending", user.subject())
                .getResultList();
    }

    /** The caller's request {@code id} in the hospital they act for. */
    private Optional<LetterRequest> one(long id) {
        return em.createNamedQuery(LetterRequest.ONE_FOR_ATTENDING, LetterRequest.class)
                .setParameter("id", id)
                .setParameter("hospital", tenant.requireTenant())
                .setParameter("attending", user.subject())
                .getResultStream()
                .findFirst();
    }

    private LetterRequest waitingFor(long id) {
        return one(id)
                .filter(r -> r.status() == RequestStatus.REQUESTED)
                .orElseThrow(() -> new NotFoundException("letter request", id));
    }
}
