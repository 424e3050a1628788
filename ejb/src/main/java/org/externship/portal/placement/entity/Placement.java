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
@NamedQuery(name = Placement.ENDING_BETWEEN, query = "select distinct p from Placement p join fetch p.application "
        + "join fetch p.period pe join fetch p.attendings where pe.endDate between :from and :to")
public class Placement extends TenantOwned {

    public static final String ALL = "Placement.all";
    public static final String OF_APPLICATION = "Placement.ofApplication";
    public static final String SUPERVISED_BY = "Placement.supervisedBy";
    public static final String ONE_SUPERVISED_BY = "Placement.oneSupervisedBy";
    /** The placements with supervising attendings whose last day is between {@code from} and {@code to}. */
    public static final String ENDING_BETWEEN = "Placement.endingBetween";

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

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "started_by", length = 160)
    private String startedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by", length = 160)
    private String completedBy;

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

    /**
     * Marks the placement started: the extern arrived. Not before its first day, and only once.
     *
     * @throws IllegalStateException when it started already or its first day is still ahead
     */
    public void start(String coordinatorName, Instant now, LocalDate today) {
        if (progress() != PlacementProgress.UPCOMING) {
            throw new IllegalStateException("placement " + id + " started already");
        }
        if (today.isBefore(startDate())) {
            throw new IllegalStateException("placement " + id + " starts on " + startDate());
        }
        this.startedAt = now;
        this.startedBy = coordinatorName;
    }

    /**
     * Marks the placement completed, once started and from its final week ({@link #completableFrom()}).
     *
     * @throws IllegalStateException when it has not started, is completed already, or its final week is ahead
     */
    public void complete(String coordinatorName, Instant now, LocalDate today) {
        if (progress() != PlacementProgress.STARTED) {
            throw new IllegalStateException("placement " + id + " is " + progress());
        }
        if (today.isBefore(completableFrom())) {
            throw new IllegalStateException("placement " + id + " can be completed from " + completableFrom());
        }
        this.completedAt = now;
        this.completedBy = coordinatorName;
    }

    /** The first day the placement may be marked completed: the start of its final week (or its first day). */
    public LocalDate completableFrom() {
        LocalDate finalWeek = endDate().minusDays(6);
        return finalWeek.isBefore(startDate()) ? startDate() : finalWeek;
    }

    public PlacementProgress progress() {
        return PlacementProgress.of(startedAt, completedAt);
    }

    /** When the coordinator marked it started; null while upcoming. */
    public Instant startedAt() {
        return startedAt;
    }

    /** When the coordinator marked it completed; null until then. */
    public Instant completedAt() {
        return completedAt;
    }

    /** Who marked it completed; null until then. */
    public String completedBy() {
        return completedBy;
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
