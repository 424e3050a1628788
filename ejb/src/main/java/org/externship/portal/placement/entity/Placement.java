package org.externship.portal.placement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.externship.portal.application.entity.Application;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.listing.entity.RotationPeriod;
import org.externship.portal.shared.entity.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A student's seat in a rotation period of a hospital (the tenant), from the offer they accepted, and the attendings
 * who supervise. Who the student is and what they applied to are the {@link Application}'s; the dates are the
 * period's. The learning log, letters and the rotation calendar hang off placements.
 */
@Entity
@Table(name = "placement")
@NamedQuery(name = Placement.ALL, query = "select distinct p from Placement p join fetch p.application a "
        + "join fetch p.period pe left join fetch p.attendings order by pe.startDate, a.studentName, p.id")
@NamedQuery(name = Placement.OF_APPLICATION, query = "select p from Placement p join fetch p.application "
        + "join fetch p.period left join fetch p.attendings where p.application.id = :application")
@NamedQuery(name = Placement.SUPERVISED_BY, query = "select distinct p from Placement p join p.attendings s "
        + "join fetch p.application a join fetch p.period pe left join fetch p.attendings "
        + "where s.keycloakUserId = :attending order by pe.startDate, a.studentName, p.id")
@NamedQuery(name = Placement.ONE_SUPERVISED_BY, query = "select distinct p from Placement p join p.attendings s "
        + "join fetch p.application join fetch p.period left join fetch p.attendings "
        + "where p.id = :id and s.keycloakUserId = :attending")
public class Placement extends TenantOwned {

    public static final String ALL = "Placement.all";
    public static final String OF_APPLICATION = "Placement.ofApplication";
    public static final String SUPERVISED_BY = "Placement.supervisedBy";
    public static final String ONE_SUPERVISED_BY = "Placement.oneSupervisedBy";

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id", nullable = false)
    private Application application;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id", nullable = false)
    private RotationPeriod period;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToMany
    @JoinTable(name = "placement_attending",
            joinColumns = @JoinColumn(name = "placement_id"),
            inverseJoinColumns = @JoinColumn(name = "staff_member_id"))
    @OrderBy("fullName")
    private List<StaffMember> attendings = new ArrayList<>();

    protected Placement() {
        // for JPA
    }

    /** The placement an accepted offer becomes: the seat of the period the student applied to. */
    public Placement(Application accepted, Instant now) {
        this.application = accepted;
        this.period = accepted.period();
        this.createdAt = now;
    }

    /** The attendings who supervise, replacing the earlier choice. */
    public void supervisedBy(List<StaffMember> attendings) {
        this.attendings.clear();
        this.attendings.addAll(attendings);
    }

    /** The seat moves to {@code other}, a period of the same externship (its application has moved with it). */
    public void moveTo(RotationPeriod other) {
        this.period = other;
    }

    public RotationPeriod period() {
        return period;
    }

    public Long id() {
        return id;
    }

    public Application application() {
        return application;
    }

    public String studentSubject() {
        return application.studentSubject();
    }

    public String studentName() {
        return application.studentName();
    }

    public String externshipTitle() {
        return application.externshipTitle();
    }

    public String hospitalName() {
        return application.hospitalName();
    }

    public LocalDate startDate() {
        return period.startDate();
    }

    public LocalDate endDate() {
        return period.endDate();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<StaffMember> attendings() {
        return List.copyOf(attendings);
    }
}
