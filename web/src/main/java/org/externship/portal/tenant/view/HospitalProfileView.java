package org.externship.portal.tenant.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;
import org.externship.portal.tenant.boundary.HospitalSummary;
import org.externship.portal.tenant.boundary.Hospitals;

import java.io.Serializable;

/** coordinator/hospital.xhtml: the coordinator describes their hospital. */
@Named
@ViewScoped
public class HospitalProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Hospitals hospitals;

    @Inject
    Feedback feedback;

    private HospitalSummary hospital;
    private HospitalForm form;

    @PostConstruct
    void load() {
        try {
            show(hospitals.mine());
        } catch (PortalException e) {
            hospital = null;
        }
    }

    public void save() {
        try {
            show(hospitals.describeMine(form.toDetails()));
            feedback.info("hospital.saved");
        } catch (InvalidInputException e) {
            feedback.error(e, "profile");
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    private void show(HospitalSummary summary) {
        hospital = summary;
        form = HospitalForm.of(summary);
    }

    public HospitalSummary getHospital() {
        return hospital;
    }

    public HospitalForm getForm() {
        return form;
    }
}
