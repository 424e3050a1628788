package org.externship.portal.letters.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.learninglog.boundary.EntryDto;
import org.externship.portal.learninglog.boundary.IdentifiersFoundException;
import org.externship.portal.learninglog.boundary.LearningLog;
import org.externship.portal.learninglog.boundary.LogFilter;
import org.externship.portal.letters.boundary.AskCommand;
import org.externship.portal.letters.boundary.AskableAttending;
import org.externship.portal.letters.boundary.LetterRequests;
import org.externship.portal.passport.boundary.DocumentDto;
import org.externship.portal.passport.boundary.Passports;
import org.externship.portal.passport.entity.DocumentKind;
import org.externship.portal.letters.boundary.WordingFlaggedException;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.view.Feedback;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * student/ask-letter.xhtml?application=&amp;attending=: the student asks an attending of their placement for a letter.
 * The request starts from a template that addresses the attending formally and asks whether they know the student's
 * work well enough to write a supportive letter; the tone check's findings and a due date too soon stand next to
 * their fields, with a better wording, and nothing is sent until it reads well. Before the asking window opens the
 * page says when it opens, and why. Not the student's placement or attending: the 404 page.
 */
@Named
@ViewScoped
public class AskLetterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LetterRequests letters;

    @Inject
    CurrentUser user;

    @Inject
    LearningLog learningLog;

    @Inject
    Passports passports;

    @Inject
    Feedback feedback;

    private Long application;
    private Long attending;
    private AskableAttending asked;
    private String message;
    private LocalDate wantedBy;
    private boolean waived = true;
    private String targetSpecialties;
    private String goals;
    private List<Long> highlighted = new ArrayList<>();
    private boolean includeCv = true;
    private DocumentDto cv;
    private List<EntryDto> entries = List.of();

    /** The view action. */
    public void load() throws IOException {
        asked = letters.askable().stream()
                .filter(a -> application != null && attending != null && a.applicationId() == application
                        && a.attendingId() == attending)
                .findFirst().orElse(null);
        if (asked == null) {
            Faces.responseSendError(404, feedback.text("error.404.text"));
            return;
        }
        entries = learningLog.mine(new LogFilter(null, application, false, null, null, null, null)).rows();
        cv = passports.mine().documents().stream().filter(d -> d.kind() == DocumentKind.CV)
                .max(Comparator.comparing(DocumentDto::uploadedAt)).orElse(null);
        if (message == null) {
            message = feedback.text("letters.ask.template", asked.addressedAs(),
                    asked.externshipTitle(), asked.hospitalName(), user.name());
        }
    }

    public String send() {
        try {
            letters.ask(new AskCommand(application, attending, message, wantedBy, waived, targetSpecialties, goals,
                    highlighted, includeCv && cv != null));
            feedback.keepForRedirect("letters.asked", asked.attendingName());
            return "/student/letters?faces-redirect=true";
        } catch (WordingFlaggedException e) {
            feedback.errorOnFields("ask", feedback.text("letters.flagged"), e.findingsByField());
        } catch (IdentifiersFoundException e) {
            feedback.errorOnFields("ask", e.arguments()[0].toString(), e.findingsByField());
        } catch (InvalidInputException e) {
            feedback.error(e, "ask");
        } catch (PortalException e) {
            feedback.error(e);
        }
        return null;
    }

    /** Where the attending stands for this student: asking open, not yet, closed, or asked already. */
    public AskableAttending getAsked() {
        return asked;
    }

    /** The student's learning-log entries of this placement, to highlight for the attending. */
    public List<EntryDto> getEntries() {
        return entries;
    }

    public String getTargetSpecialties() {
        return targetSpecialties;
    }

    public void setTargetSpecialties(String targetSpecialties) {
        this.targetSpecialties = targetSpecialties;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public List<Long> getHighlighted() {
        return highlighted;
    }

    public void setHighlighted(List<Long> highlighted) {
        this.highlighted = highlighted == null ? new ArrayList<>() : new ArrayList<>(highlighted);
    }

    public Long getApplication() {
        return application;
    }

    public void setApplication(Long application) {
        this.application = application;
    }

    public Long getAttending() {
        return attending;
    }

    public void setAttending(Long attending) {
        this.attending = attending;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public LocalDate getWantedBy() {
        return wantedBy;
    }

    public void setWantedBy(LocalDate wantedBy) {
        this.wantedBy = wantedBy;
    }

    public boolean isWaived() {
        return waived;
    }

    public void setWaived(boolean waived) {
        this.waived = waived;
    }

    /** The student's CV in their clinical passport (the newest), which the packet may include; null if none. */
    public DocumentDto getCv() {
        return cv;
    }

    public boolean isIncludeCv() {
        return includeCv;
    }

    public void setIncludeCv(boolean includeCv) {
        this.includeCv = includeCv;
    }
}
