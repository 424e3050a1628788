package org.externship.portal.listing.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.annotations.ReadOnly;

import java.time.LocalDate;

/** The public face of a {@link RotationPeriod}: dates, seats and seats left, read-only, reached through a published externship. */
@Entity(name = "PublicRotationPeriod")
@Table(name = "rotation_period")
@ReadOnly
@Cacheable(false)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class PublicRotationPeriod {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "externship_id", insertable = false, updatable = false)
    private PublicExternship externship;

    @Column(name = "start_date", insertable = false, updatable = false)
    private LocalDate startDate;

    @Column(name = "end_date", insertable = false, updatable = false)
    private LocalDate endDate;

    @Column(insertable = false, updatable = false)
    private int seats;

    @Column(name = "seats_held", insertable = false, updatable = false)
    private int seatsHeld;

    protected PublicRotationPeriod() {
        // for JPA
    }

    public Long id() {
        return id;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public int seats() {
        return seats;
    }

    /** Free seats: neither accepted nor held by an open offer. */
    public int seatsLeft() {
        return Math.max(0, seats - seatsHeld);
    }
}
