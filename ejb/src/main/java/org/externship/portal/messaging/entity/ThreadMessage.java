package org.externship.portal.messaging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One message of a thread. Delivered at {@code deliverAt}: at once, or, for a student's message written outside the
 * staff member's working hours, at their next opening; the recipient sees it only from then on. {@code notifiedAt} is
 * the claim of its e-mail (set once, by whoever sends it). A staff member may report a student's message to the
 * hospital's coordinators.
 */
@Entity
@Table(name = "thread_message")
@NamedQuery(name = ThreadMessage.OF_THREADS, query = "select m from ThreadMessage m "
        + "where m.thread.id in :threads order by m.writtenAt, m.id")
@NamedQuery(name = ThreadMessage.DUE, query = "select m.id, m.hospitalAlias from ThreadMessage m "
        + "where m.notifiedAt is null and m.deliverAt <= :now order by m.deliverAt, m.id")
@NamedQuery(name = ThreadMessage.CLAIM, query = "update ThreadMessage m set m.notifiedAt = :now "
        + "where m.id = :id and m.notifiedAt is null")
@NamedQuery(name = ThreadMessage.REPORTED, query = "select m from ThreadMessage m join fetch m.thread "
        + "where m.hospitalAlias = :hospital and m.reportedAt is not null order by m.reportedAt desc, m.id desc")
public class ThreadMessage {

    public static final String OF_THREADS = "ThreadMessage.ofThreads";
    public static final String DUE = "ThreadMessage.due";
    public static final String CLAIM = "ThreadMessage.claim";
    public static final String REPORTED = "ThreadMessage.reported";
    public static final int BODY_MAX = 4000;

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "thread_id", nullable = false)
    private MessageThread thread;

    @Column(name = "tenant_id", nullable = false, length = 40)
    private String hospitalAlias;

    @Column(name = "from_student", nullable = false)
    private boolean fromStudent;

    @Column(name = "body", nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "deliver_at", nullable = false)
    private Instant deliverAt;

    /** The recipient's time zone the delivery was reckoned in (a staff member's); none for a student. */
    @Column(name = "deliver_zone", length = 40)
    private String deliverZone;

    @Column(name = "notified_at")
    private Instant notifiedAt;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "reported_by", length = 160)
    private String reportedBy;

    @Version
    @Column(nullable = false)
    private long version;

    protected ThreadMessage() {
        // for JPA
    }

    public ThreadMessage(MessageThread thread, boolean fromStudent, String body, Instant writtenAt,
                         Instant deliverAt, ZoneId deliverZone) {
        this.deliverZone = deliverZone == null ? null : deliverZone.getId();
        this.thread = Objects.requireNonNull(thread);
        this.hospitalAlias = thread.hospitalAlias();
        this.fromStudent = fromStudent;
        this.body = Objects.requireNonNull(body);
        this.writtenAt = Objects.requireNonNull(writtenAt);
        if (deliverAt.isBefore(writtenAt)) {
            throw new IllegalArgumentException("A message is delivered after it is written: " + deliverAt);
        }
        this.deliverAt = deliverAt;
    }

    /** Whether the recipient sees it at {@code now}. */
    public boolean isDelivered(Instant now) {
        return !deliverAt.isAfter(now);
    }

    /** Its e-mail went (or was not wanted) at {@code at}. */
    public void notified(Instant at) {
        this.notifiedAt = at;
    }

    /** Reported to the hospital's coordinators by {@code staffName}; once. */
    public void report(String staffName, Instant at) {
        if (reportedAt == null) {
            this.reportedAt = at;
            this.reportedBy = staffName;
        }
    }

    public long id() {
        return id;
    }

    public MessageThread thread() {
        return thread;
    }

    public String hospitalAlias() {
        return hospitalAlias;
    }

    public boolean isFromStudent() {
        return fromStudent;
    }

    public String body() {
        return body;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public Instant deliverAt() {
        return deliverAt;
    }

    public ZoneId deliverZone() {
        return deliverZone == null ? null : ZoneId.of(deliverZone);
    }

    public Instant notifiedAt() {
        return notifiedAt;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public String reportedBy() {
        return reportedBy;
    }
}
