package org.externship.portal.application.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.externship.portal.listing.entity.Externship;
import org.externship.portal.listing.entity.RotationPeriod;
import org.externship.portal.shared.entity.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A student's application for one rotation period of a hospital's externship. It keeps what the student applied to
 * (title, hospital, dates) as it was then, and every change of status as an {@link ApplicationEvent}; once accepted,
 * its dates follow the placement's period, and a coordinator's change of the placement is on the timeline too.
 */
@Entity
@Table(name = "application")
@NamedQuery(name = Application.SEATS_HELD, query = "select count(a) from Application a where a.period = :period "
        + "and (a.status = org.externship.portal.application.entity.ApplicationStatus.ACCEPTED "
        + "or (a.status = org.externship.portal.application.entity.ApplicationStatus.OFFERED "
        + "and a.offerExpiresAt > :now))")
@NamedQuery(name = Application.OFFERS_RUN_OUT, query = "select a from Application a where a.status = "
        + "org.externship.portal.application.entity.ApplicationStatus.OFFERED and a.offerExpiresAt <= :now")
@NamedQuery(name = Application.OF_PERIOD, query = "select count(a) from Application a where a.period = :period")
public class Application extends TenantOwned {

    public static final String SEATS_HELD = "Application.seatsHeld";
    public static final String OFFERS_RUN_OUT = "Application.offersRunOut";
    public static final String OF_PERIOD = "Application.ofPeriod";

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "externship_id", nullable = false)
    private Externship externship;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id", nullable = false)
    private RotationPeriod period;

    @Column(name = "student_subject", nullable = false, length = 64)
    private String studentSubject;

    @Column(name = "student_name", nullable = false, length = 160)
    private String studentName;

    @Column(name = "student_email", nullable = false, length = 254)
    private String studentEmail;

    @Column(name = "externship_title", nullable = false, length = 160)
    private String externshipTitle;

    @Column(name = "hospital_name", nullable = false, length = 160)
    private String hospitalName;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false, length = 2000)
    private String statement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApplicationStatus status;

    @Column(name = "offer_expires_at")
    private Instant offerExpiresAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** When the application was first offered, kept however it went on (the reports' funnel counts it). */
    @Column(name = "offered_at")
    private Instant offeredAt;

    /** When the offer was first accepted, kept however it went on. */
    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<ApplicationEvent> events = new ArrayList<>();

    protected Application() {
        // for JPA
    }

    /** A new application, in {@link ApplicationStatus#DRAFT}: {@link #moveTo} submits it. */
    public Application(Externship externship, RotationPeriod period, String hospitalName, Applicant student,
                       String statement, Instant now) {
        this.externship = externship;
        this.period = period;
        this.externshipTitle = externship.title();
        this.hospitalName = hospitalName;
        this.startDate = period.startDate();
        this.endDate = period.endDate();
        this.studentSubject = student.subject();
        this.studentName = student.name();
        this.studentEmail = student.email();
        this.statement = statement;
        this.status = ApplicationStatus.DRAFT;
        this.updatedAt = now;
        events.add(new ApplicationEvent(this, ApplicationStatus.DRAFT, Actor.STUDENT, student.name(), null, now));
    }

    /**
     * Moves the application on and records it on the timeline. Refuses a move the {@link ApplicationWorkflow} does
     * not allow {@code actor} (an accepted placement is given up only before its first day); the caller has checked,
     * for an offer, that a seat is free. {@code offerExpiresAt} is kept only while the application is offered.
     */
    public ApplicationEvent moveTo(ApplicationStatus next, Actor actor, String actorName, String note, Instant now,
                                   Instant offerExpiresAt) {
        checkMove(next, actor, LocalDate.ofInstant(now, ZoneId.systemDefault()));
        this.status = next;
        this.updatedAt = now;
        this.offerExpiresAt = next == ApplicationStatus.OFFERED ? Objects.requireNonNull(offerExpiresAt) : null;
        // the first time each step of the funnel was reached stays on the row (the timeline has every time)
        if (next == ApplicationStatus.SUBMITTED && submittedAt == null) {
            this.submittedAt = now;
        } else if (next == ApplicationStatus.OFFERED && offeredAt == null) {
            this.offeredAt = now;
        } else if (next == ApplicationStatus.ACCEPTED && acceptedAt == null) {
            this.acceptedAt = now;
        }
        ApplicationEvent event = new ApplicationEvent(this, next, actor, actorName, note, now);
        events.add(event);
        return event;
    }

    /** Refuses, naming both statuses, a move {@code actor} may not make on {@code today}. */
    public void checkMove(ApplicationStatus next, Actor actor, LocalDate today) {
        ApplicationWorkflow.check(status, next, actor, startDate, today);
    }

    /** The moves {@code actor} may make next, on {@code today}. */
    public Set<ApplicationStatus> nextMoves(Actor actor, LocalDate today) {
        return ApplicationWorkflow.next(status, actor, startDate, today);
    }

    /**
     * The accepted seat moves to {@code other}, a period of the same externship: the application is for that
     * period from now on (its dates too, so the workflow's first day is the new one). The caller has claimed the
     * seat and recounts both periods.
     */
    public void reschedule(RotationPeriod other, Instant now) {
        if (status != ApplicationStatus.ACCEPTED) {
            throw new IllegalStateException("only an accepted application moves to another period");
        }
        this.period = other;
        this.startDate = other.startDate();
        this.endDate = other.endDate();
        this.updatedAt = now;
    }

    /**
     * Puts a coordinator's change of the placement this application became on the timeline, after it was made
     * ({@link #reschedule} for new dates): what changed, the dates as they are now, the supervising attendings'
     * names if they changed ({@code null}: nobody named).
     */
    public ApplicationEvent recordRearrangement(Rearrangement what, String attendings, String actorName,
                                                Instant now) {
        ApplicationEvent event = ApplicationEvent.rearranged(this, Objects.requireNonNull(what), actorName,
                what.attendings() ? attendings : null, now);
        this.updatedAt = now;
        events.add(event);
        return event;
    }

    public void restate(String statement, Instant now) {
        this.statement = statement;
        this.updatedAt = now;
    }

    /** An offer whose days have run out no longer holds its seat, even before the portal marks it lapsed. */
    public boolean offerRunOut(Instant now) {
        return status == ApplicationStatus.OFFERED && !offerExpiresAt.isAfter(now);
    }

    public Long id() {
        return id;
    }

    public Externship externship() {
        return externship;
    }

    public RotationPeriod period() {
        return period;
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

    public String externshipTitle() {
        return externshipTitle;
    }

    public String hospitalName() {
        return hospitalName;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public String statement() {
        return statement;
    }

    public ApplicationStatus status() {
        return status;
    }

    public Instant offerExpiresAt() {
        return offerExpiresAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant offeredAt() {
        return offeredAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<ApplicationEvent> events() {
        return List.copyOf(events);
    }
}
