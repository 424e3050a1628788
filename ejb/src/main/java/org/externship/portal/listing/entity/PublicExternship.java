package org.externship.portal.listing.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.config.CacheIsolationType;
import org.externship.portal.qualification.entity.Requirements;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.tenant.entity.Hospital;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The public face of an {@link Externship}: a read-only view of the same table that can only ever return
 * PUBLISHED rows ({@link AdditionalCriteria}), for every hospital at once, without switching tenancy off (it is
 * simply not a tenant-owned entity, and it maps only what students may read). Never cached beyond the transaction,
 * so a listing that is paused or closed disappears at once.
 */
@Entity(name = "PublicExternship")
@Table(name = "externship")
@ReadOnly
@Cacheable(false)
@Cache(isolation = CacheIsolationType.ISOLATED)
@AdditionalCriteria("this.status = 'PUBLISHED'")
public class PublicExternship {

    @Id
    private Long id;

    /** The hospital that posts it: {@code tenant_id} is the hospital's alias. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tenant_id", referencedColumnName = "alias", insertable = false, updatable = false)
    private Hospital hospital;

    /** Read only by the additional criteria above. */
    @Column(name = "status", insertable = false, updatable = false)
    private String status;

    /** The hospital's alias, for filters that name hospitals. */
    @Column(name = "tenant_id", insertable = false, updatable = false)
    private String tenantId;

    @Column(insertable = false, updatable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "externship_type", insertable = false, updatable = false)
    private ExternshipType type;

    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false)
    private Specialty specialty;

    @Enumerated(EnumType.STRING)
    @Column(name = "clinical_setting", insertable = false, updatable = false)
    private ClinicalSetting setting;

    @Column(insertable = false, updatable = false)
    private String city;

    @Column(insertable = false, updatable = false)
    private String state;

    @Column(insertable = false, updatable = false)
    private String description;

    @Column(insertable = false, updatable = false)
    private String scope;

    @Column(name = "duration_weeks", insertable = false, updatable = false)
    private int durationWeeks;

    @Column(name = "application_deadline", insertable = false, updatable = false)
    private LocalDate applicationDeadline;

    @Column(name = "first_start", insertable = false, updatable = false)
    private LocalDate firstStart;

    @Column(name = "last_start", insertable = false, updatable = false)
    private LocalDate lastStart;

    @Column(name = "first_published_at", insertable = false, updatable = false)
    private Instant firstPublishedAt;

    @Embedded
    private RequirementColumns requirements;

    /** Title, description and city in lower case: what the free-text search matches. */
    @Column(name = "search_text", insertable = false, updatable = false)
    private String searchText;

    @Column(name = "fee_cents", insertable = false, updatable = false)
    private Long feeCents;

    @Column(name = "fee_covers", insertable = false, updatable = false)
    private String feeCovers;

    @Column(name = "refund_policy", insertable = false, updatable = false)
    private String refundPolicy;

    @Column(name = "letter_policy", insertable = false, updatable = false)
    private String letterPolicy;

    @OneToMany(mappedBy = "externship")
    @OrderBy("startDate")
    private List<PublicRotationPeriod> periods;

    protected PublicExternship() {
        // for JPA
    }

    /** The same requirements as {@link Externship#requirements()}: what EligibilityMatcher measures. */
    public Requirements requirements() {
        return requirements.measured();
    }

    public Long id() {
        return id;
    }

    public String hospitalName() {
        return hospital.name();
    }

    public String title() {
        return title;
    }

    public ExternshipType type() {
        return type;
    }

    public Specialty specialty() {
        return specialty;
    }

    public ClinicalSetting setting() {
        return setting;
    }

    public String city() {
        return city;
    }

    public String state() {
        return state;
    }

    public String description() {
        return description;
    }

    public String scope() {
        return scope;
    }

    public int durationWeeks() {
        return durationWeeks;
    }

    public LocalDate applicationDeadline() {
        return applicationDeadline;
    }

    public boolean malpracticeProvided() {
        return requirements.malpracticeProvided();
    }

    /** What the extern pays, in US cents; 0: no fee. */
    public long feeCents() {
        return feeCents == null ? 0 : feeCents;
    }

    public String feeCovers() {
        return feeCovers;
    }

    public String refundPolicy() {
        return refundPolicy;
    }

    public String letterPolicy() {
        return letterPolicy;
    }

    public List<PublicRotationPeriod> periods() {
        return List.copyOf(periods);
    }
}
