package org.externship.portal.listing.view;

import org.externship.portal.listing.boundary.SearchCriteria;
import org.externship.portal.listing.boundary.SearchSort;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchParametersTest {

    private static final YearMonth THIS_MONTH = YearMonth.of(2027, 1);

    /** A search with every filter set, which each bad value below spoils one part of. */
    private static final Map<String, String> GOOD = Map.ofEntries(Map.entry("q", "wards"),
            Map.entry("specialty", "PEDIATRICS"), Map.entry("type", "OBSERVATIONAL"),
            Map.entry("setting", "OUTPATIENT"), Map.entry("state", "NY"), Map.entry("city", "Albany"),
            Map.entry("minWeeks", "2"),
            Map.entry("maxWeeks", "8"), Map.entry("month", "2027-03"), Map.entry("maxFee", "500"),
            Map.entry("visa", "B1"), Map.entry("sort", "FEE"), Map.entry("page", "2"));

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("org.externship.portal.web.messages",
            Locale.US);

    @Test
    void theUrlBecomesTheCriteria() {
        SearchParameters parameters = of(Map.of("q", " wards ", "specialty", "PEDIATRICS", "state", "ny",
                "minWeeks", "2", "maxWeeks", "8", "month", "2027-03", "maxFee", "0", "visa", "B1", "sort", "FEE"));
        SearchCriteria criteria = parameters.criteria();

        assertEquals("wards", criteria.text());
        assertEquals(Specialty.PEDIATRICS, criteria.specialty());
        assertEquals("NY", criteria.state());
        assertEquals(2, criteria.minWeeks());
        assertEquals(8, criteria.maxWeeks());
        assertEquals(YearMonth.of(2027, 3), criteria.startMonth());
        assertEquals(0L, criteria.maxFeeCents());
        assertEquals(VisaStatus.B1, criteria.visa());
        assertEquals(SearchSort.FEE, criteria.sort());
        assertEquals(List.of(), parameters.problems());
        assertFalse(parameters.qualified());
        assertTrue(of(Map.of("qualified", "on")).qualified());
    }

    @Test
    void eachValueThatCannotBeSearchedForIsSaidBesideItsFilterAndTheOtherFiltersStay() {
        SearchCriteria good = of(GOOD).criteria();
        assertEquals(List.of(), of(GOOD).problems());

        assertAll(
                () -> leftOut("state", "XYZ", good.withLocation(null, "Albany"),
                        "\u201cXYZ\u201d is not a US state or territory. Choose one from the list; for now every state"
                                + " is shown."),
                () -> leftOut("state", "New York", good.withLocation(null, "Albany"),
                        "\u201cNew York\u201d is not a US state or territory. Choose one from the list; for now every"
                                + " state is shown."),
                () -> leftOut("maxFee", "-5", good.withMaxFeeCents(null),
                        "The highest fee can be from US$ 0 to US$ 1,000,000, so \u201c-5\u201d cannot be used. Enter 0"
                                + " for externships without a fee; for now fees are not limited."),
                () -> leftOut("maxFee", "cheap", good.withMaxFeeCents(null),
                        "\u201ccheap\u201d is not an amount in US dollars. Enter a whole number, 0 for externships"
                                + " without a fee; for now fees are not limited."),
                () -> leftOut("specialty", "ASTROLOGY", good.withSpecialty(null),
                        "The portal has no specialty \u201cASTROLOGY\u201d. Choose one from the list; for now every"
                                + " specialty is shown."),
                () -> leftOut("type", "SHADOWING", good.withType(null),
                        "The portal has no type of externship \u201cSHADOWING\u201d. Choose one from the list; for now"
                                + " every type is shown."),
                () -> leftOut("setting", "SPACE", good.withSetting(null),
                        "The portal has no setting \u201cSPACE\u201d. Choose one from the list; for now every setting"
                                + " is shown."),
                () -> leftOut("visa", "H1Z", good.withVisa(null),
                        "The portal has no visa status \u201cH1Z\u201d. Choose one from the list; for now externships"
                                + " for every visa status are shown."),
                () -> leftOut("sort", "random", good.withSort(null),
                        "The results cannot be sorted by \u201crandom\u201d. Choose an order from the list; for now the"
                                + " soonest start comes first."),
                () -> leftOut("minWeeks", "0", good.withWeeks(null, 8),
                        "A duration of 0 weeks cannot be searched for. Enter a number from 1 to 52; for now this"
                                + " filter is left out."),
                () -> leftOut("maxWeeks", "60", good.withWeeks(2, null),
                        "A duration of 60 weeks cannot be searched for. Enter a number from 1 to 52; for now this"
                                + " filter is left out."),
                () -> leftOut("maxWeeks", "99999999999999999999", good.withWeeks(2, null),
                        "A duration of 99999999999999999999 weeks cannot be searched for. Enter a number from 1 to 52;"
                                + " for now this filter is left out."),
                () -> leftOut("maxWeeks", "many", good.withWeeks(2, null),
                        "\u201cmany\u201d is not a number of weeks. Enter a whole number from 1 to 52; for now this"
                                + " filter is left out."),
                () -> leftOut("minWeeks", "4.5", good.withWeeks(null, 8),
                        "\u201c4.5\u201d is not a number of weeks. Enter a whole number from 1 to 52; for now this"
                                + " filter is left out."),
                () -> leftOut("maxWeeks", "1", good.withWeeks(2, null),
                        "The longest duration (1 week) is shorter than the shortest (2 weeks). Enter 2 or more here;"
                                + " for now only the shortest duration applies."),
                () -> leftOut("month", "March", good.withStartMonth(null),
                        "\u201cMarch\u201d is not a month. Choose one from the list; for now every start date is"
                                + " shown."),
                () -> leftOut("month", "2026-12", good.withStartMonth(null),
                        "December 2026 has passed. Choose a month from the list; for now every start date is shown."),
                () -> leftOut("month", "2028-02", good.withStartMonth(null),
                        "February 2028 is too far ahead: the search looks at this month and the next 12. Choose a"
                                + " month from the list; for now every start date is shown."));
    }

    @Test
    void theLastOfferedMonthsAreSearchedFor() {
        assertEquals(YearMonth.of(2027, 1), of(Map.of("month", "2027-01")).month());
        assertEquals(YearMonth.of(2028, 1), of(Map.of("month", "2028-01")).month());
        assertEquals(List.of(), of(Map.of("month", "2028-01")).problems());
    }

    @Test
    void aPageThatMakesNoSenseIsTheFirstAndSaysSo() {
        assertEquals(1, of(Map.of()).page());
        for (String page : List.of("0", "two", "-3")) {
            SearchParameters parameters = of(with("page", page));
            assertEquals(1, parameters.page(), page);
            assertEquals(of(GOOD).criteria(), parameters.criteria(), "the rest of the search stays");
            assertEquals("Pages of results are numbered from 1, so there is no page \u201c" + page + "\u201d; the"
                    + " first page is shown.", words(parameters.problem("page")));
        }
        assertEquals(SearchParameters.MAX_PAGE, of(Map.of("page", "1000000000")).page(),
                "a page past the last: the pager shows the last");
        assertEquals(SearchParameters.MAX_PAGE, of(Map.of("page", "99999999999999999999")).page());
        assertEquals(List.of(), of(Map.of("page", "1000000000")).problems());
        assertEquals(7, of(Map.of("page", "007")).page());
    }

    @Test
    void whatTheSearchViewSaysAtTheTopOfTheFormReadsWell() {
        assertEquals("This search has only one page of results now, so there is no page 9; the last page is shown.",
                words(new SearchParameters.Problem("page", "search.problem.pageBeyond", 9, 1)));
        assertEquals("This search has only 3 pages of results now, so there is no page 12000; the last page is"
                + " shown.", words(new SearchParameters.Problem("page", "search.problem.pageBeyond", 12000, 3)));
        assertEquals("\u201cOnly externships I qualify for\u201d is for students who are signed in and have filled in"
                + " their clinical passport, so it was left out.",
                words(new SearchParameters.Problem("qualified", "search.problem.qualified")));
    }

    @Test
    void tooLongTextIsCutAndSaysSo() {
        SearchParameters parameters = of(Map.of("q", "a".repeat(250), "city", "b".repeat(81), "state", "NY"));

        assertEquals("a".repeat(SearchCriteria.MAX_TEXT), parameters.text());
        assertEquals("b".repeat(SearchCriteria.MAX_CITY), parameters.city());
        assertEquals("NY", parameters.criteria().state());
        assertEquals("Only the first 200 characters of your search words were used.",
                words(parameters.problem("q")));
        assertEquals("Only the first 80 characters of the city were used.", words(parameters.problem("city")));
    }

    @Test
    void aLongOrStrangeValueIsQuotedShortAndPrintable() {
        String quoted = (String) of(Map.of("specialty", "X".repeat(500))).problem("specialty").arguments().get(0);
        assertEquals("X".repeat(SearchParameters.QUOTED) + "\u2026", quoted);

        assertEquals("\u201ca?b?c\u201d is not a US state or territory. Choose one from the list; for now every state"
                + " is shown.", words(of(Map.of("state", "a\u0007b\u202ec")).problem("state")));
    }

    @Test
    void severalValuesThatCannotBeUsedAreEachSaidInTheOrderOfTheForm() {
        SearchParameters parameters = of(Map.of("specialty", "DENTISTRY", "state", "New York", "minWeeks", "0",
                "maxWeeks", "many", "month", "March", "maxFee", "-5", "sort", "random", "q", " ", "page", "x"));

        assertEquals(SearchCriteria.any(), parameters.criteria());
        assertEquals(List.of("specialty", "state", "minWeeks", "maxWeeks", "month", "maxFee", "sort", "page"),
                parameters.problems().stream().map(SearchParameters.Problem::parameter).toList());
        for (SearchParameters.Problem problem : parameters.problems()) {
            String words = words(problem);
            assertTrue(MESSAGES.containsKey(problem.messageKey()), problem.messageKey());
            assertFalse(words.matches("(?s).*(\\{|}|must|null|search\\.problem|_).*"), words);
        }
    }

    @Test
    void aSpecialtyInSmallLettersIsStillTheSpecialty() {
        assertEquals(Specialty.CARDIOLOGY, of(Map.of("specialty", "cardiology")).specialty());
        assertEquals(List.of(), of(Map.of("specialty", "cardiology", "state", " ny ")).problems());
    }

    @Test
    void dollarsBecomeCents() {
        assertEquals(150_000L, of(Map.of("maxFee", "1500")).criteria().maxFeeCents());
    }

    @Test
    void theQueryStringCarriesTheSearchToAnotherPage() {
        SearchParameters parameters = of(Map.of("q", "heart & lungs", "specialty", "cardiology",
                "maxFee", "1500", "qualified", "on", "page", "3", "city", "São Paulo", "foo", "bar"));

        assertEquals(3, parameters.page());
        assertEquals("?q=heart+%26+lungs&specialty=CARDIOLOGY&city=S%C3%A3o+Paulo&maxFee=1500&qualified=on",
                parameters.query(1));
        assertEquals("?q=heart+%26+lungs&specialty=CARDIOLOGY&city=S%C3%A3o+Paulo&maxFee=1500&qualified=on&page=4",
                parameters.query(4));
        assertEquals("", of(Map.of()).query(1));
        assertEquals("?page=2", of(Map.of()).query(2));
        assertEquals("?state=PR", of(Map.of("state", "pr")).query(1));
    }

    @Test
    void anExternshipsPageLeadsBackToTheSearchItWasOpenedFrom() {
        SearchParameters search = of(Map.of("q", "heart & lungs", "specialty", "PEDIATRICS", "state", "NY",
                "maxFee", "0", "page", "2"));
        String carried = search.carriedAlong(search.page());
        assertEquals("&search=q%3Dheart%2B%2526%2Blungs%26specialty%3DPEDIATRICS%26state%3DNY%26maxFee%3D0%26page%3D2",
                carried);
        assertEquals("", of(Map.of()).carriedAlong(1));

        // the externship page's request parameter arrives decoded once
        String parameter = URLDecoder.decode(carried.substring("&search=".length()), StandardCharsets.UTF_8);
        assertEquals("/externships.xhtml" + search.query(2), back(parameter));
        assertEquals("/externships.xhtml", back(null));
        assertEquals("/externships.xhtml", back(""));
    }

    @Test
    void theWayBackLeadsToThisSitesSearchOnly() {
        assertEquals("/externships.xhtml", back("https://evil.example/phish"));
        assertEquals("/externships.xhtml", back("//evil.example"));
        assertEquals("/externships.xhtml", back("next=https://evil.example&redirect=//evil.example"));
        assertEquals("/externships.xhtml?page=2", back("page=2&next=https://evil.example"));
        assertEquals("/externships.xhtml?q=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E",
                back("q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E"), "text goes back encoded, never as markup");
        assertEquals("/externships.xhtml?state=NY", back("q=%zz&state=NY"), "a broken escape is left out");
        assertEquals("/externships.xhtml?state=NY", back("state=NY&state=CA"), "the first of a repeated parameter");
        assertEquals("/externships.xhtml?maxWeeks=8", back("state=XYZ&maxWeeks=8"), "what cannot be used stays out");
        assertEquals("/externships.xhtml", back("state=NY&q=" + "x".repeat(SearchParameters.MAX_QUERY)));
    }

    /** Replacing {@code name} in the good search by {@code value} leaves only that part out, and says so. */
    private static void leftOut(String name, String value, SearchCriteria expected, String message) {
        SearchParameters parameters = of(with(name, value));

        assertEquals(expected, parameters.criteria(), name + "=" + value + ": the other filters stay");
        assertEquals(2, parameters.page(), name + "=" + value + ": the page stays");
        assertEquals(1, parameters.problems().size(), name + "=" + value + ": " + parameters.problems());
        assertEquals(name, parameters.problems().get(0).parameter());
        assertEquals(message, words(parameters.problem(name)));
        assertFalse(parameters.query(1).contains(name + "="), "what was left out does not go on to other pages");
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> parameters = new HashMap<>(GOOD);
        parameters.put(name, value);
        return parameters;
    }

    private static SearchParameters of(Map<String, String> parameters) {
        return SearchParameters.of(parameters, THIS_MONTH);
    }

    private static String back(String carried) {
        return SearchParameters.backToSearch(carried, THIS_MONTH);
    }

    /** A problem as the page says it (as {@code Feedback.text} formats it). */
    private static String words(SearchParameters.Problem problem) {
        UnaryOperator<String> format = pattern -> problem.arguments().isEmpty() ? pattern
                : new MessageFormat(pattern, Locale.US).format(problem.arguments().toArray());
        return format.apply(MESSAGES.getString(problem.messageKey()));
    }
}
