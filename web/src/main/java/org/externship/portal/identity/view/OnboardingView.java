package org.externship.portal.identity.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.identity.boundary.Onboarding;
import org.externship.portal.identity.boundary.OnboardingRequest;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.view.Feedback;
import org.externship.portal.tenant.boundary.HospitalSummary;
import org.externship.portal.tenant.boundary.OnboardingFailedException;

import java.io.Serializable;

/**
 * admin/onboard.xhtml: the platform admin onboards a hospital and invites its first coordinator. On failure the
 * form keeps what was typed and says what went wrong; after success it is empty for the next hospital.
 */
@Named
@ViewScoped
public class OnboardingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Onboarding onboarding;

    @Inject
    Feedback feedback;

    private OnboardingForm form = new OnboardingForm();
    private HospitalSummary onboarded;

    public void onboard() {
        OnboardingRequest request = form.toRequest();
        try {
            onboarded = onboarding.onboard(request);
            feedback.info("onboard.done", onboarded.name(), request.coordinatorEmail());
            form = new OnboardingForm();
        } catch (InvalidInputException e) {
            feedback.error(e, "onboard");
        } catch (OnboardingFailedException e) {
            feedback.error(e);
        }
    }

    public OnboardingForm getForm() {
        return form;
    }

    public HospitalSummary getOnboarded() {
        return onboarded;
    }
}
