package org.externship.portal.application.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.application.boundary.ApplicationDetail;
import org.externship.portal.application.boundary.MyApplications;
import org.externship.portal.application.boundary.NotEligibleException;
import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.listing.view.ListingTexts;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * student/application.xhtml?id=: one of the student's applications with its timeline; finish and submit a draft,
 * withdraw, accept or decline an offer, give up an accepted placement before it starts.
 */
@Named
@ViewScoped
public class StudentApplicationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyApplications applications;

    @Inject
    Feedback feedback;

    @Inject
    ListingTexts texts;

    private Long id;
    private ApplicationDetail detail;
    private String statement;

    /** The view action: not the student's application (or none) is the 404 page. */
    public void load() throws IOException {
        try {
            show(applications.application(id == null ? -1 : id));
        } catch (NotFoundException e) {
            Faces.responseSendError(404, feedback.text("error.404.text"));
        }
    }

    public void saveDraft() {
        act(() -> applications.revise(id, statement, false), "application.saved");
    }

    public void submit() {
        act(() -> applications.revise(id, statement, true), "application.submittedNow");
    }

    public void withdraw() {
        act(() -> applications.withdraw(id), isPlaced() ? "application.givenUpNow" : "application.withdrawnNow");
    }

    public void accept() {
        act(() -> applications.accept(id), "application.acceptedNow");
    }

    public void decline() {
        act(() -> applications.decline(id), "application.declinedNow");
    }

    private void act(Supplier<ApplicationDetail> action, String doneKey) {
        try {
            show(action.get());
            feedback.info(doneKey);
        } catch (InvalidInputException e) {
            feedback.error(e, "application");
        } catch (NotEligibleException e) {
            feedback.error(e);
            e.shortfalls().forEach(shortfall -> feedback.errorText(texts.shortfall(shortfall)));
            show(applications.application(id));
        } catch (PortalException e) {
            feedback.error(e);
            show(applications.application(id));
        }
    }

    private void show(ApplicationDetail shown) {
        detail = shown;
        statement = shown.statement();
    }

    public boolean isDraft() {
        return detail.summary().status() == ApplicationStatus.DRAFT;
    }

    public boolean isOffered() {
        return detail.nextMoves().contains(ApplicationStatus.ACCEPTED);
    }

    /** Accepted, with a placement: withdrawing gives the placement up. */
    public boolean isPlaced() {
        return detail.summary().status() == ApplicationStatus.ACCEPTED;
    }

    public boolean isWithdrawable() {
        return detail.nextMoves().contains(ApplicationStatus.WITHDRAWN);
    }

    public ApplicationDetail getDetail() {
        return detail;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }
}
