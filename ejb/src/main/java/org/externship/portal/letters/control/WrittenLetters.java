package org.externship.portal.letters.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.letters.boundary.LetterWordingException;
import org.externship.portal.letters.entity.LetterDraft;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.tenant.entity.Hospital;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The letters attendings write in the portal (issue 11), put together from what the portal knows: the draft's text,
 * address, phone and title, the hospital's name, and the signed-in writer's name and e-mail (their staff record's).
 * Before a letter is marked complete, a version rendered from a draft is held to the residency application service's
 * content rules ({@link LetterWording}).
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

    /** The letter {@code draft} makes, dated {@code date}, signed by the signed-in writer. */
    public WrittenLetter letter(LetterDraft draft, LocalDate date) {
        Writer writer = writer();
        return new WrittenLetter(writer.hospital(), draft.address(), draft.phone(), writer.email(), date, draft.body(),
                writer.name(), draft.signerTitle());
    }

    /** Who writes, for whom: the hospital's name and the writer's name, e-mail and title on their staff record. */
    public Writer writer() {
        String alias = tenant.requireTenant();
        Optional<Hospital> hospital = em.createNamedQuery(Hospital.BY_ALIAS, Hospital.class)
                .setParameter("alias", alias).getResultStream().findFirst();
        Optional<StaffMember> staff = em.createNamedQuery(StaffMember.BY_SUBJECT, StaffMember.class)
                .setParameter("subject", user.subject()).getResultStream().findFirst();
        return new Writer(hospital.map(Hospital::name).orElse(null),
                staff.map(StaffMember::fullName).orElse(user.name()),
                staff.map(StaffMember::email).orElse(user.email()), staff.map(StaffMember::title).orElse(null),
                hospital.map(h -> h.city() + ", " + h.state()).orElse(null));
    }

    /**
     * Refuses to let the newest version ({@code newest}) of request {@code requestId}'s letter be the letter if it was
     * rendered from the draft and breaks a content rule, or if the draft changed since (what would be checked is not
     * what was rendered). A version the attending uploaded passes: its file was checked when it came.
     */
    public void requireWellWorded(long requestId, int newest) {
        LetterDraft draft = em.find(LetterDraft.class, requestId);
        if (draft == null || draft.renderedVersion() == null || draft.renderedVersion() != newest) {
            return;
        }
        if (draft.changedSinceRendered()) {
            throw new NotAllowedException("letters.draft.changedSinceRendered");
        }
        List<WordingFinding> found = wording.check(letter(draft, draft.renderedOn()));
        if (!found.isEmpty()) {
            throw new LetterWordingException(found);
        }
    }

    /** The writer as the letter names them; {@code place} is the hospital's city and state, to start an address. */
    public record Writer(String hospital, String name, String email, String title, String place) {
    }
}
