package org.externship.portal.compliance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;
import org.externship.portal.qualification.entity.DocumentType;

import java.time.Instant;

/**
 * The student's read path to the requirements of the hospitals they are placed at: the same rows as
 * {@link ComplianceRequirement}, read-only and not tenant-owned, so the student's onboarding page reads every
 * hospital's in one query instead of entering each. Only ever read for one student: the query names the hospitals of
 * the student's own placements and {@code :student}, the caller's own Keycloak subject (on PostgreSQL, row-level
 * security's {@code compliance_requirement_student} shows only the hospitals of the student's accepted applications).
 */
@Entity
@ReadOnly
@Table(name = "compliance_requirement")
@NamedQuery(name = StudentRequirement.OF_HOSPITALS, query = "select r from StudentRequirement r "
        + "where r.hospitalAlias in :hospitals and (r.retiredAt is null or exists (select i.id from ComplianceItem i "
        + "where i.requirementId = r.id and i.studentSubject = :student)) order by r.name, r.id")
public class StudentRequirement implements RequirementTerms {

    /** The current requirements of {@code :hospitals}, and the retired ones {@code :student} handed something in for. */
    public static final String OF_HOSPITALS = "StudentRequirement.ofHospitals";

    @Id
    private Long id;

    @Column(name = "tenant_id")
    private String hospitalAlias;

    @Column(name = "name")
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private RequirementKind kind;

    @Column(name = "externship_id")
    private Long externshipId;

    @Column(name = "expires")
    private boolean expires;

    @Column(name = "valid_months")
    private Integer validMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type")
    private DocumentType documentType;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected StudentRequirement() {
        // for JPA
    }

    @Override
    public Long id() {
        return id;
    }

    /** The hospital whose requirement it is. */
    public String hospitalAlias() {
        return hospitalAlias;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public RequirementKind kind() {
        return kind;
    }

    @Override
    public Long externshipId() {
        return externshipId;
    }

    @Override
    public boolean expires() {
        return expires;
    }

    @Override
    public Integer validMonths() {
        return validMonths;
    }

    @Override
    public DocumentType documentType() {
        return documentType;
    }

    @Override
    public Instant retiredAt() {
        return retiredAt;
    }
}
