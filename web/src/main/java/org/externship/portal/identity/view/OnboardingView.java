package org.externship.portal.identity.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.identity.boundary.Onboarding;
import org.externship.portal.identity.boundary.OnboardingRequest;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.view.Feedback;
import org.externship.portal.tenant.boundary.HospitalDetails;
import org.externship.portal.tenant.boundary.HospitalSummary;
import org.externship.portal.tenant.boundary.OnboardingFailedException;
import org.externship.portal.tenant.entity.HospitalType;

import java.io.Serializable;

/**
 * admin/onboard.xhtml: the platform admin onboards a hospital and invites its first coordinator. On failure the
 * form keeps what was typed and says what went wrong.
 */
@Named
@ViewScoped
public class OnboardingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Onboarding onboarding;

    @Inject
    Feedback feedback;

    private String alias;
    private String name;
    private HospitalType type;
    private String city;
    private String state;
    private String emailDomain;
    private String firstName;
    private String lastName;
    private String email;
    private HospitalSummary onboarded;

    public void onboard() {
        var request = new OnboardingRequest(trim(alias), new HospitalDetails(trim(name), type, trim(city),
                trim(state)), trim(emailDomain), trim(firstName), trim(lastName), trim(email));
        try {
            onboarded = onboarding.onboard(request);
            feedback.info("onboard.done", onboarded.name(), request.coordinatorEmail());
            alias = name = city = state = emailDomain = firstName = lastName = email = null;
            type = null;
        } catch (InvalidInputException e) {
            feedback.error(e, "onboard");
        } catch (OnboardingFailedException e) {
            feedback.error(e);
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    public HospitalType[] getTypes() {
        return HospitalType.values();
    }

    public HospitalSummary getOnboarded() {
        return onboarded;
    }

    public String getAlias() {
        return alias;
    }

    public void setAlias(String alias) {
        this.alias = alias;
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

    public String getEmailDomain() {
        return emailDomain;
    }

    public void setEmailDomain(String emailDomain) {
        this.emailDomain = emailDomain;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
