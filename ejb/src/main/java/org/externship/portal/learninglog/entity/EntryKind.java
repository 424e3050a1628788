package org.externship.portal.learninglog.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a learning-log entry records (DOMAIN.md, "The learning log"), and which roles the student may have had in it.
 * Cases and procedures name the student's part; the other kinds have none.
 */
public enum EntryKind {
    CASE(EnumSet.of(Involvement.OBSERVED, Involvement.PRESENTED, Involvement.MANAGED)),
    PROCEDURE(EnumSet.of(Involvement.OBSERVED, Involvement.ASSISTED, Involvement.PERFORMED)),
    TEACHING(EnumSet.noneOf(Involvement.class)),
    CASE_CONFERENCE(EnumSet.noneOf(Involvement.class)),
    GRAND_ROUNDS(EnumSet.noneOf(Involvement.class)),
    MORBIDITY_AND_MORTALITY(EnumSet.noneOf(Involvement.class)),
    PRESENTATION(EnumSet.noneOf(Involvement.class)),
    PATIENT_STORY(EnumSet.noneOf(Involvement.class)),
    FEEDBACK(EnumSet.noneOf(Involvement.class));

    private final EnumSet<Involvement> involvements;

    EntryKind(EnumSet<Involvement> involvements) {
        this.involvements = involvements;
    }

    /** The roles a student may have had in an entry of this kind; empty when the kind names none. */
    public Set<Involvement> involvements() {
        return EnumSet.copyOf(involvements);
    }

    public boolean namesInvolvement() {
        return !involvements.isEmpty();
    }

    /** Feedback records how the student applied it, in a text of its own. */
    public boolean recordsApplication() {
        return this == FEEDBACK;
    }
}
