package org.externship.portal.rotation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * The reminders sent to one supervising attending about the evaluation of one placement: how many, and when the
 * last one went. The hospital's.
 */
@Entity
@Table(name = "evaluation_reminder")
@NamedQuery(name = EvaluationReminder.OF_PLACEMENTS, query = "select r from EvaluationReminder r "
        + "where r.hospitalAlias = :hospital and r.placementId in :placements")
@NamedQuery(name = EvaluationReminder.ONE, query = "select r from EvaluationReminder r "
        + "where r.hospitalAlias = :hospital and r.placementId = :placement and r.attendingStaffId = :attending")
public class EvaluationReminder extends PlacementRecord {

    public static final String OF_PLACEMENTS = "EvaluationReminder.ofPlacements";
    public static final String ONE = "EvaluationReminder.one";

    @Column(name = "staff_member_id", nullable = false, updatable = false)
    private long attendingStaffId;

    @Column(name = "sent", nullable = false)
    private int sent;

    @Column(name = "last_sent_at")
    private Instant lastSentAt;

    protected EvaluationReminder() {
        // for JPA
    }

    public EvaluationReminder(String hospitalAlias, long placementId, long attendingStaffId) {
        super(hospitalAlias, placementId);
        this.attendingStaffId = attendingStaffId;
    }

    /** One more reminder went out at {@code now}. */
    public void sent(Instant now) {
        sent++;
        lastSentAt = now;
    }

    public long attendingStaffId() {
        return attendingStaffId;
    }

    public int sent() {
        return sent;
    }

    public Instant lastSentAt() {
        return lastSentAt;
    }
}
