package org.externship.portal.home.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.learninglog.boundary.SignoffItem;
import org.externship.portal.learninglog.boundary.Signoffs;
import org.externship.portal.letters.boundary.LetterAnswers;
import org.externship.portal.letters.boundary.LetterRequestDto;
import org.externship.portal.letters.entity.RequestStatus;
import org.externship.portal.letters.view.LetterAnswer;
import org.externship.portal.letters.view.LetterAnswering;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.placement.boundary.Placements;
import org.externship.portal.rotation.boundary.AttendanceConfirmations;
import org.externship.portal.rotation.boundary.AttendanceDayDto;
import org.externship.portal.rotation.boundary.AttendanceSheet;
import org.externship.portal.rotation.boundary.EvaluationDto;
import org.externship.portal.rotation.view.EvaluationForm;
import org.externship.portal.rotation.view.EvaluationWriting;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * attending/wrap-up.xhtml: the attending's one short task at the end of a placement they supervised. What the
 * extern still waits for from them is on one page: the hours on site to confirm (a day or a week at a time), the log
 * entries to sign off (all at once), the evaluation (from the final week), and the letter request to answer if the student asked for one. Another attending's placement, or another hospital's, is the 404 page.
 */
@Named
@ViewScoped
public class PlacementWrapUpView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Placements placements;

    @Inject
    Signoffs signoffs;

    @Inject
    LetterAnswers letters;

    @Inject
    LetterAnswering answering;

    @Inject
    AttendanceConfirmations attendance;

    @Inject
    EvaluationWriting evaluating;

    @Inject
    Feedback feedback;

    private Long placementId;
    private transient PlacementDto placement;
    private transient List<SignoffItem> entries = List.of();
    private transient AttendanceSheet hours;
    private transient List<Week> weeks = List.of();
    private transient LetterRequestDto letter;
    private LetterAnswer answer;
    private List<LetterAnswers.Colleague> colleagues = List.of();
    private transient EvaluationDto evaluation;
    private EvaluationForm evaluationForm;

    /** The view action: the placement named in the address, if the caller supervises it. */
    public void load() throws IOException {
        try {
            placement = placements.supervisedByMe(placementId == null ? -1 : placementId);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, feedback.text("error.404.text"));
            return;
        }
        refresh();
    }

    private void refresh() {
        hours = attendance.sheet(placementId);
        weeks = hours.awaiting().stream()
                .collect(Collectors.groupingBy(d -> d.day().with(DayOfWeek.MONDAY), TreeMap::new, Collectors.toList()))
                .entrySet().stream().map(e -> new Week(e.getKey(), e.getValue())).toList();
        entries = signoffs.awaiting().stream()
                .filter(item -> placementId.equals(item.entry().placementId())).toList();
        letter = letters.all().stream()
                .filter(r -> r.applicationId() == placement.applicationId())
                .reduce((first, later) -> later).orElse(null);
        answer = letter != null && letter.status() == RequestStatus.REQUESTED ? answering.answerFor(letter) : null;
        colleagues = answer == null ? List.of() : answering.colleagues();
        evaluation = evaluating.sent(placementId).orElse(null);
        evaluationForm = evaluation != null ? null
                : evaluationForm != null ? evaluationForm : new EvaluationForm(placementId);
    }

    /** Sends the caller's evaluation; the form stays as typed when it is refused. */
    public void sendEvaluation() {
        if (evaluating.send(evaluationForm, "wrap-up")) {
            refresh();
        }
    }

    /** The caller's evaluation once sent; null until then. */
    public EvaluationDto getEvaluation() {
        return evaluation;
    }

    public EvaluationForm getEvaluationForm() {
        return evaluationForm;
    }

    /** Whether the evaluation may be written: from the placement's final week. */
    public boolean isEvaluationOpen() {
        return !LocalDate.now().isBefore(placement.completableFrom());
    }

    /** Verifies every entry of the placement that waits for the caller's sign-off. */
    public void verifyAll() {
        try {
            int verified = signoffs.verify(entries.stream().map(item -> item.entry().id()).toList());
            feedback.info("signoff.verified", verified);
        } catch (PortalException e) {
            feedback.error(e);
        }
        refresh();
    }

    /** Confirms one logged day. */
    public void confirmDay(AttendanceDayDto day) {
        confirm(List.of(day.id()));
    }

    /** Confirms every day of the week that waits. */
    public void confirmWeek(Week week) {
        confirm(week.days().stream().map(AttendanceDayDto::id).toList());
    }

    private void confirm(List<Long> ids) {
        try {
            attendance.confirm(placementId, ids);
            feedback.info("wrapUp.confirmed", ids.size());
        } catch (PortalException e) {
            feedback.error(e);
        }
        refresh();
    }

    public void accept(LetterAnswer given) {
        if (answering.accept(given, "wrap-up", "wrap-up:due")) {
            refresh();
        }
    }

    public void decline(LetterAnswer given) {
        answering.decline(given);
        refresh();
    }

    /** Whether nothing waits for the caller on this placement any more. */
    public boolean isDone() {
        return entries.isEmpty() && answer == null && weeks.isEmpty()
                && (evaluation != null || !isEvaluationOpen());
    }

    public Long getPlacement() {
        return placementId;
    }

    public void setPlacement(Long placementId) {
        this.placementId = placementId;
    }

    /** The placement, once loaded; null when the address names none of the caller's. */
    public PlacementDto getFacts() {
        return placement;
    }

    /** The placement's log entries that wait for the caller's sign-off, by day. */
    public List<SignoffItem> getEntries() {
        return entries;
    }

    /** The placement's attendance: the hours logged and confirmed. */
    public AttendanceSheet getHours() {
        return hours;
    }

    /** The logged days that wait for confirmation, week by week (from Monday), the earliest first. */
    public List<Week> getWeeks() {
        return weeks;
    }

    /** A week's logged days that wait for confirmation, and their hours. */
    public record Week(LocalDate monday, List<AttendanceDayDto> days) {

        public BigDecimal hours() {
            return days.stream().map(AttendanceDayDto::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** "Verify all 3 entries", as many as wait. */
    public String getVerifyAllLabel() {
        return feedback.text("wrapUp.verifyAll", entries.size());
    }

    /** The student's latest letter request to the caller from this placement; null if they asked for none. */
    public LetterRequestDto getLetter() {
        return letter;
    }

    /** The caller's answer to the letter request while it waits for one; null otherwise. */
    public LetterAnswer getAnswer() {
        return answer;
    }

    /** Whom the attending may suggest on declining. */
    public List<LetterAnswers.Colleague> getColleagues() {
        return colleagues;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }
}
