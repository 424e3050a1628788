package org.externship.portal.tenant.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.tenant.entity.Hospital;

import java.time.Instant;
import java.util.List;

/**
 * Hospitals: the platform admin lists and registers them; a hospital's own staff read and describe only their own
 * (the hospital is taken from the caller's token, never from a parameter).
 */
@Stateless
@ReportsInvalidInput
public class Hospitals {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TenantContext tenant;

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

    /** A new hospital's record; its Keycloak organization follows in the same transaction (identity's onboarding). */
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public HospitalSummary register(@NotBlank String alias, @NotNull @Valid HospitalDetails details,
                                    @NotBlank String emailDomain) {
        if (!em.createNamedQuery(Hospital.BY_ALIAS, Hospital.class).setParameter("alias", alias)
                .getResultList().isEmpty()) {
            throw new OnboardingFailedException("onboarding.aliasTaken", null, alias);
        }
        Hospital hospital = new Hospital(alias, details.name().strip(), details.type(), details.city().strip(),
                details.state(), emailDomain, Instant.now());
        em.persist(hospital);
        em.flush();
        return HospitalSummary.of(hospital);
    }

    /** Records the Keycloak organization of hospital {@code alias}, once onboarding has created it. */
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public HospitalSummary linkOrganization(@NotBlank String alias, @NotBlank String organizationId) {
        Hospital hospital = byAlias(alias);
        hospital.linkOrganization(organizationId);
        return HospitalSummary.of(hospital);
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
        return byAlias(tenant.requireTenant());
    }

    private Hospital byAlias(String alias) {
        return em.createNamedQuery(Hospital.BY_ALIAS, Hospital.class).setParameter("alias", alias)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("hospital", alias));
    }
}
