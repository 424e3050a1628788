package org.externship.portal.letters.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.externship.portal.letters.control.LetterComposer;
import org.externship.portal.letters.control.LetterSkeleton;
import org.externship.portal.letters.control.WrittenLetters;
import org.externship.portal.letters.entity.LetterDraft;
import org.externship.portal.letters.entity.RequestStatus;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.entity.StoredTime;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantIsolated;

import java.time.LocalDate;

/**
 * The attending writes the letter in the portal instead of uploading one (issue 11): the draft is saved as they go
 * (reloading the page shows it), and "create the letter" renders it on the hospital's letterhead, dated and signed
 * ({@link LetterComposer}), as the letter's next version, through the very path an upload takes
 * ({@link LetterWriting#upload}: the letter's file rules, the version, the trail). Only the request's attending, in
 * its hospital: anyone else's request is not found.
 */
@Stateless
@TenantIsolated
@ReportsInvalidInput
@RolesAllowed(Roles.ATTENDING)
public class LetterDrafts {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    PortalClock clock;

    @Inject
    LetterWriting writing;

    @Inject
    WrittenLetters letters;

    private final LetterComposer composer = new LetterComposer();

    /** The draft as the attending left it, or a skeleton to start from. */
    public LetterDraftDto draft(long requestId) {
        LetterRequestDto request = writing.letter(requestId).request();
        LetterDraft draft = em.find(LetterDraft.class, requestId);
        WrittenLetters.Writer writer = letters.writer();
        if (draft == null) {
            return new LetterDraftDto(LetterSkeleton.of(request.studentName(), request.externshipTitle(),
                    writer.hospital(), request.placementStart(), request.placementEnd()), writer.place(),
                    writer.phone(), writer.title(), writer.hospital(), writer.name(), writer.email(), null, null, false);
        }
        return dto(draft, writer);
    }

    /** Keeps the letter as written so far; nothing else changes (no version, no status). */
    public LetterDraftDto save(long requestId, @NotNull @Valid LetterDraftCommand command) {
        writable(requestId);
        LetterDraft draft = em.find(LetterDraft.class, requestId);
        if (draft == null) {
            draft = new LetterDraft(requestId, user.subject());
            em.persist(draft);
        }
        draft.save(command.body().strip(), trimmed(command.address()), trimmed(command.phone()),
                trimmed(command.signerTitle()), StoredTime.now());
        return dto(draft, letters.writer());
    }

    /**
     * The saved draft, dated today, as the letter's next version; refused with the reason (and nothing kept) if the
     * PDF breaks a letter's file rule. Whether the wording follows the content rules is checked when the letter is
     * marked complete ({@link LetterWriting#complete}), so a version can be read over before.
     */
    public LetterWriting.LetterInProgress render(long requestId) {
        writable(requestId);
        LetterDraft draft = em.find(LetterDraft.class, requestId);
        if (draft == null) {
            throw new NotAllowedException("letters.draft.nothingToRender");
        }
        LocalDate today = clock.today();
        byte[] pdf = composer.compose(letters.letter(draft, today));
        LetterWriting.LetterInProgress written = writing.upload(requestId, pdf,
                "Letter " + writing.letter(requestId).request().studentName() + ".pdf");
        draft.rendered(written.versions().get(0).number(), today);
        return written;
    }

    private void writable(long requestId) {
        RequestStatus status = writing.letter(requestId).request().status();
        if (status == RequestStatus.DELIVERED) {
            throw new NotAllowedException("letters.delivered");
        }
        if (status == RequestStatus.REQUESTED || status == RequestStatus.DECLINED) {
            throw new NotAllowedException("letters.notAccepted");
        }
    }

    private static LetterDraftDto dto(LetterDraft draft, WrittenLetters.Writer writer) {
        return new LetterDraftDto(draft.body(), draft.address(), draft.phone(), draft.signerTitle(), writer.hospital(),
                writer.name(), writer.email(), draft.savedAt(), draft.renderedVersion(), draft.changedSinceRendered());
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
