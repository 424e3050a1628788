package org.externship.portal.letters.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.externship.portal.letters.control.LetterheadLogo;
import org.externship.portal.letters.control.WrittenLetters;
import org.externship.portal.letters.entity.Letterhead;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.shared.tenancy.TenantIsolated;
import org.externship.portal.tenant.entity.Hospital;

/**
 * The coordinator's letter settings for their hospital (issue 11): when students may ask its attendings for a letter
 * and the least notice a request leaves them, and the letterhead every letter written in the portal carries.
 */
@Stateless
@TenantIsolated
@ReportsInvalidInput
@RolesAllowed(Roles.COORDINATOR)
public class LetterSettings {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Inject
    WrittenLetters letters;

    @Inject
    LetterheadLogo logos;

    @Inject
    PortalClock clock;

    public LetterRules rules() {
        return LetterRules.of(own());
    }

    public LetterRules change(@NotNull @Valid LetterRules rules) {
        Hospital hospital = own();
        hospital.letterRules(rules.opensDaysBeforeEnd(), rules.closesMonthsAfter(), rules.noticeWeeks());
        return LetterRules.of(hospital);
    }

    /** The hospital's letterhead for letters written in the portal; an empty one until the coordinator sets it. */
    public LetterheadDto letterhead() {
        return letters.letterhead().map(LetterSettings::dto).orElse(LetterheadDto.NONE);
    }

    /** Words the letterhead: the address under the hospital's name and the main phone. */
    public LetterheadDto describeLetterhead(@NotNull @Valid LetterheadCommand command) {
        Letterhead letterhead = ownLetterhead();
        letterhead.describe(trimmed(command.address()), trimmed(command.phone()), clock.now());
        return dto(letterhead);
    }

    /**
     * Puts {@code upload} on the letterhead as the portal re-encodes it ({@link LetterheadLogo}); anything but a small,
     * sound PNG or JPEG is refused with the reason and nothing changes.
     */
    public LetterheadDto changeLogo(@NotNull byte[] upload) {
        byte[] png = logos.normalised(upload);
        Letterhead letterhead = ownLetterhead();
        letterhead.logo(png, clock.now());
        return dto(letterhead);
    }

    public LetterheadDto removeLogo() {
        Letterhead letterhead = ownLetterhead();
        letterhead.logo(null, clock.now());
        return dto(letterhead);
    }

    /** The letterhead's logo (a PNG), to show the coordinator what letters carry; not found if there is none. */
    public byte[] logo() {
        return letters.letterhead().filter(Letterhead::hasLogo).map(Letterhead::logo)
                .orElseThrow(() -> new NotFoundException("logo", tenant.requireTenant()));
    }

    private Letterhead ownLetterhead() {
        return letters.letterhead().orElseGet(() -> {
            Letterhead created = new Letterhead(clock.now());
            em.persist(created);
            return created;
        });
    }

    private static LetterheadDto dto(Letterhead letterhead) {
        return new LetterheadDto(letterhead.address(), letterhead.phone(), letterhead.hasLogo(),
                letterhead.updatedAt());
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Hospital own() {
        String alias = tenant.requireTenant();
        return em.createNamedQuery(Hospital.BY_ALIAS, Hospital.class).setParameter("alias", alias)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("hospital", alias));
    }
}
