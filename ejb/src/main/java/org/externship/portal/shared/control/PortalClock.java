package org.externship.portal.shared.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Today and now, as the rules that depend on the calendar read them (a letter request's window, a notice period, a
 * link's expiry). Tests set the moment they need ({@link #use}) instead of waiting for it; the portal runs on the
 * system's clock.
 */
@ApplicationScoped
public class PortalClock {

    private volatile Clock clock = Clock.systemDefaultZone();

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Now, to the millisecond as the database keeps it: as the rules that expire or hold something read it (a
     * letter's download link, a message's delivery in quiet hours).
     */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** For in-container tests: the clock the rules read from now on (the system's again with {@code null}). */
    public void use(Clock testClock) {
        this.clock = testClock == null ? Clock.systemDefaultZone() : testClock;
    }
}
