package org.externship.portal.learninglog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * One experience of a student's residency application, drafted in the portal (ERAS, the 2025 shape). The student
 * owns it, keyed by the Keycloak subject like a {@link LogEntry}; it may name the placement it was drafted from (by
 * the accepted application). How many a student keeps and how many are "most meaningful" is counted by the boundary.
 */
@Entity
@Table(name = "experience_draft")
@NamedQuery(name = ExperienceDraft.OF_STUDENT,
        query = "select d from ExperienceDraft d where d.id = :id and d.studentSubject = :student")
@NamedQuery(name = ExperienceDraft.ALL_OF_STUDENT, query = "select d from ExperienceDraft d "
        + "where d.studentSubject = :student order by d.createdAt, d.id")
@NamedQuery(name = ExperienceDraft.COUNT_OF_STUDENT,
        query = "select count(d) from ExperienceDraft d where d.studentSubject = :student")
@NamedQuery(name = ExperienceDraft.COUNT_MOST_MEANINGFUL, query = "select count(d) from ExperienceDraft d "
        + "where d.studentSubject = :student and d.mostMeaningful = true")
public class ExperienceDraft {

    public static final String OF_STUDENT = "ExperienceDraft.ofStudent";
    public static final String ALL_OF_STUDENT = "ExperienceDraft.allOfStudent";
    public static final String COUNT_OF_STUDENT = "ExperienceDraft.countOfStudent";
    public static final String COUNT_MOST_MEANINGFUL = "ExperienceDraft.countMostMeaningful";

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(name = "student_subject", nullable = false, length = 64)
    private String studentSubject;

    @Column(name = "application_id")
    private Long applicationId;

    @Embedded
    private ExperienceDetails details;

    @Column(name = "most_meaningful", nullable = false)
    private boolean mostMeaningful;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected ExperienceDraft() {
        // for JPA
    }

    public ExperienceDraft(String studentSubject, Long applicationId, ExperienceDetails details, Instant now) {
        this.studentSubject = Objects.requireNonNull(studentSubject);
        this.applicationId = applicationId;
        this.details = Objects.requireNonNull(details);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void rewrite(ExperienceDetails newDetails, Instant now) {
        this.details = Objects.requireNonNull(newDetails);
        this.updatedAt = now;
    }

    public void markMostMeaningful(boolean meaningful, Instant now) {
        if (meaningful != mostMeaningful) {
            this.mostMeaningful = meaningful;
            this.updatedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public String studentSubject() {
        return studentSubject;
    }

    /** The accepted application of the placement it was drafted from; null for none. */
    public Long applicationId() {
        return applicationId;
    }

    public ExperienceDetails details() {
        return details;
    }

    public boolean isMostMeaningful() {
        return mostMeaningful;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
