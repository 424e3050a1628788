package org.externship.portal.tenant.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.tenant.boundary.Hospitals;

/** index.xhtml: the public landing page. */
@Named
@RequestScoped
public class LandingView {

    @Inject
    Hospitals hospitals;

    private Long hospitalCount;

    public long getHospitalCount() {
        if (hospitalCount == null) {
            hospitalCount = hospitals.count();
        }
        return hospitalCount;
    }
}
