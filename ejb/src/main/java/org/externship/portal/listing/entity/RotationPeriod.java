package org.externship.portal.listing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.externship.portal.shared.entity.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;

/** One rotation of an externship: fixed dates and a number of seats. */
@Entity
@Table(name = "rotation_period")
public class RotationPeriod extends TenantOwned {

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "externship_id", nullable = false)
    private Externship externship;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false)
    private int seats;

    /** Seats held by offers and acceptances, kept by the application feature's seat ledger. */
    @Column(name = "seats_held", nullable = false)
    private int seatsHeld;

    /** When the period was added (Flyway V10): saved searches' alerts tell of periods added since. */
    @Column(name = "listed_at")
    private Instant listedAt;

    protected RotationPeriod() {
        // for JPA
    }

    RotationPeriod(Externship externship, LocalDate startDate, LocalDate endDate, int seats, Instant listedAt) {
        this.externship = externship;
        this.listedAt = listedAt;
        this.startDate = startDate;
        this.endDate = endDate;
        this.seats = seats;
    }

    /** Takes new dates and seats; the period keeps its id (and whatever refers to it). */
    void reschedule(LocalDate startDate, LocalDate endDate, int seats) {
        this.startDate = startDate;
        this.endDate = endDate;
        resize(seats);
    }

    void resize(int seats) {
        this.seats = seats;
    }

    public Long id() {
        return id;
    }

    public Externship externship() {
        return externship;
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

    /** Free seats: neither accepted nor held by an open offer (never below zero). */
    public int seatsLeft() {
        return Math.max(0, seats - seatsHeld);
    }

    /** Records how many seats offers and acceptances hold now; only the seat ledger counts them. */
    public void countHeldSeats(int held) {
        this.seatsHeld = held;
    }
}
