package org.externship.portal.compliance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One requirement of one placement's checklist: the student's (by subject) in the placement's hospital
 * ({@code tenant_id}, named in every query of the hospital's; the rows are also the student's, so they are not
 * filtered by EclipseLink's tenant, and the student's own queries name their subject instead, across hospitals).
 * Its evidence is a file kept under {@code storageKey} in the passport's document store: the
 * student's upload, or a copy of a passport document (then {@code passportDocumentId} says which). A new hand-in
 * replaces the evidence and waits for a coordinator again; a rejection carries its reason.
 */
@Entity
@Table(name = "compliance_item")
@NamedQuery(name = ComplianceItem.OF_PLACEMENTS, query = "select i from ComplianceItem i "
        + "where i.hospitalAlias = :hospital and i.placementId in :placements")
@NamedQuery(name = ComplianceItem.OF_STUDENT, query = "select i from ComplianceItem i "
        + "where i.studentSubject = :student and i.placementId in :placements")
@NamedQuery(name = ComplianceItem.OWN, query = "select i from ComplianceItem i "
        + "where i.id = :id and i.studentSubject = :student")
@NamedQuery(name = ComplianceItem.EXPIRING, query = "select i from ComplianceItem i "
        + "where i.hospitalAlias = :hospital and i.warnedAt is null and i.expiresOn is not null "
        + "and i.expiresOn <= :until and i.expiresOn >= :today "
        + "and i.status = org.externship.portal.compliance.entity.ItemStatus.VERIFIED "
        + "and exists (select p from Placement p where p.id = i.placementId and p.completedAt is null)")
@NamedQuery(name = ComplianceItem.CLAIM_WARNING, query = "update ComplianceItem i set i.warnedAt = :now "
        + "where i.id = :id and i.hospitalAlias = :hospital and i.warnedAt is null")
public class ComplianceItem {

    public static final String OF_PLACEMENTS = "ComplianceItem.ofPlacements";
    /** {@code :student}'s items of {@code :placements}, in whichever hospitals: the student's read path. */
    public static final String OF_STUDENT = "ComplianceItem.ofStudent";
    /** Item {@code :id} if it is {@code :student}'s, in whichever hospital. */
    public static final String OWN = "ComplianceItem.own";
    public static final String EXPIRING = "ComplianceItem.expiring";
    public static final String CLAIM_WARNING = "ComplianceItem.claimWarning";
    public static final int REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(name = "tenant_id", nullable = false, length = 40, updatable = false)
    private String hospitalAlias;

    @Column(name = "placement_id", nullable = false, updatable = false)
    private long placementId;

    @Column(name = "requirement_id", nullable = false, updatable = false)
    private long requirementId;

    @Column(name = "student_subject", nullable = false, length = 64, updatable = false)
    private String studentSubject;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private ItemStatus status;

    @Column(name = "passport_document_id")
    private Long passportDocumentId;

    @Column(name = "storage_key", length = 32)
    private String storageKey;

    @Column(name = "file_name", length = 120)
    private String fileName;

    @Column(name = "content_type", length = 40)
    private String contentType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "sha256", length = 64)
    private String sha256;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "rejection_reason", length = REASON_MAX)
    private String rejectionReason;

    @Column(name = "checked_by", length = 160)
    private String checkedBy;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Column(name = "warned_at")
    private Instant warnedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected ComplianceItem() {
        // for JPA
    }

    public ComplianceItem(String hospitalAlias, long placementId, long requirementId, String studentSubject) {
        this.hospitalAlias = Objects.requireNonNull(hospitalAlias);
        this.placementId = placementId;
        this.requirementId = requirementId;
        this.studentSubject = Objects.requireNonNull(studentSubject);
        this.status = ItemStatus.MISSING;
    }

    /**
     * New evidence, waiting for a coordinator: returns the storage key of the file it replaces (null if none), to be
     * deleted once the transaction commits. A verified item is handed in again only when it lapses or soon will.
     */
    public String handIn(String newStorageKey, Long fromPassportDocument, String newFileName, String newContentType,
            long newSizeBytes, String newSha256, LocalDate newExpiresOn, Instant now) {
        String previous = storageKey;
        storageKey = Objects.requireNonNull(newStorageKey);
        passportDocumentId = fromPassportDocument;
        fileName = newFileName;
        contentType = newContentType;
        sizeBytes = newSizeBytes;
        sha256 = newSha256;
        expiresOn = newExpiresOn;
        submittedAt = now;
        status = ItemStatus.SUBMITTED;
        rejectionReason = null;
        checkedBy = null;
        checkedAt = null;
        warnedAt = null;
        return previous;
    }

    /** A coordinator found the evidence good. Only evidence waiting for a check is verified. */
    public void verify(String coordinatorName, Instant now) {
        requireSubmitted();
        status = ItemStatus.VERIFIED;
        checkedBy = coordinatorName;
        checkedAt = now;
    }

    /** A coordinator found the evidence wanting, for {@code reason}, which the student reads. */
    public void reject(String reason, String coordinatorName, Instant now) {
        if (status != ItemStatus.SUBMITTED && status != ItemStatus.VERIFIED) {
            throw new IllegalStateException("item " + id + " is " + status);
        }
        status = ItemStatus.REJECTED;
        rejectionReason = Objects.requireNonNull(reason);
        checkedBy = coordinatorName;
        checkedAt = now;
    }

    private void requireSubmitted() {
        if (status != ItemStatus.SUBMITTED) {
            throw new IllegalStateException("item " + id + " is " + status);
        }
    }

    public Standing standing(LocalDate today) {
        return Standing.of(status, expiresOn, today);
    }

    public Long id() {
        return id;
    }

    public String hospitalAlias() {
        return hospitalAlias;
    }

    public long placementId() {
        return placementId;
    }

    public long requirementId() {
        return requirementId;
    }

    public String studentSubject() {
        return studentSubject;
    }

    public ItemStatus status() {
        return status;
    }

    public Long passportDocumentId() {
        return passportDocumentId;
    }

    public String storageKey() {
        return storageKey;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public Long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public Instant warnedAt() {
        return warnedAt;
    }
}
