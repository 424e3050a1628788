package org.externship.portal.letters.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.letters.boundary.LetterAnswers;
import org.externship.portal.letters.boundary.LetterRequestDto;
import org.externship.portal.letters.entity.RequestStatus;
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

    @Inject
    LetterAnswers answers;

    @Inject
    LetterAnswering answering;

    @Inject
    Feedback feedback;

    private List<LetterAnswer> waiting = List.of();
    private List<LetterRequestDto> accepted = List.of();
    private List<LetterAnswers.Colleague> colleagues = List.of();

    @PostConstruct
    void load() {
        try {
            List<LetterRequestDto> all = answers.all();
            waiting = all.stream().filter(r -> r.status() == RequestStatus.REQUESTED).map(answering::answerFor)
                    .toList();
            accepted = all.stream().filter(r -> r.status() == RequestStatus.ACCEPTED
                    || r.status() == RequestStatus.IN_PROGRESS || r.status() == RequestStatus.COMPLETE).toList();
            colleagues = answering.colleagues();
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public void accept(LetterAnswer answer) {
        if (answering.accept(answer, "answers", "answers:requests:" + waiting.indexOf(answer) + ":due")) {
            load();
        }
    }

    public void decline(LetterAnswer answer) {
        answering.decline(answer);
        load();
    }

    /** The requests waiting for the attending's answer, oldest first. */
    public List<LetterAnswer> getWaiting() {
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
}
