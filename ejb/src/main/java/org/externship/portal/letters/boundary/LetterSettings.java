package org.externship.portal.letters.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.shared.tenancy.TenantIsolated;
import org.externship.portal.tenant.entity.Hospital;

/**
 * The coordinator's letter rules for their hospital (issue 11): when students may ask its attendings for a letter
 * and the least notice a request leaves them.
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

    public LetterRules rules() {
        return LetterRules.of(own());
    }

    public LetterRules change(@NotNull @Valid LetterRules rules) {
        Hospital hospital = own();
        hospital.letterRules(rules.opensDaysBeforeEnd(), rules.closesMonthsAfter(), rules.noticeWeeks());
        return LetterRules.of(hospital);
    }

    private Hospital own() {
        String alias = tenant.requireTenant();
        return em.createNamedQuery(Hospital.BY_ALIAS, Hospital.class).setParameter("alias", alias)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("hospital", alias));
    }
}
