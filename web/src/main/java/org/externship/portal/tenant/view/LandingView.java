package org.externship.portal.tenant.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** index.xhtml: the public landing page. */
@Named
@RequestScoped
public class LandingView {

    @Inject
    PublicHospitalCount hospitals;

    public long getHospitalCount() {
        return hospitals.get();
    }
}
