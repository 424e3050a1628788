package org.externship.portal.tenant.view;

import org.externship.portal.shared.boundary.Text;
import org.externship.portal.tenant.boundary.HospitalDetails;
import org.externship.portal.tenant.boundary.HospitalSummary;
import org.externship.portal.tenant.entity.HospitalType;

import java.io.Serializable;

/**
 * A hospital's public description as a form (WEB-INF/templates/hospital-fields.xhtml): what the page binds to, and
 * the {@link HospitalDetails} command built from it. The command carries the rules (Bean Validation, checked by the
 * boundary); its components and these properties share their names, so a refused value is shown on its own input.
 */
public class HospitalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private HospitalType type;
    private String city;
    private String state;

    public static HospitalForm of(HospitalSummary hospital) {
        HospitalForm form = new HospitalForm();
        form.name = hospital.name();
        form.type = hospital.type();
        form.city = hospital.city();
        form.state = hospital.state();
        return form;
    }

    public HospitalDetails toDetails() {
        return new HospitalDetails(Text.trimmed(name), type, Text.trimmed(city), Text.trimmed(state));
    }

    public HospitalType[] getTypes() {
        return HospitalType.values();
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
