package org.externship.portal.rotation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One day a student was on site during a placement, with the hours, as the student logged it (issue 10). The
 * student's (by subject) in the placement's hospital; a supervising attending confirms it, and a confirmed day is
 * locked: only confirmed hours count for the certificate.
 */
@Entity
@Table(name = "attendance_day")
@NamedQuery(name = AttendanceDay.OF_PLACEMENT, query = "select d from AttendanceDay d "
        + "where d.hospitalAlias = :hospital and d.placementId = :placement order by d.day")
@NamedQuery(name = AttendanceDay.AWAITING_BY_PLACEMENT, query = "select d.placementId, count(d) from AttendanceDay d "
        + "where d.hospitalAlias = :hospital and d.placementId in :placements "
        + "and d.status = org.externship.portal.rotation.entity.AttendanceStatus.LOGGED group by d.placementId")
public class AttendanceDay extends PlacementRecord {

    public static final String OF_PLACEMENT = "AttendanceDay.ofPlacement";
    public static final String AWAITING_BY_PLACEMENT = "AttendanceDay.awaitingByPlacement";
    public static final int NOTE_MAX = 300;

    @Column(name = "student_subject", nullable = false, length = 64, updatable = false)
    private String studentSubject;

    @Column(name = "on_day", nullable = false, updatable = false)
    private LocalDate day;

    @Column(name = "hours", nullable = false, precision = 4, scale = 2)
    private BigDecimal hours;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private AttendanceStatus status;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    @Column(name = "confirmed_by", length = 160)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected AttendanceDay() {
        // for JPA
    }

    public AttendanceDay(String hospitalAlias, long placementId, String studentSubject, LocalDate day) {
        super(hospitalAlias, placementId);
        this.studentSubject = Objects.requireNonNull(studentSubject);
        this.day = Objects.requireNonNull(day);
        this.status = AttendanceStatus.LOGGED;
    }

    /** The hours and note as the student gives them; only while the day waits for confirmation. */
    public void log(BigDecimal hours, String note, Instant now) {
        if (isConfirmed()) {
            throw new IllegalStateException("a confirmed day is locked");
        }
        this.hours = Objects.requireNonNull(hours);
        this.note = note;
        this.loggedAt = Objects.requireNonNull(now);
    }

    public void confirm(String attendingName, Instant now) {
        this.status = AttendanceStatus.CONFIRMED;
        this.confirmedBy = Objects.requireNonNull(attendingName);
        this.confirmedAt = Objects.requireNonNull(now);
    }

    public boolean isConfirmed() {
        return status == AttendanceStatus.CONFIRMED;
    }

    public String studentSubject() {
        return studentSubject;
    }

    public LocalDate day() {
        return day;
    }

    public BigDecimal hours() {
        return hours;
    }

    public String note() {
        return note;
    }

    public AttendanceStatus status() {
        return status;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }
}
