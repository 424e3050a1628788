package org.externship.portal.tenant.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.externship.portal.identity.boundary.Roles;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.tenant.control.HospitalOnboarding;
import org.externship.portal.tenant.control.TenantContext;
import org.externship.portal.tenant.entity.Hospital;

import java.util.List;

/**
 * Hospitals: the platform admin lists and onboards them; a hospital's own staff read and describe only their own
 * (the hospital is taken from the caller's token, never from a parameter).
 */
@Stateless
@ReportsInvalidInput
public class Hospitals {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Inject
    HospitalOnboarding onboarding;

    /** How many hospitals host externships here: public, shown on the landing page. */
    @PermitAll
    public long count() {
        return em.createNamedQuery(Hospital.COUNT, Long.class).getSingleResult();
    }

    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public List<HospitalSummary> all() {
        return em.createNamedQuery(Hospital.ALL, Hospital.class).getResultList().stream()
                .map(HospitalSummary::of)
                .toList();
    }

    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public HospitalSummary onboard(@NotNull @Valid OnboardingRequest request) {
        return HospitalSummary.of(onboarding.onboard(request));
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.ATTENDING})
    public HospitalSummary mine() {
        return HospitalSummary.of(own());
    }

    @RolesAllowed(Roles.COORDINATOR)
    public HospitalSummary describeMine(@NotNull @Valid HospitalDetails details) {
        Hospital hospital = own();
        hospital.describe(details.name().strip(), details.type(), details.city().strip(), details.state());
        return HospitalSummary.of(hospital);
    }

    private Hospital own() {
        String alias = tenant.requireTenant();
        return em.createNamedQuery(Hospital.BY_ALIAS, Hospital.class).setParameter("alias", alias)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("hospital", alias));
    }
}
