package org.externship.portal.application.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import org.externship.portal.application.entity.Application;
import org.externship.portal.listing.entity.RotationPeriod;
import org.externship.portal.shared.boundary.NotAllowedException;

import java.time.Instant;

/**
 * Keeps offers within a period's seats. A seat is held by an accepted offer or by an offer whose days have not run
 * out. Before an offer, the period's row is locked ({@code SELECT ... FOR UPDATE}) for the rest of the transaction
 * and the held seats are counted: two coordinators offering the last seat at the same moment queue on that lock,
 * and the second one counts the first one's offer and is refused.
 * <p>
 * The ledger also writes the count on the period ({@link #recount}), so pages show seats left without counting
 * applications: public readers may not see applications at all. An offer whose days ran out still counts there
 * until the housekeeping lapses it (every five minutes); the check before an offer always counts afresh.
 */
@Dependent
public class SeatLedger {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Refuses unless a seat of {@code periodId} is free; the period stays locked until the transaction ends. */
    public void claimSeat(long periodId, Instant now) {
        claimSeat(periodId, now, "application.noSeat");
    }

    /**
     * The same rule, refused in the words of {@code refusalKey} (its argument: the period's seats), for a caller
     * that is not making an offer (a placement moving to another period).
     */
    public void claimSeat(long periodId, Instant now, String refusalKey) {
        RotationPeriod period;
        try {
            period = em.find(RotationPeriod.class, periodId, LockModeType.PESSIMISTIC_WRITE);
        } catch (PessimisticLockException | LockTimeoutException e) {
            throw new NotAllowedException("application.seatBusy");
        }
        if (held(period, now) >= period.seats()) {
            throw new NotAllowedException(refusalKey, period.seats(), period.startDate(), period.endDate());
        }
    }

    /** Counts the seats of {@code period} held now and writes the figure on the period, under the period's lock. */
    public void recount(RotationPeriod period, Instant now) {
        em.lock(period, LockModeType.PESSIMISTIC_WRITE);
        period.countHeldSeats(Math.toIntExact(held(period, now)));
    }

    public long held(RotationPeriod period, Instant now) {
        return em.createNamedQuery(Application.SEATS_HELD, Long.class)
                .setParameter("period", period)
                .setParameter("now", now)
                .getSingleResult();
    }
}
