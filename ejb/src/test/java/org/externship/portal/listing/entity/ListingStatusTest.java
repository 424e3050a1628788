package org.externship.portal.listing.entity;

import org.externship.portal.listing.entity.PeriodDraft;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.testing.Postings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.externship.portal.listing.entity.ListingStatus.CLOSED;
import static org.externship.portal.listing.entity.ListingStatus.DRAFT;
import static org.externship.portal.listing.entity.ListingStatus.PAUSED;
import static org.externship.portal.listing.entity.ListingStatus.PUBLISHED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The listing's state machine: the whole transition table, and the externship refusing what it does not allow. */
class ListingStatusTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DRAFT     | PUBLISHED,CLOSED
            PUBLISHED | PAUSED,CLOSED
            PAUSED    | PUBLISHED,CLOSED
            CLOSED    |
            """)
    void eachStatusMayBeFollowedOnlyByThese(ListingStatus from, String allowed) {
        Set<ListingStatus> expected = allowed == null ? EnumSet.noneOf(ListingStatus.class)
                : Arrays.stream(allowed.split(",")).map(ListingStatus::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ListingStatus.class)));
        assertEquals(expected, from.next());
        for (ListingStatus to : ListingStatus.values()) {
            assertEquals(expected.contains(to), from.canMoveTo(to), from + " -> " + to);
        }
    }

    @Test
    void anExternshipRefusesAMoveTheTableDoesNotAllowAndKeepsItsStatus() {
        Externship externship = withPeriods(List.of(period()));
        externship.changeStatus(CLOSED, Instant.now());

        NotAllowedException refused = assertThrows(NotAllowedException.class,
                () -> externship.changeStatus(PUBLISHED, Instant.now()));

        assertEquals("listing.transition", refused.messageKey());
        assertEquals(CLOSED, externship.status());
    }

    @Test
    void aDraftIsPublishedPausedAndPublishedAgain() {
        Externship externship = withPeriods(List.of(period()));
        for (ListingStatus next : List.of(PUBLISHED, PAUSED, PUBLISHED, CLOSED)) {
            externship.changeStatus(next, Instant.now());
            assertEquals(next, externship.status());
        }
    }

    @Test
    void publishingNeedsARotationPeriod() {
        Externship externship = withPeriods(List.of());

        assertEquals("listing.needsPeriod", assertThrows(NotAllowedException.class,
                () -> externship.changeStatus(PUBLISHED, Instant.now())).messageKey());
        assertEquals(DRAFT, externship.status());
    }

    private static Externship withPeriods(List<PeriodDraft> periods) {
        return new Externship(Postings.draft("Wards", "Four weeks on the wards.", periods), Instant.now());
    }

    private static PeriodDraft period() {
        LocalDate start = LocalDate.now().plusMonths(3);
        return new PeriodDraft(null, start, start.plusWeeks(4), 2);
    }
}
