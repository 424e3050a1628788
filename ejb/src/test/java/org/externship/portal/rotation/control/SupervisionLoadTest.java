package org.externship.portal.rotation.control;

import org.externship.portal.rotation.control.SupervisionLoad.Span;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Externs at once: the busiest day of a placement, its own extern included, overlaps counted day by day. */
class SupervisionLoadTest {

    private static final LocalDate MARCH = LocalDate.of(2027, 3, 1);

    @Test
    void aPlacementAloneIsOneExtern() {
        assertEquals(new SupervisionLoad.Peak(1, MARCH), SupervisionLoad.peak(weeks(0, 4), List.of()));
    }

    @Test
    void placementsThatOverlapTheSameDaysAddUp() {
        SupervisionLoad.Peak peak = SupervisionLoad.peak(weeks(0, 4), List.of(weeks(2, 4), weeks(3, 4)));
        assertEquals(3, peak.externs());
        assertEquals(MARCH.plusWeeks(3), peak.from(), "from the day the third one starts");
    }

    @Test
    void placementsThatDoNotOverlapEachOtherDoNotAddUp() {
        // both overlap the placement, but one ends before the other starts: two at once at most
        SupervisionLoad.Peak peak = SupervisionLoad.peak(weeks(0, 8), List.of(weeks(0, 2), weeks(4, 2)));
        assertEquals(2, peak.externs());
        assertEquals(MARCH, peak.from());
    }

    @Test
    void theLastDayCountsTheFirstDayAfterDoesNot() {
        Span march = new Span(MARCH, MARCH.plusDays(27));
        assertEquals(2, SupervisionLoad.peak(march, List.of(new Span(MARCH.plusDays(27), MARCH.plusDays(40))))
                .externs());
        assertEquals(1, SupervisionLoad.peak(march, List.of(new Span(MARCH.plusDays(28), MARCH.plusDays(40))))
                .externs());
        assertEquals(2, SupervisionLoad.peak(march, List.of(new Span(MARCH.minusDays(10), MARCH))).externs(),
                "one that began earlier and ends on the first day");
    }

    private static Span weeks(int fromWeek, int weeks) {
        LocalDate first = MARCH.plusWeeks(fromWeek);
        return new Span(first, first.plusWeeks(weeks).minusDays(1));
    }
}
