package org.externship.portal.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.externship.portal.shared.entity.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step on an application's timeline: the status it reached, when, and who moved it; or, once accepted, a
 * coordinator's change of its placement ({@link Rearrangement}: the dates and supervising attendings after it, the
 * status unchanged).
 */
@Entity
@Table(name = "application_event")
public class ApplicationEvent extends TenantOwned {

    /** The longest list of attendings' names kept (ten names of 160 characters and their commas fit). */
    public static final int ATTENDINGS_MAX = 2000;

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private Application application;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApplicationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Actor actor;

    @Column(name = "actor_name", length = 160)
    private String actorName;

    @Column(length = 500)
    private String note;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** What a coordinator changed in the placement; none for a change of status. */
    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private Rearrangement rearrangement;

    /** The placement's first day after a rearrangement. */
    @Column(name = "start_date")
    private LocalDate startDate;

    /** The placement's last day after a rearrangement. */
    @Column(name = "end_date")
    private LocalDate endDate;

    /** The supervising attendings' names after a rearrangement of them, as a list reads; none: nobody named. */
    @Column(length = ATTENDINGS_MAX)
    private String attendings;

    protected ApplicationEvent() {
        // for JPA
    }

    ApplicationEvent(Application application, ApplicationStatus status, Actor actor, String actorName, String note,
                     Instant occurredAt) {
        this.application = application;
        this.status = status;
        this.actor = actor;
        this.actorName = actorName;
        this.note = note;
        this.occurredAt = occurredAt;
    }

    /** A coordinator's change of the placement: the dates and attendings after it, the status as it stands. */
    static ApplicationEvent rearranged(Application application, Rearrangement rearrangement, String actorName,
                                       String attendings, Instant occurredAt) {
        ApplicationEvent event = new ApplicationEvent(application, application.status(), Actor.COORDINATOR,
                actorName, null, occurredAt);
        event.rearrangement = rearrangement;
        event.startDate = application.startDate();
        event.endDate = application.endDate();
        event.attendings = attendings;
        return event;
    }

    public Application application() {
        return application;
    }

    public ApplicationStatus status() {
        return status;
    }

    public Actor actor() {
        return actor;
    }

    public String actorName() {
        return actorName;
    }

    public String note() {
        return note;
    }

    public Instant occurredAt() {
        return occurredAt;
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
}
