package org.externship.portal.listing.view;

import org.externship.portal.listing.boundary.SearchCriteria;
import org.externship.portal.listing.boundary.SearchSort;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchParametersTest {

    @Test
    void theUrlBecomesTheCriteria() {
        SearchCriteria criteria = SearchParameters.of(Map.of("q", " wards ", "specialty", "PEDIATRICS", "state", "ny",
                "minWeeks", "2", "maxWeeks", "8", "month", "2027-03", "maxFee", "0", "visa", "B1", "sort", "FEE"))
                .criteria();

        assertEquals("wards", criteria.text());
        assertEquals(Specialty.PEDIATRICS, criteria.specialty());
        assertEquals("NY", criteria.state());
        assertEquals(2, criteria.minWeeks());
        assertEquals(8, criteria.maxWeeks());
        assertEquals(YearMonth.of(2027, 3), criteria.startMonth());
        assertEquals(0L, criteria.maxFeeCents());
        assertEquals(VisaStatus.B1, criteria.visa());
        assertEquals(SearchSort.FEE, criteria.sort());
    }

    @Test
    void valuesThatMakeNoSenseAreIgnored() {
        SearchParameters parameters = SearchParameters.of(Map.of("specialty", "DENTISTRY", "state", "New York",
                "minWeeks", "0", "maxWeeks", "many", "month", "March", "maxFee", "-5", "sort", "random", "q", " "));

        assertEquals(SearchCriteria.any(), parameters.criteria());
        assertFalse(parameters.qualified());
        assertTrue(SearchParameters.of(Map.of("qualified", "on")).qualified());
    }

    @Test
    void dollarsBecomeCents() {
        assertEquals(150_000L, SearchParameters.of(Map.of("maxFee", "1500")).criteria().maxFeeCents());
    }

    @Test
    void theQueryStringCarriesTheSearchToAnotherPage() {
        SearchParameters parameters = SearchParameters.of(Map.of("q", "heart & lungs", "specialty", "cardiology",
                "maxFee", "1500", "qualified", "on", "page", "3", "city", "São Paulo", "foo", "bar"));

        assertEquals(3, parameters.page());
        assertEquals("?q=heart+%26+lungs&specialty=CARDIOLOGY&city=S%C3%A3o+Paulo&maxFee=1500&qualified=on",
                parameters.query(1));
        assertEquals("?q=heart+%26+lungs&specialty=CARDIOLOGY&city=S%C3%A3o+Paulo&maxFee=1500&qualified=on&page=4",
                parameters.query(4));
        assertEquals("", SearchParameters.of(Map.of()).query(1));
        assertEquals("?page=2", SearchParameters.of(Map.of()).query(2));
    }

    @Test
    void aPageThatMakesNoSenseIsTheFirst() {
        assertEquals(1, SearchParameters.of(Map.of()).page());
        assertEquals(1, SearchParameters.of(Map.of("page", "0")).page());
        assertEquals(1, SearchParameters.of(Map.of("page", "two")).page());
        assertEquals(1, SearchParameters.of(Map.of("page", "1000000000")).page());
    }
}
