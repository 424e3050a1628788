package org.externship.portal.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
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
@NamedQuery(name = OpenRotation.OPEN, query = "select r from OpenRotation r, OpenPosting p "
        + "where r.id = :period and p.id = r.externshipId and p.status = 'PUBLISHED' "
        + "and p.applicationDeadline >= :today")
public class OpenRotation {

    public static final String OPEN = "OpenRotation.open";

    @Id
    private Long id;

    @Column(name = "tenant_id")
    private String hospitalAlias;

    @Column(name = "externship_id")
    private Long externshipId;

    @Column(name = "start_date")
    private LocalDate startDate;

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

    public LocalDate startDate() {
        return startDate;
    }
}
