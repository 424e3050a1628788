package org.externship.portal.shared.view;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A link of a pager of plain links (the review queue, the reports' tables): a page's number and address, whether it
 * is the page shown, and its role (a numbered page, or first / previous / next / last, absent where they would lead
 * nowhere). Every page has an address of its own, so a bookmark or a reload opens the same page.
 */
public record PageLink(int page, String address, boolean current, Kind kind) implements Serializable {

    /** What a link of the pager is. */
    public enum Kind { FIRST, PREVIOUS, NUMBER, NEXT, LAST }

    /** At most this many numbered pages, around the one shown. */
    static final int NUMBERS = 10;

    /** The pager of page {@code current} of {@code last}: first and previous, the numbers around it, next and last. */
    public static List<PageLink> around(int current, int last, IntFunction<String> address) {
        List<PageLink> links = new ArrayList<>();
        if (last <= 1) {
            return links;
        }
        if (current > 1) {
            links.add(new PageLink(1, address.apply(1), false, Kind.FIRST));
            links.add(new PageLink(current - 1, address.apply(current - 1), false, Kind.PREVIOUS));
        }
        int from = Math.max(1, Math.min(current - NUMBERS / 2, last - NUMBERS + 1));
        int to = Math.min(last, from + NUMBERS - 1);
        for (int page = from; page <= to; page++) {
            links.add(new PageLink(page, address.apply(page), page == current, Kind.NUMBER));
        }
        if (current < last) {
            links.add(new PageLink(current + 1, address.apply(current + 1), false, Kind.NEXT));
            links.add(new PageLink(last, address.apply(last), false, Kind.LAST));
        }
        return links;
    }
}
