package org.externship.portal.shared.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Today, as the rules that depend on the calendar read it (a letter request's window, a notice period). Tests set the
 * day they need ({@link #use}) instead of waiting for it; the portal runs on the system's clock.
 */
@ApplicationScoped
public class PortalClock {

    private volatile Clock clock = Clock.systemDefaultZone();

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** For in-container tests: the clock the rules read from now on (the system's again with {@code null}). */
    public void use(Clock testClock) {
        this.clock = testClock == null ? Clock.systemDefaultZone() : testClock;
    }
}
