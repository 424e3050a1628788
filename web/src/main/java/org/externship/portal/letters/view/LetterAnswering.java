package org.externship.portal.letters.view;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.externship.portal.letters.boundary.LetterAnswers;
import org.externship.portal.letters.boundary.LetterRequestDto;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The attending's answer to a letter request, wherever they give it (the letter requests page, the end-of-placement
 * task): accept with a due date, or decline gracefully, perhaps suggesting a colleague. Says what happened in the
 * page's messages; the page reloads what it shows afterwards.
 */
@Dependent
public class LetterAnswering implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Until the attending picks a day: the request's own date, or four weeks from today. */
    private static final int DEFAULT_WEEKS = 4;

    @Inject
    LetterAnswers answers;

    @Inject
    Feedback feedback;

    /** Request {@code request} ready to answer, with the day the student hoped for (or four weeks) as due date. */
    public LetterAnswer answerFor(LetterRequestDto request) {
        LocalDate due = request.wantedBy() != null ? request.wantedBy() : LocalDate.now().plusWeeks(DEFAULT_WEEKS);
        return new LetterAnswer(request, due,
                request.highlightedEntries().isEmpty() ? List.of() : answers.highlighted(request.id()));
    }

    /** Whom the attending may suggest instead. */
    public List<LetterAnswers.Colleague> colleagues() {
        return answers.colleagues();
    }

    /**
     * Accepts; a due date refused is said on field {@code dueClientId} of form {@code formId}. Returns whether the
     * page should show the requests anew: false only when the attending is to correct the date they entered.
     */
    public boolean accept(LetterAnswer answer, String formId, String dueClientId) {
        LetterRequestDto request = answer.request();
        try {
            answers.accept(request.id(), answer.getDue());
            feedback.info("letters.answer.accepted", request.studentName());
        } catch (InvalidInputException e) {
            feedback.error(e, formId, violation -> dueClientId);
            return false;
        } catch (PortalException e) {
            feedback.error(e);
        }
        return true;
    }

    public void decline(LetterAnswer answer) {
        LetterRequestDto request = answer.request();
        try {
            LetterRequestDto declined = answers.decline(request.id(), answer.getColleague());
            if (declined.suggestedName() != null) {
                feedback.info("letters.answer.declinedSuggesting", request.studentName(), declined.suggestedName());
            } else {
                feedback.info("letters.answer.declined", request.studentName());
            }
        } catch (PortalException e) {
            feedback.error(e);
        }
    }
}
