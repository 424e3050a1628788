package org.externship.portal.identity.view;

import org.externship.portal.identity.boundary.OnboardingRequest;
import org.externship.portal.shared.boundary.Text;
import org.externship.portal.tenant.view.HospitalForm;

/**
 * What the platform admin types to onboard a hospital, as a form: the hospital's description (the same
 * {@link HospitalForm} its coordinator later edits), its alias and e-mail domain, and the first coordinator. The
 * {@link OnboardingRequest} built from it carries the rules.
 */
public class OnboardingForm extends PersonForm {

    private static final long serialVersionUID = 1L;

    private final HospitalForm hospital = new HospitalForm();
    private String alias;
    private String emailDomain;

    public OnboardingRequest toRequest() {
        return new OnboardingRequest(Text.trimmed(alias), hospital.toDetails(), Text.trimmed(emailDomain),
                Text.trimmed(getFirstName()), Text.trimmed(getLastName()), Text.trimmed(getEmail()));
    }

    public HospitalForm getHospital() {
        return hospital;
    }

    public String getAlias() {
        return alias;
    }

    public void setAlias(String alias) {
        this.alias = alias;
    }

    public String getEmailDomain() {
        return emailDomain;
    }

    public void setEmailDomain(String emailDomain) {
        this.emailDomain = emailDomain;
    }
}
