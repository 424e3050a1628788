package org.externship.portal.learninglog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A reviewed version of an entry that the student has since changed: what it said and what its supervisor decided,
 * kept as it was (the history of who verified what, and when). Written once, never changed.
 */
@Entity
@Table(name = "log_entry_version")
public class EarlierVersion {

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id", nullable = false)
    private LogEntry entry;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Embedded
    private Supervision supervision;

    @Embedded
    private EntryContent content;

    @Embedded
    private Review review;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected EarlierVersion() {
        // for JPA
    }

    EarlierVersion(LogEntry entry, int revision, Supervision supervision, EntryContent content, Review review,
                   Instant writtenAt) {
        this.entry = entry;
        this.revision = revision;
        this.supervision = supervision;
        this.content = content;
        this.review = review;
        this.writtenAt = writtenAt;
    }

    public int revision() {
        return revision;
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

    public Instant writtenAt() {
        return writtenAt;
    }
}
