package org.externship.portal.shared;

import org.externship.portal.shared.view.PageLink;
import org.externship.portal.shared.view.PageLink.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageLinkTest {

    @Test
    void oneOrNoPageHasNoPager() {
        assertTrue(PageLink.around(1, 1, page -> "?page=" + page).isEmpty());
        assertTrue(PageLink.around(1, 0, page -> "?page=" + page).isEmpty());
    }

    @Test
    void theFirstPageLeadsOnlyForward() {
        List<PageLink> links = PageLink.around(1, 3, page -> "?page=" + page);
        assertEquals(List.of(Kind.NUMBER, Kind.NUMBER, Kind.NUMBER, Kind.NEXT, Kind.LAST),
                links.stream().map(PageLink::kind).toList());
        assertTrue(links.get(0).current());
        assertEquals("?page=2", links.get(3).address());
        assertEquals("?page=3", links.get(4).address());
    }

    @Test
    void aMiddlePageShowsTenNumbersAroundItself() {
        List<PageLink> links = PageLink.around(50, 100, page -> "?page=" + page);
        List<Integer> numbers = links.stream().filter(link -> link.kind() == Kind.NUMBER).map(PageLink::page).toList();
        assertEquals(List.of(45, 46, 47, 48, 49, 50, 51, 52, 53, 54), numbers);
        assertEquals(Kind.FIRST, links.get(0).kind());
        assertEquals(49, links.get(1).page(), "previous");
        assertEquals(100, links.get(links.size() - 1).page(), "last");
        assertEquals(1, links.stream().filter(PageLink::current).count());
    }

    @Test
    void theLastPageShowsTheTenBeforeIt() {
        List<Integer> numbers = PageLink.around(24, 24, page -> "").stream()
                .filter(link -> link.kind() == Kind.NUMBER).map(PageLink::page).toList();
        assertEquals(List.of(15, 16, 17, 18, 19, 20, 21, 22, 23, 24), numbers);
    }
}
