package org.externship.portal.savedsearch.control;

import org.externship.portal.listing.boundary.SearchCriteria;
import org.externship.portal.listing.boundary.SearchSort;
import org.externship.portal.savedsearch.entity.SearchTerms;

/** A saved search's terms as the search's criteria, and back (the student's qualifications are never kept). */
public final class SearchTermsMapping {

    private SearchTermsMapping() {
    }

    public static SearchTerms terms(SearchCriteria c, boolean qualified) {
        return new SearchTerms(c.text(), c.specialty(), c.type(), c.setting(), c.state(), c.city(), c.minWeeks(),
                c.maxWeeks(), c.startMonth(), c.maxFeeCents(), c.visa(), qualified,
                c.sort() == SearchSort.START ? null : c.sort().name());
    }

    /** The criteria of {@code t}; a kept order the search no longer has is its default. */
    public static SearchCriteria criteria(SearchTerms t) {
        return new SearchCriteria(t.text(), t.specialty(), t.type(), t.setting(), t.state(), t.city(), t.minWeeks(),
                t.maxWeeks(), t.startMonth(), t.maxFeeCents(), t.visa(), null, sort(t.sort()));
    }

    private static SearchSort sort(String name) {
        if (name == null) {
            return null;
        }
        try {
            return SearchSort.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
