package org.externship.portal.letters.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.externship.portal.letters.control.AccessTrail;
import org.externship.portal.letters.control.InspectedLetter;
import org.externship.portal.letters.control.LetterContact;
import org.externship.portal.letters.control.LetterFile;
import org.externship.portal.letters.control.WrittenLetters;
import org.externship.portal.letters.entity.LetterAccess;
import org.externship.portal.letters.entity.LetterContent;
import org.externship.portal.letters.entity.LetterRequest;
import org.externship.portal.letters.entity.LetterVersion;
import org.externship.portal.letters.entity.RequestStatus;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.entity.StoredTime;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.shared.tenancy.TenantIsolated;

import java.util.List;

/**
 * The attending writes the letter they accepted to write (issue 11), in the hospital they act for: uploads a PDF that
 * passes the letter's rules ({@link LetterFile}) as a new version (the newest is the letter until it is delivered;
 * every version stays in the history), reads any version back, and marks the letter complete. Every read of a
 * letter's content, and every refused one, is on the access trail. Another attending's letter, or another
 * hospital's, is not found.
 */
@Stateless
@TenantIsolated
@ReportsInvalidInput
@RolesAllowed(Roles.ATTENDING)
public class LetterWriting {

    static final String ROLE = "attending";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    TenantContext tenant;

    @Inject
    LetterFile letterFile;

    @Inject
    AccessTrail trail;

    @Inject
    LetterContact contact;

    @Inject
    WrittenLetters written;

    /** The request and the versions written so far, newest first. */
    public LetterInProgress letter(long requestId) {
        LetterRequest request = mine(requestId);
        return new LetterInProgress(LetterRequestDto.of(request), versions(requestId));
    }

    /** A new version from an uploaded PDF; refused with the reason if the file breaks a letter's rule. */
    public LetterInProgress upload(long requestId, @NotNull byte[] content, String fileName) {
        LetterRequest request = writable(requestId);
        InspectedLetter inspected = letterFile.inspect(content, fileName);
        int number = versions(requestId).stream().mapToInt(LetterVersionDto::number).max().orElse(0) + 1;
        LetterVersion version = new LetterVersion(requestId, number, inspected.fileName(),
                Math.toIntExact(inspected.content().sizeBytes()), inspected.pageCount(),
                inspected.content().sha256(), user.subject(), StoredTime.now());
        em.persist(version);
        em.flush(); // the content's row refers to the version's: no mapping tells EclipseLink the order
        em.persist(new LetterContent(version.id(), requestId, content));
        request.written(StoredTime.now());
        trail.record(request.hospitalAlias(), requestId, number, ROLE, LetterAccess.Action.WROTE, true);
        return letter(requestId);
    }

    /** Version {@code number}'s PDF, for its writer; on the trail. */
    public LetterFileDto read(long requestId, int number) {
        LetterRequest request;
        try {
            request = mine(requestId);
        } catch (NotFoundException e) {
            trail.record(tenant.requireTenant(), requestId, number, ROLE, LetterAccess.Action.READ, false);
            throw e;
        }
        LetterVersion version = em.createNamedQuery(LetterVersion.OF_REQUEST, LetterVersion.class)
                .setParameter("request", requestId).getResultStream()
                .filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("letter version", number));
        byte[] content = em.find(LetterContent.class, version.id()).content();
        trail.record(request.hospitalAlias(), requestId, number, ROLE, LetterAccess.Action.READ, true);
        return new LetterFileDto(version.fileName(), content);
    }

    /**
     * The newest version is the letter: complete, ready to be delivered. One written in the portal must follow the
     * residency application service's content rules, an uploaded one its addressing rule as far as its text can be
     * read ({@link LetterWordingException} says which it breaks).
     */
    public LetterInProgress complete(long requestId) {
        LetterRequest request = mine(requestId);
        if (request.status() != RequestStatus.IN_PROGRESS) {
            throw new NotAllowedException("letters.nothingToComplete");
        }
        written.requireWellWorded(requestId);
        request.complete(StoredTime.now());
        contact.tellStudent(request);
        return letter(requestId);
    }

    private List<LetterVersionDto> versions(long requestId) {
        return em.createNamedQuery(LetterVersion.OF_REQUEST, LetterVersion.class)
                .setParameter("request", requestId)
                .getResultStream().map(LetterVersionDto::of).toList();
    }

    private LetterRequest writable(long requestId) {
        LetterRequest request = mine(requestId);
        if (request.status() == RequestStatus.DELIVERED) {
            throw new NotAllowedException("letters.delivered");
        }
        if (request.status() == RequestStatus.REQUESTED || request.status() == RequestStatus.DECLINED) {
            throw new NotAllowedException("letters.notAccepted");
        }
        return request;
    }

    /** The caller's request in the hospital they act for: accepted, being written, or written. */
    private LetterRequest mine(long requestId) {
        return em.createNamedQuery(LetterRequest.ONE_FOR_ATTENDING, LetterRequest.class)
                .setParameter("id", requestId)
                .setParameter("hospital", tenant.requireTenant())
                .setParameter("attending", user.subject())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("letter", requestId));
    }

    /** A request with the letter's versions so far. */
    public record LetterInProgress(LetterRequestDto request, List<LetterVersionDto> versions) {
    }
}
