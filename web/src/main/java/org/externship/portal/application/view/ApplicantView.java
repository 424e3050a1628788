package org.externship.portal.application.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.application.boundary.ApplicationDetail;
import org.externship.portal.application.boundary.ApplicationReview;
import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.passport.boundary.PassportDto;
import org.externship.portal.passport.view.DocumentRow;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * coordinator/application.xhtml?id=: one application of the hospital in full: statement, timeline, the moves the
 * workflow allows, an offer that holds the seat some days. (The placement's card is the placement feature's.)
 */
@Named
@ViewScoped
public class ApplicantView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationReview review;

    @Inject
    Feedback feedback;

    private Long id;
    private ApplicationDetail detail;
    private String note;
    private int holdDays;
    private PassportDto passport;
    private List<DocumentRow> documents = List.of();

    /** The view action: an application of another hospital, or a student's draft, is the 404 page. */
    public void load() throws IOException {
        holdDays = review.defaultHoldDays();
        try {
            show(review.application(id == null ? -1 : id));
        } catch (NotFoundException e) {
            Faces.responseSendError(404, feedback.text("error.404.text"));
        }
    }

    public void move(ApplicationStatus next) {
        act(() -> review.move(id, next, note), "application.movedNow", next);
    }

    public void offer() {
        act(() -> review.offer(id, holdDays, note), "application.movedNow", ApplicationStatus.OFFERED);
    }

    private void act(Supplier<ApplicationDetail> action, String doneKey, ApplicationStatus next) {
        try {
            show(action.get());
            note = null;
            feedback.info(doneKey, feedback.text("application.status." + next));
        } catch (PortalException e) {
            feedback.error(e);
            show(review.application(id));
        }
    }

    /** The application and, while it shares it, the applicant's passport. */
    private void show(ApplicationDetail shown) {
        detail = shown;
        passport = review.applicantPassport(shown.summary().id()).orElse(null);
        LocalDate today = LocalDate.now();
        documents = passport == null ? List.of() : passport.documents().stream()
                .map(d -> new DocumentRow(d.kind(), d, d.expiryStatus(today)))
                .toList();
    }

    /** The moves shown as buttons; an offer has its own form. */
    public List<ApplicationStatus> getMoves() {
        return detail.nextMoves().stream().filter(s -> s != ApplicationStatus.OFFERED).sorted().toList();
    }

    public boolean isOfferable() {
        return detail.nextMoves().contains(ApplicationStatus.OFFERED);
    }

    /** Whether the hospital may still open the applicant's passport (not after a withdrawal or a rejection). */
    public boolean isPassportShared() {
        return passport != null;
    }

    /** The applicant's clinical passport (profile null if they never saved one); null once no longer shared. */
    public PassportDto getPassport() {
        return passport;
    }

    public List<DocumentRow> getDocuments() {
        return documents;
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

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public int getHoldDays() {
        return holdDays;
    }

    public void setHoldDays(int holdDays) {
        this.holdDays = holdDays;
    }
}
