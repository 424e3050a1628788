package org.externship.portal.shared.tenancy;

import jakarta.enterprise.context.RequestScoped;
import org.externship.portal.shared.boundary.NotAllowedException;

import java.util.Optional;

/**
 * The hospital the current request acts for. The web layer sets it once per request from the signed-in user's
 * token (their Keycloak organization); {@link TenantIsolationInterceptor} applies it to the persistence context
 * of staff boundaries.
 * Students and the platform admin act for no hospital.
 */
@RequestScoped
public class TenantContext {

    private String tenantId;

    public void actFor(String hospitalAlias) {
        this.tenantId = hospitalAlias;
    }

    public Optional<String> tenantId() {
        return Optional.ofNullable(tenantId);
    }

    public String requireTenant() {
        return tenantId().orElseThrow(() -> new NotAllowedException("error.noHospital"));
    }
}
