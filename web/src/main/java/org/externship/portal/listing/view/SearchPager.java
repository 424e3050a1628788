package org.externship.portal.listing.view;

import java.util.ArrayList;
import java.util.List;

/**
 * The pages of a search's results: which rows this page shows and the page numbers to offer, as plain links (the
 * page number is part of the URL, like the rest of the search). Far-away pages are left out: the first, the last,
 * and two either side of this one are offered, with a gap where pages are skipped.
 *
 * @param page     this page, from 1, never past the last
 * @param size     rows per page
 * @param total    how many rows the search found
 */
public record SearchPager(int page, int size, long total) {

    /** Pages offered either side of this one. */
    static final int AROUND = 2;

    public SearchPager {
        if (size < 1 || page < 1 || total < 0) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " for " + total + " rows");
        }
    }

    /** A page number to offer, or a gap (number 0) where pages are skipped. */
    public record Link(int number, boolean current) {

        public boolean gap() {
            return number == 0;
        }
    }

    /** The page for {@code requested} (from 1), or the last one when the results have fewer pages. */
    public static SearchPager of(int requested, int size, long total) {
        SearchPager unclamped = new SearchPager(Math.max(1, requested), size, total);
        return unclamped.page <= unclamped.pages() ? unclamped : new SearchPager(unclamped.pages(), size, total);
    }

    /** How many pages the results fill; at least one (which may be empty). */
    public int pages() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (total + size - 1) / size));
    }

    /** The position of this page's first row, from 0, for the query. */
    public int first() {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
    }

    /** The number of this page's first row, from 1 ("21–30 of 87"). */
    public long firstRow() {
        return total == 0 ? 0 : (long) (page - 1) * size + 1;
    }

    /** The number of this page's last row. */
    public long lastRow() {
        return Math.min(total, (long) page * size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** Whether there is more than one page to move between. */
    public boolean paged() {
        return pages() > 1;
    }

    /** 1 … 4 5 [6] 7 8 … 20. */
    public List<Link> links() {
        int last = pages();
        List<Link> links = new ArrayList<>();
        int from = Math.max(1, page - AROUND);
        int to = Math.min(last, page + AROUND);
        if (from > 1) {
            links.add(new Link(1, false));
            if (from > 2) {
                links.add(new Link(0, false));
            }
        }
        for (int number = from; number <= to; number++) {
            links.add(new Link(number, number == page));
        }
        if (to < last) {
            if (to < last - 1) {
                links.add(new Link(0, false));
            }
            links.add(new Link(last, false));
        }
        return links;
    }
}
