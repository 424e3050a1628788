package org.externship.portal.messaging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A conversation between a student and one staff member of the hospital of the student's placement (issue 11). The
 * student's (by subject) and the hospital's (tenant_id): the staff member reads it while acting for that hospital.
 * Names are kept as they were when the thread began. The staff member may mute it: no more e-mails, not unread.
 * Each side has a read mark: the other side's messages delivered after it are unread.
 */
@Entity
@Table(name = "message_thread")
@NamedQuery(name = MessageThread.OF_STUDENT, query = "select t from MessageThread t "
        + "where t.studentSubject = :student order by t.startedAt desc, t.id desc")
@NamedQuery(name = MessageThread.FOR_STAFF, query = "select t from MessageThread t "
        + "where t.hospitalAlias = :hospital and t.staffSubject = :staff order by t.startedAt desc, t.id desc")
public class MessageThread {

    public static final String OF_STUDENT = "MessageThread.ofStudent";
    public static final String FOR_STAFF = "MessageThread.forStaff";
    public static final int TOPIC_MAX = 160;

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(name = "tenant_id", nullable = false, length = 40)
    private String hospitalAlias;

    @Column(name = "student_subject", nullable = false, length = 64)
    private String studentSubject;

    @Column(name = "student_name", nullable = false, length = 160)
    private String studentName;

    @Column(name = "student_email", length = 254)
    private String studentEmail;

    /** The student's application whose placement brought them together. */
    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "staff_subject", nullable = false, length = 64)
    private String staffSubject;

    @Column(name = "staff_name", nullable = false, length = 160)
    private String staffName;

    @Column(name = "topic", nullable = false, length = TOPIC_MAX)
    private String topic;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "started_by_student", nullable = false)
    private boolean startedByStudent;

    @Column(name = "muted", nullable = false)
    private boolean muted;

    /** When the staff member last read the thread; the student's messages delivered after it are unread. */
    @Column(name = "staff_read_at")
    private Instant staffReadAt;

    /** When the student last read the thread; the staff member's messages delivered after it are unread. */
    @Column(name = "student_read_at")
    private Instant studentReadAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected MessageThread() {
        // for JPA
    }

    public MessageThread(String hospitalAlias, Student student, long applicationId, Staff staff, String topic,
                         Instant startedAt) {
        this.hospitalAlias = Objects.requireNonNull(hospitalAlias);
        this.studentSubject = student.subject();
        this.studentName = student.name();
        this.studentEmail = student.email();
        this.applicationId = applicationId;
        this.staffId = staff.id();
        this.staffSubject = staff.subject();
        this.staffName = staff.name();
        this.topic = Objects.requireNonNull(topic);
        this.startedAt = Objects.requireNonNull(startedAt);
        this.startedByStudent = true;
    }

    /** The student of a thread, as they were when it began. */
    public record Student(String subject, String name, String email) {
        public Student {
            Objects.requireNonNull(subject);
            Objects.requireNonNull(name);
        }
    }

    /** The staff member of a thread, as they were when it began. */
    public record Staff(long id, String subject, String name) {
        public Staff {
            Objects.requireNonNull(subject);
            Objects.requireNonNull(name);
        }
    }

    public void mute(boolean muted) {
        this.muted = muted;
    }

    public void readByStaff(Instant at) {
        if (staffReadAt == null || at.isAfter(staffReadAt)) {
            this.staffReadAt = at;
        }
    }

    public void readByStudent(Instant at) {
        if (studentReadAt == null || at.isAfter(studentReadAt)) {
            this.studentReadAt = at;
        }
    }

    public long id() {
        return id;
    }

    public String hospitalAlias() {
        return hospitalAlias;
    }

    public String studentSubject() {
        return studentSubject;
    }

    public String studentName() {
        return studentName;
    }

    public String studentEmail() {
        return studentEmail;
    }

    public long applicationId() {
        return applicationId;
    }

    public long staffId() {
        return staffId;
    }

    public String staffSubject() {
        return staffSubject;
    }

    public String staffName() {
        return staffName;
    }

    public String topic() {
        return topic;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public boolean isStartedByStudent() {
        return startedByStudent;
    }

    public boolean isMuted() {
        return muted;
    }

    public Instant staffReadAt() {
        return staffReadAt;
    }

    public Instant studentReadAt() {
        return studentReadAt;
    }
}
