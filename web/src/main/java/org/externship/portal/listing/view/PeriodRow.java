package org.externship.portal.listing.view;

import org.externship.portal.listing.entity.PeriodDraft;

import java.io.Serializable;
import java.time.LocalDate;

/** One editable row of rotation periods; {@code id} is null until the period is saved. */
public class PeriodRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private LocalDate startDate;
    private LocalDate endDate;
    private Integer seats;

    PeriodRow(Long id, LocalDate startDate, LocalDate endDate, Integer seats) {
        this.id = id;
        this.startDate = startDate;
        this.endDate = endDate;
        this.seats = seats;
    }

    static PeriodRow of(PeriodDraft draft) {
        return new PeriodRow(draft.id(), draft.startDate(), draft.endDate(), draft.seats());
    }

    PeriodDraft draft() {
        return new PeriodDraft(id, startDate, endDate, seats == null ? 0 : seats);
    }

    public Long getId() {
        return id;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }
}
