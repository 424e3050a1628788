package org.externship.portal.listing.view;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchPagerTest {

    @Test
    void aMiddlePageOffersItsNeighboursTheEndsAndGaps() {
        SearchPager pager = SearchPager.of(10, 10, 195);

        assertEquals(20, pager.pages());
        assertEquals(90, pager.first());
        assertEquals(91, pager.firstRow());
        assertEquals(100, pager.lastRow());
        assertEquals("1 … 8 9 [10] 11 12 … 20", shown(pager));
        assertTrue(pager.hasPrevious());
        assertTrue(pager.hasNext());
    }

    @Test
    void nearTheEndsNoGapIsShownForASinglePage() {
        assertEquals("[1] 2 3 … 20", shown(SearchPager.of(1, 10, 200)));
        assertEquals("1 2 3 [4] 5 6 … 20", shown(SearchPager.of(4, 10, 200)));
        assertEquals("1 … 16 17 [18] 19 20", shown(SearchPager.of(18, 10, 200)));
    }

    @Test
    void theLastPageMayBeShort() {
        SearchPager last = SearchPager.of(3, 10, 23);

        assertEquals(21, last.firstRow());
        assertEquals(23, last.lastRow());
        assertFalse(last.hasNext());
        assertEquals("1 2 [3]", shown(last));
    }

    @Test
    void aPagePastTheLastShowsTheLast() {
        SearchPager pager = SearchPager.of(99, 10, 23);

        assertEquals(3, pager.page());
        assertEquals(20, pager.first());
    }

    @Test
    void noResultsIsOneEmptyPageWithoutPaging() {
        SearchPager none = SearchPager.of(5, 10, 0);

        assertEquals(1, none.page());
        assertEquals(0, none.firstRow());
        assertEquals(0, none.lastRow());
        assertFalse(none.paged());
        assertFalse(none.hasPrevious());
        assertFalse(none.hasNext());
        assertEquals(List.of(new SearchPager.Link(1, true)), none.links());
    }

    private static String shown(SearchPager pager) {
        return String.join(" ", pager.links().stream()
                .map(link -> link.gap() ? "…" : link.current() ? "[" + link.number() + "]" : "" + link.number())
                .toList());
    }
}
