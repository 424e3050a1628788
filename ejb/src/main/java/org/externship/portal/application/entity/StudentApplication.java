package org.externship.portal.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The student's read path across hospitals: the same rows as {@link Application}, read-only and not tenant-owned,
 * only ever read for one student (every query names {@code :student}, the caller's own Keycloak subject). It tells
 * the student's boundary which hospital an application belongs to; everything else goes through the tenant-owned
 * {@link Application} inside that hospital.
 */
@Entity
@ReadOnly
@Table(name = "application")
@NamedQuery(name = StudentApplication.MINE, query = "select a from StudentApplication a "
        + "where a.studentSubject = :student order by a.updatedAt desc, a.id desc")
@NamedQuery(name = StudentApplication.HOSPITAL_OF, query = "select a.hospitalAlias from StudentApplication a "
        + "where a.id = :id and a.studentSubject = :student")
@NamedQuery(name = StudentApplication.FOR_EXTERNSHIP, query = "select a from StudentApplication a "
        + "where a.externshipId = :externship and a.studentSubject = :student")
@NamedQuery(name = StudentApplication.HOSPITALS_WITH_RUN_OUT_OFFERS, query = "select distinct a.hospitalAlias "
        + "from StudentApplication a where a.status = "
        + "org.externship.portal.application.entity.ApplicationStatus.OFFERED and a.offerExpiresAt <= :now")
public class StudentApplication {

    public static final String MINE = "StudentApplication.mine";
    public static final String HOSPITAL_OF = "StudentApplication.hospitalOf";
    public static final String FOR_EXTERNSHIP = "StudentApplication.forExternship";
    /** For the portal's own housekeeping: which hospitals have offers to lapse (aliases only). */
    public static final String HOSPITALS_WITH_RUN_OUT_OFFERS = "StudentApplication.hospitalsWithRunOutOffers";

    @Id
    private Long id;

    @Column(name = "tenant_id")
    private String hospitalAlias;

    @Column(name = "externship_id")
    private Long externshipId;

    @Column(name = "student_subject")
    private String studentSubject;

    @Column(name = "externship_title")
    private String externshipTitle;

    @Column(name = "hospital_name")
    private String hospitalName;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    @Column(name = "offer_expires_at")
    private Instant offerExpiresAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected StudentApplication() {
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

    public ApplicationStatus status() {
        return status;
    }

    public Instant offerExpiresAt() {
        return offerExpiresAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
