package org.externship.portal.tenant.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.externship.portal.tenant.boundary.Hospitals;

import java.time.Duration;

/**
 * The landing page's "N hospitals host externships here", kept for 30 s like the public search's answers: the
 * landing page is every visitor's first request, and asking the database (through the boundary's EJB, transaction
 * and security interceptors) on each of them cost the page about a tenth of its time under load (the layout
 * benchmark's profile, {@code config/benchmark.sh layout}). A new hospital shows up in the count at most 30 s later.
 */
@ApplicationScoped
public class PublicHospitalCount {

    static final Duration KEPT = Duration.ofSeconds(30);

    @Inject
    Hospitals hospitals;

    private volatile Kept kept;

    private record Kept(long count, long untilNanos) {
    }

    public long get() {
        long now = System.nanoTime();
        Kept current = kept;
        if (current == null || current.untilNanos() - now <= 0) {
            current = new Kept(hospitals.count(), now + KEPT.toNanos());
            kept = current;
        }
        return current.count();
    }
}
