package org.externship.portal.notification.entity;

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
import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.application.entity.Rearrangement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A change of an application's status, told to one recipient: a student (by subject, across hospitals) or the
 * coordinators of one hospital; or, to the coordinators, a student's message a staff member reported (about the
 * application whose placement brought them together, without its status); or, to the student, a coordinator's change
 * of their placement (its new dates, its supervising attendings). Not tenant-owned: every query names its recipient,
 * taken from the caller's token.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.FOR_STUDENT, query = "select n from Notification n where n.audience = "
        + "org.externship.portal.notification.entity.Audience.STUDENT and n.recipientSubject = :student "
        + "order by n.createdAt desc, n.id desc")
@NamedQuery(name = Notification.FOR_HOSPITAL, query = "select n from Notification n where n.audience = "
        + "org.externship.portal.notification.entity.Audience.COORDINATORS and n.hospitalAlias = :hospital "
        + "order by n.createdAt desc, n.id desc")
@NamedQuery(name = Notification.UNREAD_FOR_STUDENT, query = "select count(n) from Notification n where n.audience = "
        + "org.externship.portal.notification.entity.Audience.STUDENT and n.recipientSubject = :student "
        + "and n.readAt is null")
@NamedQuery(name = Notification.UNREAD_FOR_HOSPITAL, query = "select count(n) from Notification n where n.audience = "
        + "org.externship.portal.notification.entity.Audience.COORDINATORS and n.hospitalAlias = :hospital "
        + "and n.readAt is null")
public class Notification {

    public static final String FOR_STUDENT = "Notification.forStudent";
    public static final String FOR_HOSPITAL = "Notification.forHospital";
    public static final String UNREAD_FOR_STUDENT = "Notification.unreadForStudent";
    public static final String UNREAD_FOR_HOSPITAL = "Notification.unreadForHospital";

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Audience audience;

    @Column(name = "recipient_subject", length = 64)
    private String recipientSubject;

    @Column(name = "hospital_alias", length = 40)
    private String hospitalAlias;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private NotificationKind kind = NotificationKind.APPLICATION_STATUS;

    /** The application's new status; none for a reported message. */
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ApplicationStatus status;

    /** The staff member who reported a message. */
    @Column(name = "reported_by", length = 160)
    private String reportedBy;

    /** What a coordinator changed in the student's placement. */
    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private Rearrangement rearrangement;

    /** The placement's first day after the change. */
    @Column(name = "start_date")
    private LocalDate startDate;

    /** The placement's last day after the change. */
    @Column(name = "end_date")
    private LocalDate endDate;

    /** The supervising attendings' names after a change of them; none: nobody is named. */
    @Column(length = 2000)
    private String attendings;

    @Column(name = "externship_title", nullable = false, length = 160)
    private String externshipTitle;

    @Column(name = "student_name", nullable = false, length = 160)
    private String studentName;

    @Column(name = "hospital_name", nullable = false, length = 160)
    private String hospitalName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
        // for JPA
    }

    private Notification(Audience audience, String recipientSubject, String hospitalAlias, long applicationId,
                         ApplicationStatus status, String externshipTitle, String studentName, String hospitalName,
                         Instant createdAt) {
        this.audience = audience;
        this.recipientSubject = recipientSubject;
        this.hospitalAlias = hospitalAlias;
        this.applicationId = applicationId;
        this.status = status;
        this.externshipTitle = externshipTitle;
        this.studentName = studentName;
        this.hospitalName = hospitalName;
        this.createdAt = createdAt;
    }

    public static Notification forStudent(String subject, long applicationId, ApplicationStatus status,
                                          String externshipTitle, String studentName, String hospitalName,
                                          Instant now) {
        return new Notification(Audience.STUDENT, subject, null, applicationId, status, externshipTitle, studentName,
                hospitalName, now);
    }

    public static Notification forCoordinators(String hospitalAlias, long applicationId, ApplicationStatus status,
                                               String externshipTitle, String studentName, String hospitalName,
                                               Instant now) {
        return new Notification(Audience.COORDINATORS, null, hospitalAlias, applicationId, status, externshipTitle,
                studentName, hospitalName, now);
    }

    /**
     * Tells the coordinators of {@code hospitalAlias} that {@code reportedBy} reported a message {@code studentName}
     * wrote to them, in the placement application {@code applicationId} became.
     */
    public static Notification messageReported(String hospitalAlias, long applicationId, String externshipTitle,
                                               String studentName, String hospitalName, String reportedBy,
                                               Instant now) {
        Notification told = new Notification(Audience.COORDINATORS, null, hospitalAlias, applicationId, null,
                externshipTitle, studentName, hospitalName, now);
        told.kind = NotificationKind.MESSAGE_REPORTED;
        told.reportedBy = reportedBy;
        return told;
    }

    /**
     * Tells student {@code subject} that a coordinator changed the placement application {@code applicationId}
     * became: {@code what}, the dates after it, the supervising attendings' names if they changed.
     */
    public static Notification placementRearranged(String subject, long applicationId, Rearrangement what,
                                                   LocalDate startDate, LocalDate endDate, String attendings,
                                                   String externshipTitle, String studentName, String hospitalName,
                                                   Instant now) {
        Notification told = new Notification(Audience.STUDENT, subject, null, applicationId, null, externshipTitle,
                studentName, hospitalName, now);
        told.kind = NotificationKind.PLACEMENT_REARRANGED;
        told.rearrangement = what;
        told.startDate = startDate;
        told.endDate = endDate;
        told.attendings = attendings;
        return told;
    }

    public Long id() {
        return id;
    }

    public Audience audience() {
        return audience;
    }

    public long applicationId() {
        return applicationId;
    }

    public NotificationKind kind() {
        return kind;
    }

    public ApplicationStatus status() {
        return status;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Rearrangement rearrangement() {
        return rearrangement;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public String attendings() {
        return attendings;
    }

    public String externshipTitle() {
        return externshipTitle;
    }

    public String studentName() {
        return studentName;
    }

    public String hospitalName() {
        return hospitalName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
