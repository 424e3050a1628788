package org.externship.portal.letters.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.letters.boundary.LetterWordingException;
import org.externship.portal.letters.entity.LetterContent;
import org.externship.portal.letters.entity.LetterDraft;
import org.externship.portal.letters.entity.LetterVersion;
import org.externship.portal.letters.entity.Letterhead;
import org.externship.portal.passport.boundary.UploadRefusedException;
import org.externship.portal.passport.control.BoundedPdfLoader;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.tenant.entity.Hospital;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The letters attendings write in the portal (issue 11), put together from what the portal knows: the draft's text,
 * address, phone and title, the hospital's name, and the signed-in writer's name and e-mail (their staff record's).
 * Before a letter is marked complete, its newest version is held to the residency application service's content
 * rules ({@link LetterWording}).
 */
@Stateless
public class WrittenLetters {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    TenantContext tenant;

    private final LetterWording wording = new LetterWording();

    /**
     * The letter {@code draft} makes, dated {@code date}, signed by the signed-in writer, on the hospital's letterhead
     * (its logo, if the coordinator set one).
     */
    public WrittenLetter letter(LetterDraft draft, LocalDate date) {
        Writer writer = writer();
        return new WrittenLetter(writer.hospital(), draft.address(), draft.phone(), writer.email(), date, draft.body(),
                writer.name(), draft.signerTitle(), letterhead().map(Letterhead::logo).orElse(null));
    }

    /**
     * Who writes, for whom: the hospital's name and the writer's name, e-mail and title on their staff record; the
     * address and phone to start the letterhead with are the hospital letterhead's, or else its city and state.
     */
    public Writer writer() {
        String alias = tenant.requireTenant();
        Optional<Hospital> hospital = em.createNamedQuery(Hospital.BY_ALIAS, Hospital.class)
                .setParameter("alias", alias).getResultStream().findFirst();
        Optional<StaffMember> staff = em.createNamedQuery(StaffMember.BY_SUBJECT, StaffMember.class)
                .setParameter("subject", user.subject()).getResultStream().findFirst();
        Optional<Letterhead> letterhead = letterhead();
        return new Writer(hospital.map(Hospital::name).orElse(null),
                staff.map(StaffMember::fullName).orElse(user.name()),
                staff.map(StaffMember::email).orElse(user.email()), staff.map(StaffMember::title).orElse(null),
                letterhead.map(Letterhead::address)
                        .or(() -> hospital.map(h -> h.city() + ", " + h.state())).orElse(null),
                letterhead.map(Letterhead::phone).orElse(null));
    }

    /** The hospital's letterhead, if its coordinator set one. */
    public Optional<Letterhead> letterhead() {
        return em.createNamedQuery(Letterhead.OWN, Letterhead.class).getResultStream().findFirst();
    }

    /**
     * Refuses to let the newest version of request {@code requestId}'s letter be the letter if it breaks a content
     * rule: one rendered from the draft, every rule ({@link LetterWording#check}), and it is refused too while the draft
     * has changes since (what would be checked is not what was rendered); one the attending uploaded, the addressing
     * rule on its text as PDFBox reads it ({@link LetterWording#uploadedAddressing}: a scan has none to judge).
     */
    public void requireWellWorded(long requestId) {
        LetterVersion newest = em.createNamedQuery(LetterVersion.OF_REQUEST, LetterVersion.class)
                .setParameter("request", requestId).setMaxResults(1).getSingleResult();
        LetterDraft draft = em.find(LetterDraft.class, requestId);
        List<WordingFinding> found;
        if (draft != null && draft.renderedVersion() != null && draft.renderedVersion() == newest.number()) {
            if (draft.changedSinceRendered()) {
                throw new NotAllowedException("letters.draft.changedSinceRendered");
            }
            found = wording.check(letter(draft, draft.renderedOn()));
        } else {
            found = wording.uploadedAddressing(text(em.find(LetterContent.class, newest.id()).content()));
        }
        if (!found.isEmpty()) {
            throw new LetterWordingException(found);
        }
    }

    /** The PDF's text, read within the uploads' parsing budget; none if it cannot be read (it passed on upload). */
    private static String text(byte[] pdf) {
        try (PDDocument document = BoundedPdfLoader.load(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException | UploadRefusedException e) {
            return "";
        }
    }

    /**
     * The writer as the letter names them; {@code place} and {@code phone} start the letterhead's address and phone
     * (the hospital letterhead's, or its city and state).
     */
    public record Writer(String hospital, String name, String email, String title, String place, String phone) {
    }
}
