package org.externship.portal.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.externship.portal.identity.control.HospitalOnboarding;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.tenant.boundary.HospitalSummary;
import org.externship.portal.tenant.boundary.Hospitals;

/**
 * The platform admin onboards a hospital: its record in the portal ({@link Hospitals#register}) and, in the same
 * transaction, its Keycloak organization with the first coordinator, invited by e-mail. All of it or none.
 */
@Stateless
@ReportsInvalidInput
public class Onboarding {

    @Inject
    Hospitals hospitals;

    @Inject
    HospitalOnboarding keycloak;

    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public HospitalSummary onboard(@NotNull @Valid OnboardingRequest request) {
        HospitalSummary hospital = hospitals.register(request.alias(), request.details(), request.emailDomain());
        String organizationId = keycloak.provision(request, hospital.name());
        return hospitals.linkOrganization(hospital.alias(), organizationId);
    }
}
