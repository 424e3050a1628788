package org.externship.portal.rotation.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;

/**
 * A supervising attending's evaluation of an extern at the end of a placement (issue 10): each {@link Competency}
 * rated, and a comment on the whole. Sent once and then fixed; the student's (by subject) in the placement's
 * hospital.
 */
@Entity
@Table(name = "evaluation")
@NamedQuery(name = Evaluation.OF_PLACEMENT, query = "select e from Evaluation e "
        + "where e.hospitalAlias = :hospital and e.placementId = :placement order by e.submittedAt, e.id")
@NamedQuery(name = Evaluation.OF_PLACEMENTS, query = "select e from Evaluation e "
        + "where e.hospitalAlias = :hospital and e.placementId in :placements")
public class Evaluation extends PlacementRecord {

    public static final String OF_PLACEMENT = "Evaluation.ofPlacement";
    public static final String OF_PLACEMENTS = "Evaluation.ofPlacements";
    public static final int OVERALL_MAX = 2000;

    @Column(name = "student_subject", nullable = false, length = 64, updatable = false)
    private String studentSubject;

    @Column(name = "staff_member_id", nullable = false, updatable = false)
    private long attendingStaffId;

    @Column(name = "attending_name", nullable = false, length = 160, updatable = false)
    private String attendingName;

    @Embedded
    @AttributeOverride(name = "score", column = @Column(name = "patient_care"))
    @AttributeOverride(name = "note", column = @Column(name = "patient_care_note"))
    private Rating patientCare;

    @Embedded
    @AttributeOverride(name = "score", column = @Column(name = "medical_knowledge"))
    @AttributeOverride(name = "note", column = @Column(name = "medical_knowledge_note"))
    private Rating medicalKnowledge;

    @Embedded
    @AttributeOverride(name = "score", column = @Column(name = "communication"))
    @AttributeOverride(name = "note", column = @Column(name = "communication_note"))
    private Rating communication;

    @Embedded
    @AttributeOverride(name = "score", column = @Column(name = "professionalism"))
    @AttributeOverride(name = "note", column = @Column(name = "professionalism_note"))
    private Rating professionalism;

    @Embedded
    @AttributeOverride(name = "score", column = @Column(name = "practice_learning"))
    @AttributeOverride(name = "note", column = @Column(name = "practice_learning_note"))
    private Rating practiceLearning;

    @Column(name = "overall", nullable = false, length = OVERALL_MAX, updatable = false)
    private String overall;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    protected Evaluation() {
        // for JPA
    }

    /**
     * The evaluation attending {@code attendingStaffId} sends of placement {@code placementId}: every competency
     * rated (a rating without score: not observed), at least one scored, and a comment on the whole.
     */
    public Evaluation(String hospitalAlias, long placementId, String studentSubject, long attendingStaffId,
            String attendingName, Map<Competency, Rating> ratings, String overall, Instant submittedAt) {
        super(hospitalAlias, placementId);
        if (!ratings.keySet().equals(EnumSet.allOf(Competency.class))) {
            throw new IllegalArgumentException("every competency is rated: " + ratings.keySet());
        }
        if (ratings.values().stream().allMatch(r -> r.score() == null)) {
            throw new IllegalArgumentException("at least one competency is scored");
        }
        if (overall == null || overall.isBlank() || overall.length() > OVERALL_MAX) {
            throw new IllegalArgumentException("a comment on the whole");
        }
        this.studentSubject = Objects.requireNonNull(studentSubject);
        this.attendingStaffId = attendingStaffId;
        this.attendingName = Objects.requireNonNull(attendingName);
        this.patientCare = ratings.get(Competency.PATIENT_CARE);
        this.medicalKnowledge = ratings.get(Competency.MEDICAL_KNOWLEDGE);
        this.communication = ratings.get(Competency.COMMUNICATION);
        this.professionalism = ratings.get(Competency.PROFESSIONALISM);
        this.practiceLearning = ratings.get(Competency.PRACTICE_LEARNING);
        this.overall = overall;
        this.submittedAt = Objects.requireNonNull(submittedAt);
    }

    /** Each competency's rating, in the scale's order. */
    public Map<Competency, Rating> ratings() {
        Map<Competency, Rating> ratings = new EnumMap<>(Competency.class);
        ratings.put(Competency.PATIENT_CARE, orNone(patientCare));
        ratings.put(Competency.MEDICAL_KNOWLEDGE, orNone(medicalKnowledge));
        ratings.put(Competency.COMMUNICATION, orNone(communication));
        ratings.put(Competency.PROFESSIONALISM, orNone(professionalism));
        ratings.put(Competency.PRACTICE_LEARNING, orNone(practiceLearning));
        return ratings;
    }

    /** JPA reads an embedded rating whose columns are all null as null: not observed, without comment. */
    private static Rating orNone(Rating rating) {
        return rating == null ? new Rating(null, null) : rating;
    }

    public String studentSubject() {
        return studentSubject;
    }

    public long attendingStaffId() {
        return attendingStaffId;
    }

    public String attendingName() {
        return attendingName;
    }

    public String overall() {
        return overall;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
