package org.externship.portal.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

import java.time.LocalDate;

/**
 * A rotation period as a student applying sees it: read-only, not tenant-owned, and only ever found when its
 * externship is published and still takes applications (the query says so). It tells the student's boundary which
 * hospital to apply to; the application itself is written inside that hospital.
 */
@Entity
@ReadOnly
@Table(name = "rotation_period")
@NamedQuery(name = OpenRotation.OPEN, query = "select r from OpenRotation r join fetch r.posting "
        + "where r.id = :period and r.posting.status = 'PUBLISHED' and r.posting.applicationDeadline >= :today")
public class OpenRotation {

    public static final String OPEN = "OpenRotation.open";

    @Id
    private Long id;

    @Column(name = "tenant_id")
    private String hospitalAlias;

    @Column(name = "externship_id")
    private Long externshipId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "externship_id", insertable = false, updatable = false)
    private OpenPosting posting;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    protected OpenRotation() {
        // for JPA
    }

    public Long id() {
        return id;
    }

    public String hospitalAlias() {
        return hospitalAlias;
    }

    public Long externshipId() {
        return externshipId;
    }

    public OpenPosting posting() {
        return posting;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }
}
