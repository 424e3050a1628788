package org.externship.portal.savedsearch.boundary;

import org.externship.portal.listing.boundary.SearchCriteria;

import java.time.Instant;

/**
 * One of the student's saved searches: its name, what it looks for, whether alerts are on and when it was saved.
 *
 * @param criteria  the search's criteria (never with qualifications)
 * @param qualified only externships the student qualifies for
 */
public record SavedSearchDto(long id, String name, SearchCriteria criteria, boolean qualified, boolean alerts,
                             Instant savedAt) {
}
