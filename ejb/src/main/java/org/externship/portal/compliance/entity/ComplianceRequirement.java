package org.externship.portal.compliance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.externship.portal.qualification.entity.DocumentType;
import org.externship.portal.shared.entity.TenantOwned;

import java.time.Instant;
import java.util.Objects;

/**
 * Something a hospital (the tenant) requires before a student's first day: for all its externships, or only one. A
 * requirement that expires takes evidence valid until a date; one a passport document type satisfies accepts that
 * document of the student's clinical passport. Removing one retires it: what students handed in for it stays.
 */
@Entity
@Table(name = "compliance_requirement")
@NamedQuery(name = ComplianceRequirement.CURRENT, query = "select r from ComplianceRequirement r "
        + "where r.retiredAt is null order by r.name, r.id")
@NamedQuery(name = ComplianceRequirement.BY_IDS, query = "select r from ComplianceRequirement r where r.id in :ids")
public class ComplianceRequirement extends TenantOwned implements RequirementTerms {

    public static final String CURRENT = "ComplianceRequirement.current";
    public static final String BY_IDS = "ComplianceRequirement.byIds";
    public static final int NAME_MAX = 120;

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private RequirementKind kind;

    @Column(name = "externship_id")
    private Long externshipId;

    @Column(name = "expires", nullable = false)
    private boolean expires;

    @Column(name = "valid_months")
    private Integer validMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", length = 32)
    private DocumentType documentType;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected ComplianceRequirement() {
        // for JPA
    }

    public ComplianceRequirement(String name, RequirementKind kind, Long externshipId, boolean expires,
            Integer validMonths, DocumentType documentType, Instant now) {
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.externshipId = externshipId;
        this.expires = expires;
        this.validMonths = expires ? validMonths : null;
        this.documentType = documentType;
        this.createdAt = now;
    }

    /** No longer required from {@code now}; kept with the items handed in for it. */
    public void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    @Override
    public Long id() {
        return id;
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

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public Instant retiredAt() {
        return retiredAt;
    }
}
