package org.externship.portal.letters.view;

import org.externship.portal.learninglog.boundary.EntryDto;
import org.externship.portal.letters.boundary.LetterRequestDto;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A letter request waiting for the attending, with their answer as they fill it in: the day they expect to finish,
 * or a colleague to suggest on declining. Shown on the letter requests page and in the end-of-placement task.
 */
public final class LetterAnswer implements Serializable {

    private static final long serialVersionUID = 1L;

    private final transient LetterRequestDto request;
    private final transient List<EntryDto> highlighted;
    private LocalDate due;
    private Long colleague;

    LetterAnswer(LetterRequestDto request, LocalDate due, List<EntryDto> highlighted) {
        this.request = request;
        this.due = due;
        this.highlighted = List.copyOf(highlighted);
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
