package org.externship.portal.rotation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/**
 * One competency's rating in an evaluation: a score on the scale ({@link Competency#LOWEST} to
 * {@link Competency#HIGHEST}), or none when the attending did not observe it, and an optional comment.
 */
@Embeddable
public class Rating implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NOTE_MAX = 600;

    @Column(name = "score")
    private Integer score;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    protected Rating() {
        // for JPA
    }

    /**
     * @throws IllegalArgumentException when the score is off the scale or the comment too long
     */
    public Rating(Integer score, String note) {
        if (score != null && (score < Competency.LOWEST || score > Competency.HIGHEST)) {
            throw new IllegalArgumentException("score off the scale: " + score);
        }
        if (note != null && note.length() > NOTE_MAX) {
            throw new IllegalArgumentException("comment longer than " + NOTE_MAX);
        }
        this.score = score;
        this.note = note;
    }

    /** The score; null when not observed. */
    public Integer score() {
        return score;
    }

    /** The comment; null when none. */
    public String note() {
        return note;
    }
}
