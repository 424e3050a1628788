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

/** One step on an application's timeline: the status it reached, when, and who moved it. */
@Entity
@Table(name = "application_event")
public class ApplicationEvent extends TenantOwned {

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
}
