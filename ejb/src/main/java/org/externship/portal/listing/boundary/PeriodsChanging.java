package org.externship.portal.listing.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * Fired inside the transaction, before a coordinator's save changes the seats of existing rotation periods or
 * removes them. Observers (the applications) refuse with a {@code NotAllowedException} when a change would leave
 * fewer seats than are taken, or remove a period that has applications; the save is then rolled back.
 *
 * @param changes one per existing period whose seats change or which goes
 */
public record PeriodsChanging(List<Change> changes) {

    public PeriodsChanging {
        changes = List.copyOf(changes);
    }

    /** A period's new number of seats; {@code removed}: the period goes. */
    public record Change(long periodId, LocalDate startDate, int seats, boolean removed) {
    }
}
