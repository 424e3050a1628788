package org.externship.portal.compliance.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void verifiedEvidenceWarnsThirtyDaysAheadAndLapsesAfterItsLastDay() {
        assertEquals(Standing.VERIFIED, Standing.of(ItemStatus.VERIFIED, null, TODAY), "never expires");
        assertEquals(Standing.VERIFIED, Standing.of(ItemStatus.VERIFIED, TODAY.plusDays(31), TODAY));
        assertEquals(Standing.EXPIRING, Standing.of(ItemStatus.VERIFIED, TODAY.plusDays(30), TODAY));
        assertEquals(Standing.EXPIRING, Standing.of(ItemStatus.VERIFIED, TODAY, TODAY), "valid on its last day");
        assertEquals(Standing.LAPSED, Standing.of(ItemStatus.VERIFIED, TODAY.minusDays(1), TODAY));
    }

    @Test
    void evidenceNotVerifiedStandsAsItsStatusSays() {
        assertEquals(Standing.MISSING, Standing.of(null, null, TODAY));
        assertEquals(Standing.MISSING, Standing.of(ItemStatus.MISSING, TODAY.plusDays(3), TODAY));
        assertEquals(Standing.SUBMITTED, Standing.of(ItemStatus.SUBMITTED, TODAY.plusDays(3), TODAY));
        assertEquals(Standing.REJECTED, Standing.of(ItemStatus.REJECTED, null, TODAY));
        assertEquals(Standing.LAPSED, Standing.of(ItemStatus.SUBMITTED, TODAY.minusDays(1), TODAY));
    }

    @Test
    void onlyVerifiedEvidenceThatHasNotLapsedIsMet() {
        assertTrue(Standing.VERIFIED.met());
        assertTrue(Standing.EXPIRING.met());
        for (Standing s : new Standing[]{Standing.MISSING, Standing.SUBMITTED, Standing.REJECTED, Standing.LAPSED}) {
            assertFalse(s.met(), s.name());
        }
    }
}
