package org.externship.portal.placement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

import java.time.Instant;

/**
 * The student's read path to their placements across hospitals: the same rows as {@link Placement}, read-only and not
 * tenant-owned, only ever read for one student, through the application's own read path
 * ({@code StudentApplication}: every query names {@code :student}, the caller's own Keycloak subject). A page that
 * shows all of a student's placements at once reads them here in one query, instead of entering each hospital.
 */
@Entity
@ReadOnly
@Table(name = "placement")
@NamedQuery(name = StudentPlacement.MINE, query = "select p.id, a.id, a.hospitalAlias, a.hospitalName, "
        + "a.externshipId, a.externshipTitle, a.startDate, a.endDate, p.startedAt, p.completedAt "
        + "from StudentPlacement p, StudentApplication a where a.id = p.applicationId "
        + "and a.studentSubject = :student "
        + "and a.status = org.externship.portal.application.entity.ApplicationStatus.ACCEPTED "
        + "order by a.startDate, p.id")
public class StudentPlacement {

    /** Scalars of the student's placements and their accepted applications, by first day. */
    public static final String MINE = "StudentPlacement.mine";

    @Id
    private Long id;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected StudentPlacement() {
        // for JPA
    }

    public Long id() {
        return id;
    }

    public Long applicationId() {
        return applicationId;
    }

    public PlacementProgress progress() {
        return PlacementProgress.of(startedAt, completedAt);
    }
}
