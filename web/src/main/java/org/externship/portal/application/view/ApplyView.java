package org.externship.portal.application.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.application.boundary.ApplicationDetail;
import org.externship.portal.application.boundary.ApplyCommand;
import org.externship.portal.application.boundary.MyApplications;
import org.externship.portal.application.boundary.NotEligibleException;
import org.externship.portal.listing.boundary.OpenPeriod;
import org.externship.portal.listing.view.ListingTexts;
import org.externship.portal.qualification.boundary.Eligibility;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;

import java.io.Serializable;
import java.util.List;

/** student/apply.xhtml?period=: apply for one rotation period with a short statement, or keep it as a draft. */
@Named
@ViewScoped
public class ApplyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyApplications applications;

    @Inject
    Feedback feedback;

    @Inject
    ListingTexts texts;

    private Long period;
    private OpenPeriod open;
    private String statement;
    private Eligibility eligibility;

    /** The view action: a period that takes no applications says so instead of showing the form. */
    public void load() {
        try {
            open = applications.openPeriod(period == null ? -1 : period);
            eligibility = applications.eligibilityFor(open.periodId()).orElse(null);
        } catch (PortalException e) {
            open = null;
            feedback.error(e);
        }
    }

    public String submit() {
        return apply(true);
    }

    public String saveDraft() {
        return apply(false);
    }

    private String apply(boolean submit) {
        try {
            ApplicationDetail applied = applications.apply(new ApplyCommand(period, statement, submit));
            feedback.keepForRedirect(submit ? "application.submittedNow" : "application.saved");
            return "/student/application?faces-redirect=true&id=" + applied.summary().id();
        } catch (InvalidInputException e) {
            feedback.error(e, "apply");
        } catch (NotEligibleException e) {
            feedback.error(e);
            e.shortfalls().forEach(shortfall -> feedback.errorText(texts.shortfall(shortfall)));
        } catch (PortalException e) {
            feedback.error(e);
        }
        return null;
    }

    /** How the student's passport measures up; null while they have none. */
    public Eligibility getEligibility() {
        return eligibility;
    }

    public List<String> getShortfalls() {
        return eligibility == null ? List.of() : eligibility.shortfalls().stream().map(texts::shortfall).toList();
    }

    public OpenPeriod getOpen() {
        return open;
    }

    public Long getPeriod() {
        return period;
    }

    public void setPeriod(Long period) {
        this.period = period;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }
}
