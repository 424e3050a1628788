package org.externship.portal.tenant.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;
import org.externship.portal.tenant.boundary.HospitalDetails;
import org.externship.portal.tenant.boundary.HospitalSummary;
import org.externship.portal.tenant.boundary.Hospitals;
import org.externship.portal.tenant.entity.HospitalType;

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
    private String name;
    private HospitalType type;
    private String city;
    private String state;

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
            show(hospitals.describeMine(new HospitalDetails(name, type, city, state)));
            feedback.info("hospital.saved");
        } catch (InvalidInputException e) {
            feedback.error(e, "profile");
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    private void show(HospitalSummary summary) {
        hospital = summary;
        name = summary.name();
        type = summary.type();
        city = summary.city();
        state = summary.state();
    }

    public HospitalType[] getTypes() {
        return HospitalType.values();
    }

    public HospitalSummary getHospital() {
        return hospital;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public HospitalType getType() {
        return type;
    }

    public void setType(HospitalType type) {
        this.type = type;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
