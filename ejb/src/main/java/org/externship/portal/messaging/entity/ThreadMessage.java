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
import org.externship.portal.shared.boundary.NotAllowedException;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One message of a thread. Delivered at {@code deliverAt}: at once, or, for a student's message written outside the
 * staff member's working hours, at their next opening; the recipient sees it only from then on. {@code notifiedAt} is
 * the claim of its e-mail (set once, by whoever sends it). A staff member may report a student's message to the
 * hospital's coordinators; a coordinator handles the report once, with an optional note.
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
        + "where m.hospitalAlias = :hospital and m.reportedAt is not null and m.handledAt is null "
        + "order by m.reportedAt desc, m.id desc")
@NamedQuery(name = ThreadMessage.HANDLED, query = "select m from ThreadMessage m join fetch m.thread "
        + "where m.hospitalAlias = :hospital and m.handledAt is not null order by m.handledAt desc, m.id desc")
@NamedQuery(name = ThreadMessage.UNREAD_FOR_STAFF, query = "select count(m) from ThreadMessage m join m.thread t "
        + "where t.hospitalAlias = :hospital and t.staffSubject = :staff and t.muted = false "
        + "and m.fromStudent = true and m.deliverAt <= :now and (t.staffReadAt is null or m.deliverAt > t.staffReadAt)")
@NamedQuery(name = ThreadMessage.UNREAD_FOR_STUDENT, query = "select count(m) from ThreadMessage m join m.thread t "
        + "where t.studentSubject = :student and m.fromStudent = false and m.deliverAt <= :now "
        + "and (t.studentReadAt is null or m.deliverAt > t.studentReadAt)")
public class ThreadMessage {

    public static final String OF_THREADS = "ThreadMessage.ofThreads";
    public static final String DUE = "ThreadMessage.due";
    public static final String CLAIM = "ThreadMessage.claim";
    public static final String REPORTED = "ThreadMessage.reported";
    public static final String HANDLED = "ThreadMessage.handled";
    public static final String UNREAD_FOR_STAFF = "ThreadMessage.unreadForStaff";
    public static final String UNREAD_FOR_STUDENT = "ThreadMessage.unreadForStudent";
    public static final int NOTE_MAX = 500;
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

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "handled_by", length = 160)
    private String handledBy;

    @Column(name = "handled_note", length = NOTE_MAX)
    private String handledNote;

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

    /**
     * Reported to the hospital's coordinators by {@code staffName}; once.
     *
     * @return whether this reported it (false: it was reported before)
     */
    public boolean report(String staffName, Instant at) {
        if (reportedAt != null) {
            return false;
        }
        this.reportedAt = at;
        this.reportedBy = staffName;
        return true;
    }

    /**
     * A coordinator, {@code coordinatorName}, handled the report (with {@code note}, or none); once.
     *
     * @throws NotAllowedException {@code messages.handledAlready} with who handled it
     */
    public void handle(String coordinatorName, String note, Instant at) {
        if (reportedAt == null) {
            throw new IllegalStateException("Message " + id + " is not reported");
        }
        if (handledAt != null) {
            throw new NotAllowedException("messages.handledAlready", handledBy);
        }
        this.handledAt = Objects.requireNonNull(at);
        this.handledBy = Objects.requireNonNull(coordinatorName);
        this.handledNote = note;
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

    public Instant handledAt() {
        return handledAt;
    }

    public String handledBy() {
        return handledBy;
    }

    public String handledNote() {
        return handledNote;
    }
}
