package org.externship.portal.application.entity;

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
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.listing.entity.RotationPeriod;
import org.externship.portal.shared.entity.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An accepted offer: the student, the hospital (the tenant), the dates and the attendings who supervise. The
 * learning log, letters and the rotation calendar hang off placements.
 */
@Entity
@Table(name = "placement")
@NamedQuery(name = Placement.ALL, query = "select distinct p from Placement p left join fetch p.attendings "
        + "order by p.startDate, p.studentName")
@NamedQuery(name = Placement.OF_APPLICATION, query = "select p from Placement p left join fetch p.attendings "
        + "where p.application.id = :application")
public class Placement extends TenantOwned {

    public static final String ALL = "Placement.all";
    public static final String OF_APPLICATION = "Placement.ofApplication";

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

    @Column(name = "student_subject", nullable = false, length = 64)
    private String studentSubject;

    @Column(name = "student_name", nullable = false, length = 160)
    private String studentName;

    @Column(name = "externship_title", nullable = false, length = 160)
    private String externshipTitle;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

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

    public Placement(Application accepted, Instant now) {
        this.application = accepted;
        this.period = accepted.period();
        this.studentSubject = accepted.studentSubject();
        this.studentName = accepted.studentName();
        this.externshipTitle = accepted.externshipTitle();
        this.startDate = accepted.startDate();
        this.endDate = accepted.endDate();
        this.createdAt = now;
    }

    /** The attendings who supervise, replacing the earlier choice. */
    public void supervisedBy(List<StaffMember> attendings) {
        this.attendings.clear();
        this.attendings.addAll(attendings);
    }

    public Long id() {
        return id;
    }

    public Application application() {
        return application;
    }

    public String studentSubject() {
        return studentSubject;
    }

    public String studentName() {
        return studentName;
    }

    public String externshipTitle() {
        return externshipTitle;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<StaffMember> attendings() {
        return List.copyOf(attendings);
    }
}
