package org.externship.portal.savedsearch.view;

import org.externship.portal.listing.boundary.SearchCriteria;
import org.externship.portal.listing.entity.ExternshipType;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A saved search is named and described in the words of the page's own filters, never in codes. */
class SearchInWordsTest {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("org.externship.portal.web.messages",
            Locale.ENGLISH);
    private static final SearchInWords.Texts TEXTS = (key, arguments) ->
            new MessageFormat(MESSAGES.getString(key), Locale.ENGLISH).format(arguments);

    @Test
    void everyFilterInWords() {
        SearchCriteria criteria = SearchCriteria.any().withText("cardiology").withSpecialty(Specialty.PEDIATRICS)
                .withType(ExternshipType.HANDS_ON_CLINICAL).withLocation("NY", "Brooklyn").withWeeks(4, 8)
                .withStartMonth(YearMonth.of(2027, 3)).withMaxFeeCents(150_000L).withVisa(VisaStatus.B1);

        String words = SearchInWords.of(criteria, true, TEXTS);

        assertEquals("\u201ccardiology\u201d \u00b7 " + MESSAGES.getString("specialty.PEDIATRICS") + " \u00b7 "
                + MESSAGES.getString("externshipType.HANDS_ON_CLINICAL") + " \u00b7 in Brooklyn, New York \u00b7 "
                + "4 to 8 weeks \u00b7 starting in March 2027 \u00b7 fee up to US$ 1,500 \u00b7 accepts "
                + MESSAGES.getString("visa.B1") + " \u00b7 only ones I qualify for", words);
    }

    @Test
    void theEmptySearchAndSingleBounds() {
        assertEquals("All open externships", SearchInWords.of(SearchCriteria.any(), false, TEXTS));
        assertEquals("in Texas \u00b7 at least 1 week \u00b7 no fee", SearchInWords.of(SearchCriteria.any()
                .withLocation("TX", null).withWeeks(1, null).withMaxFeeCents(0L), false, TEXTS));
        assertEquals("at most 6 weeks", SearchInWords.of(SearchCriteria.any().withWeeks(null, 6), false, TEXTS));
    }

    @Test
    void aLongNameIsCutBetweenWords() {
        SearchCriteria criteria = SearchCriteria.any().withText("x".repeat(100)).withSpecialty(Specialty.PEDIATRICS)
                .withLocation("NY", "Brooklyn");
        String name = SearchInWords.name(criteria, false, TEXTS, 120);
        assertTrue(name.length() <= 120, name);
        assertEquals("\u201c" + "x".repeat(100) + "\u201d \u00b7 " + MESSAGES.getString("specialty.PEDIATRICS"),
                name);

        String one = SearchInWords.name(SearchCriteria.any().withText("y".repeat(200)), false, TEXTS, 120);
        assertEquals(120, one.length());
        assertTrue(one.endsWith("\u2026"), one);
    }
}
