package org.externship.portal.listing.view;

import org.externship.portal.listing.boundary.SearchCriteria;
import org.externship.portal.listing.boundary.SearchSort;
import org.externship.portal.listing.entity.ClinicalSetting;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A saved search opens as the address it was saved from: criteria to address and back give the same search. */
class SearchParametersOfCriteriaTest {

    private static final YearMonth THIS_MONTH = YearMonth.of(2027, 1);

    @Test
    void theAddressOfSavedCriteriaIsTheSameSearch() {
        SearchCriteria criteria = SearchCriteria.any().withText("wards & rounds").withSpecialty(Specialty.PEDIATRICS)
                .withSetting(ClinicalSetting.OUTPATIENT).withLocation("NY", "Brooklyn").withWeeks(2, 8)
                .withStartMonth(THIS_MONTH.plusMonths(2)).withMaxFeeCents(50_000L).withVisa(VisaStatus.B1)
                .withSort(SearchSort.FEE);

        SearchParameters opened = SearchParameters.ofCriteria(criteria, true);
        String query = opened.query(1);
        SearchParameters read = SearchParameters.ofQuery(query.substring(1), THIS_MONTH);

        assertEquals(criteria, read.criteria());
        assertTrue(read.qualified());
        assertTrue(read.problems().isEmpty(), read.problems()::toString);
    }

    @Test
    void theEmptySearchIsTheBareSearchPage() {
        assertEquals("", SearchParameters.ofCriteria(SearchCriteria.any(), false).query(1));
    }
}
