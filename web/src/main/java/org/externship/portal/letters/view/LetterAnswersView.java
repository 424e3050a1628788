package org.externship.portal.letters.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.learninglog.boundary.EntryDto;
import org.externship.portal.letters.boundary.LetterAnswers;
import org.externship.portal.letters.boundary.LetterRequestDto;
import org.externship.portal.letters.entity.RequestStatus;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * attending/letters.xhtml: the letter requests that name the attending in the hospital they act for. One short
 * task per request: accept with the day they expect to finish, or decline (the student reads a neutral sentence),
 * perhaps suggesting a colleague whom the student may then ask at once.
 */
@Named
@ViewScoped
public class LetterAnswersView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Until the attending picks a day: the request's own date, or four weeks from today. */
    private static final int DEFAULT_WEEKS = 4;

    @Inject
    LetterAnswers answers;

    @Inject
    Feedback feedback;

    private List<Answer> waiting = List.of();
    private List<LetterRequestDto> accepted = List.of();
    private List<LetterAnswers.Colleague> colleagues = List.of();

    @PostConstruct
    void load() {
        try {
            List<LetterRequestDto> all = answers.all();
            LocalDate fourWeeks = LocalDate.now().plusWeeks(DEFAULT_WEEKS);
            waiting = all.stream().filter(r -> r.status() == RequestStatus.REQUESTED)
                    .map(r -> new Answer(r, r.wantedBy() != null ? r.wantedBy() : fourWeeks,
                            r.highlightedEntries().isEmpty() ? List.of() : answers.highlighted(r.id())))
                    .toList();
            accepted = all.stream().filter(r -> r.status() == RequestStatus.ACCEPTED
                    || r.status() == RequestStatus.IN_PROGRESS || r.status() == RequestStatus.COMPLETE).toList();
            colleagues = answers.colleagues();
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public void accept(Answer answer) {
        LetterRequestDto request = answer.request();
        try {
            answers.accept(request.id(), answer.getDue());
            feedback.info("letters.answer.accepted", request.studentName());
            load();
        } catch (InvalidInputException e) {
            String row = "answers:requests:" + waiting.indexOf(answer) + ":due";
            feedback.error(e, "answers", violation -> row);
        } catch (PortalException e) {
            feedback.error(e);
            load();
        }
    }

    public void decline(Answer answer) {
        LetterRequestDto request = answer.request();
        try {
            LetterRequestDto declined = answers.decline(request.id(), answer.getColleague());
            if (declined.suggestedName() != null) {
                feedback.info("letters.answer.declinedSuggesting", request.studentName(), declined.suggestedName());
            } else {
                feedback.info("letters.answer.declined", request.studentName());
            }
            load();
        } catch (PortalException e) {
            feedback.error(e);
            load();
        }
    }

    /** The requests waiting for the attending's answer, oldest first. */
    public List<Answer> getWaiting() {
        return waiting;
    }

    /** The letters the attending has agreed to write or has written, with their due dates. */
    public List<LetterRequestDto> getAccepted() {
        return accepted;
    }

    /** Whom the attending may suggest instead. */
    public List<LetterAnswers.Colleague> getColleagues() {
        return colleagues;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    /** A waiting request and the attending's answer as they fill it in: the due date, or a colleague to suggest. */
    public static final class Answer implements Serializable {

        private static final long serialVersionUID = 1L;

        private final transient LetterRequestDto request;
        private final transient List<EntryDto> highlighted;
        private LocalDate due;
        private Long colleague;

        Answer(LetterRequestDto request, LocalDate due, List<EntryDto> highlighted) {
            this.request = request;
            this.due = due;
            this.highlighted = highlighted;
        }

        public LetterRequestDto request() {
            return request;
        }

        /** The learning-log entries the student highlighted for the letter. */
        public List<EntryDto> getHighlighted() {
            return highlighted;
        }

        /** Whether the request carries more than the placement's facts. */
        public boolean isPacked() {
            return request.targetSpecialties() != null || request.goals() != null || !highlighted.isEmpty()
                    || request.cvIncluded();
        }

        public LocalDate getDue() {
            return due;
        }

        public void setDue(LocalDate due) {
            this.due = due;
        }

        public Long getColleague() {
            return colleague;
        }

        public void setColleague(Long colleague) {
            this.colleague = colleague;
        }
    }
}
