package org.externship.portal.learninglog.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.CascadeType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a student's learning log, as it stands now (its latest version). The student owns it (keyed by the
 * Keycloak subject, like the clinical passport: a log spans hospitals and time outside any of them, so it is not
 * tenant-owned). While it awaits its supervisor it is edited in place; once verified or returned it is locked, and an
 * edit keeps the reviewed version in {@link #earlierVersions()} and starts a new one, which needs signing again.
 */
@Entity
@Table(name = "log_entry")
@NamedQuery(name = LogEntry.OF_STUDENT, query = "select e from LogEntry e where e.id = :id and e.studentSubject = :student")
@NamedQuery(name = LogEntry.LATEST_OF_STUDENT, query = "select e from LogEntry e where e.studentSubject = :student "
        + "order by e.createdAt desc, e.id desc")
@NamedQuery(name = LogEntry.AWAITING_SUPERVISOR, query = "select e from LogEntry e "
        + "where e.supervision.hospitalAlias = :hospital and e.supervision.supervisorSubject = :supervisor "
        + "and e.review.status = org.externship.portal.learninglog.entity.ReviewStatus.AWAITING "
        + "order by e.supervision.placementId, e.content.date, e.id")
@NamedQuery(name = LogEntry.SHARED_WITH_HOSPITAL, query = "select e from LogEntry e "
        + "where e.supervision.hospitalAlias = :hospital and e.supervision.placementId = :placement "
        + "and e.sharedAt is not null order by e.content.date desc, e.id desc")
@NamedQuery(name = LogEntry.OF_PLACEMENT_BY_ID, query = "select e from LogEntry e where e.id in :ids "
        + "and e.supervision.hospitalAlias = :hospital and e.supervision.placementId = :placement "
        + "order by e.content.date, e.id")
@NamedQuery(name = LogEntry.FOR_SUPERVISOR, query = "select e from LogEntry e where e.id in :ids "
        + "and e.supervision.hospitalAlias = :hospital and e.supervision.supervisorSubject = :supervisor")
public class LogEntry {

    public static final String OF_PLACEMENT_BY_ID = "LogEntry.ofPlacementById";

    public static final String OF_STUDENT = "LogEntry.ofStudent";
    public static final String LATEST_OF_STUDENT = "LogEntry.latestOfStudent";
    public static final String AWAITING_SUPERVISOR = "LogEntry.awaitingSupervisor";
    public static final String FOR_SUPERVISOR = "LogEntry.forSupervisor";
    public static final String SHARED_WITH_HOSPITAL = "LogEntry.sharedWithHospital";

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(name = "student_subject", nullable = false, length = 64)
    private String studentSubject;

    @Embedded
    private Supervision supervision;

    @Embedded
    private EntryContent content;

    @Embedded
    private Review review;

    /** 1 for the first version; the earlier ones are kept in {@link #earlierVersions}. */
    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the student let the placement's hospital (its coordinators) read this entry; none while private. */
    @Column(name = "shared_at")
    private Instant sharedAt;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.PERSIST)
    @OrderBy("revision")
    private List<EarlierVersion> earlierVersions = new ArrayList<>();

    @Version
    @Column(nullable = false)
    private long version;

    protected LogEntry() {
        // for JPA
    }

    public LogEntry(String studentSubject, Supervision supervision, EntryContent content, Instant now) {
        this.studentSubject = Objects.requireNonNull(studentSubject);
        this.supervision = supervision;
        this.content = content;
        this.review = Review.pending(supervision.isSupervised());
        this.revision = 1;
        this.writtenAt = now;
        this.createdAt = now;
    }

    /**
     * The student's new words. A version nobody has reviewed yet is changed in place; a verified or returned one is
     * kept as it was, and the entry starts its next version, awaiting its supervisor again.
     */
    public void revise(Supervision newSupervision, EntryContent newContent, Instant now) {
        if (newContent.equals(content) && newSupervision.equals(supervision())) {
            return;
        }
        if (!Objects.equals(newSupervision.hospitalAlias(), supervision().hospitalAlias())) {
            sharedAt = null;
        }
        if (isReviewed()) {
            earlierVersions.add(new EarlierVersion(this, revision, supervision().copy(), content, review.copy(),
                    writtenAt));
            revision++;
        }
        this.supervision = newSupervision;
        this.content = newContent;
        this.review = Review.pending(newSupervision.isSupervised());
        this.writtenAt = now;
    }

    /**
     * Lets the coordinators of the entry's hospital read it (its latest version), or makes it private again. Only an
     * entry of a placement has a hospital to share with; a change of hospital makes it private again.
     */
    public void share(boolean shared, Instant now) {
        if (shared && !supervision().isSupervised()) {
            throw new IllegalStateException("entry " + id + " belongs to no placement");
        }
        if (shared != isShared()) {
            sharedAt = shared ? now : null;
        }
    }

    public boolean isShared() {
        return sharedAt != null;
    }

    public Instant sharedAt() {
        return sharedAt;
    }

    /** Whether the supervisor has decided on this version (verified or returned it). */
    public boolean isReviewed() {
        return review.status() == ReviewStatus.VERIFIED || review.status() == ReviewStatus.RETURNED;
    }

    /** Signs this version off; only its supervisor's boundary calls this, for an entry that awaits them. */
    public void verify(String reviewerName, String comment, Instant now) {
        requireAwaiting();
        this.review = Review.verified(reviewerName, now, comment);
    }

    /** Sends this version back to the student with the reason. */
    public void sendBack(String reviewerName, String comment, Instant now) {
        requireAwaiting();
        this.review = Review.returned(reviewerName, now, Objects.requireNonNull(comment));
    }

    private void requireAwaiting() {
        if (review.status() != ReviewStatus.AWAITING) {
            throw new IllegalStateException("entry " + id + " is " + review.status() + ", not awaiting review");
        }
    }

    public Long id() {
        return id;
    }

    public String studentSubject() {
        return studentSubject;
    }

    /** The placement and supervisor; none outside a placement (JPA reads an all-empty embeddable as null). */
    public Supervision supervision() {
        return supervision == null ? Supervision.none() : supervision;
    }

    public EntryContent content() {
        return content;
    }

    public Review review() {
        return review;
    }

    public int revision() {
        return revision;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<EarlierVersion> earlierVersions() {
        return List.copyOf(earlierVersions);
    }
}
