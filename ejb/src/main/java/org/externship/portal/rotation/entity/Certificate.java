package org.externship.portal.rotation.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The certificate of a completed placement (issue 10): its facts as printed, fixed at issue, the public {@code code}
 * that finds it, and the {@code seal} over the facts (a keyed hash, see {@code CertificateSeal}). It can be revoked
 * with a reason, and then says so; it is never changed otherwise. Never cached: the verification reads what the
 * database holds.
 */
@Entity
@Cacheable(false)
@Table(name = "certificate")
@NamedQuery(name = Certificate.OF_PLACEMENT, query = "select c from Certificate c "
        + "where c.hospitalAlias = :hospital and c.placementId = :placement")
@NamedQuery(name = Certificate.BY_CODE, query = "select c from Certificate c where c.code = :code")
public class Certificate extends PlacementRecord {

    public static final String OF_PLACEMENT = "Certificate.ofPlacement";
    public static final String BY_CODE = "Certificate.byCode";
    public static final int REASON_MAX = 500;

    @Column(name = "student_subject", nullable = false, length = 64, updatable = false)
    private String studentSubject;

    @Column(name = "code", nullable = false, length = 16, updatable = false)
    private String code;

    @Column(name = "student_name", nullable = false, length = 160, updatable = false)
    private String studentName;

    @Column(name = "hospital_name", nullable = false, length = 160, updatable = false)
    private String hospitalName;

    @Column(name = "externship_title", nullable = false, length = 160, updatable = false)
    private String externshipTitle;

    @Column(name = "kind", nullable = false, length = 160, updatable = false)
    private String kind;

    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false, updatable = false)
    private LocalDate endDate;

    @Column(name = "confirmed_hours", nullable = false, precision = 7, scale = 2, updatable = false)
    private BigDecimal confirmedHours;

    @Column(name = "attendings", nullable = false, length = 500, updatable = false)
    private String attendings;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "seal", nullable = false, length = 64, updatable = false)
    private String seal;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 160)
    private String revokedBy;

    @Column(name = "revoke_reason", length = REASON_MAX)
    private String revokeReason;

    protected Certificate() {
        // for JPA
    }

    /** Issues the certificate of placement {@code placementId} with these facts, sealed by {@code seal}. */
    public Certificate(String hospitalAlias, long placementId, String studentSubject, CertificateFacts facts,
            String seal) {
        super(hospitalAlias, placementId);
        this.studentSubject = Objects.requireNonNull(studentSubject);
        this.code = facts.code();
        this.studentName = facts.studentName();
        this.hospitalName = facts.hospitalName();
        this.externshipTitle = facts.externshipTitle();
        this.kind = facts.kind();
        this.startDate = facts.startDate();
        this.endDate = facts.endDate();
        this.confirmedHours = facts.confirmedHours();
        this.attendings = facts.attendings();
        this.issuedAt = facts.issuedAt();
        this.seal = Objects.requireNonNull(seal);
    }

    /** Revokes the certificate; it keeps its facts and says it is revoked. Once. */
    public void revoke(String by, String reason, Instant now) {
        if (isRevoked()) {
            throw new IllegalStateException("certificate " + code + " revoked already");
        }
        this.revokedAt = Objects.requireNonNull(now);
        this.revokedBy = Objects.requireNonNull(by);
        this.revokeReason = Objects.requireNonNull(reason);
    }

    /** The facts as issued (and as stored now: the seal tells whether they are still the same). */
    public CertificateFacts facts() {
        return new CertificateFacts(code, studentName, hospitalName, externshipTitle, kind, startDate, endDate,
                confirmedHours, attendings, issuedAt);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public String studentSubject() {
        return studentSubject;
    }

    public String code() {
        return code;
    }

    public String seal() {
        return seal;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokeReason() {
        return revokeReason;
    }
}
