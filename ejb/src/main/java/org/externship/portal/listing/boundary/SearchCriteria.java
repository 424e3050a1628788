package org.externship.portal.listing.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.externship.portal.listing.entity.ClinicalSetting;
import org.externship.portal.listing.entity.ExternshipType;
import org.externship.portal.qualification.entity.Qualifications;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;
import org.externship.portal.shared.boundary.Text;
import org.externship.portal.shared.entity.UsStateCode;

import java.time.YearMonth;

/**
 * What a visitor searches for; every part is optional (null: any). Refused when a part cannot be searched for (the
 * search page points such values out before it asks: {@code SearchParameters} of the web module).
 *
 * @param text          words in the title, description, hospital name or city
 * @param state         two-letter code of a US state ({@link org.externship.portal.shared.entity.UsState})
 * @param minWeeks      shortest duration in weeks
 * @param maxWeeks      longest duration in weeks
 * @param startMonth    a rotation period starts in this month
 * @param maxFeeCents   the highest fee in US cents; 0: only externships without a fee
 * @param visa          the externship accepts this visa status (or any)
 * @param qualifiedFor  only externships these qualifications meet for at least one upcoming period
 * @param sort          the order of the results; null: soonest start first
 */
public record SearchCriteria(
        @Size(max = MAX_TEXT, message = "{portal.search.text.size}") String text,
        Specialty specialty,
        ExternshipType type,
        ClinicalSetting setting,
        @UsStateCode String state,
        @Size(max = MAX_CITY, message = "{portal.search.city.size}") String city,
        @Min(value = MIN_WEEKS, message = "{portal.search.weeks}")
        @Max(value = MAX_WEEKS, message = "{portal.search.weeks}") Integer minWeeks,
        @Min(value = MIN_WEEKS, message = "{portal.search.weeks}")
        @Max(value = MAX_WEEKS, message = "{portal.search.weeks}") Integer maxWeeks,
        YearMonth startMonth,
        @PositiveOrZero(message = "{portal.search.fee}") Long maxFeeCents,
        VisaStatus visa,
        Qualifications qualifiedFor,
        SearchSort sort) {

    /** The longest search text, in characters. */
    public static final int MAX_TEXT = 200;

    /** The longest city name, in characters. */
    public static final int MAX_CITY = 80;

    /** The shortest duration a search may ask for, in weeks. */
    public static final int MIN_WEEKS = 1;

    /** The longest duration a search may ask for, in weeks. */
    public static final int MAX_WEEKS = 52;

    public SearchCriteria {
        text = Text.trimmed(text);
        city = Text.trimmed(city);
        state = Text.trimmed(state);
        sort = sort == null ? SearchSort.START : sort;
    }

    /** "At least" no more weeks than "at most". */
    @AssertTrue(message = "{portal.search.weeks.order}")
    public boolean isWeeksInOrder() {
        return minWeeks == null || maxWeeks == null || minWeeks <= maxWeeks;
    }

    /** Everything published and open. */
    public static SearchCriteria any() {
        return new SearchCriteria(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public SearchCriteria withText(String value) {
        return new SearchCriteria(value, specialty, type, setting, state, city, minWeeks, maxWeeks, startMonth,
                maxFeeCents, visa, qualifiedFor, sort);
    }

    public SearchCriteria withSpecialty(Specialty value) {
        return new SearchCriteria(text, value, type, setting, state, city, minWeeks, maxWeeks, startMonth,
                maxFeeCents, visa, qualifiedFor, sort);
    }

    public SearchCriteria withType(ExternshipType value) {
        return new SearchCriteria(text, specialty, value, setting, state, city, minWeeks, maxWeeks, startMonth,
                maxFeeCents, visa, qualifiedFor, sort);
    }

    public SearchCriteria withSetting(ClinicalSetting value) {
        return new SearchCriteria(text, specialty, type, value, state, city, minWeeks, maxWeeks, startMonth,
                maxFeeCents, visa, qualifiedFor, sort);
    }

    public SearchCriteria withLocation(String newState, String newCity) {
        return new SearchCriteria(text, specialty, type, setting, newState, newCity, minWeeks, maxWeeks, startMonth,
                maxFeeCents, visa, qualifiedFor, sort);
    }

    public SearchCriteria withWeeks(Integer min, Integer max) {
        return new SearchCriteria(text, specialty, type, setting, state, city, min, max, startMonth,
                maxFeeCents, visa, qualifiedFor, sort);
    }

    public SearchCriteria withStartMonth(YearMonth value) {
        return new SearchCriteria(text, specialty, type, setting, state, city, minWeeks, maxWeeks, value,
                maxFeeCents, visa, qualifiedFor, sort);
    }

    public SearchCriteria withMaxFeeCents(Long value) {
        return new SearchCriteria(text, specialty, type, setting, state, city, minWeeks, maxWeeks, startMonth,
                value, visa, qualifiedFor, sort);
    }

    public SearchCriteria withVisa(VisaStatus value) {
        return new SearchCriteria(text, specialty, type, setting, state, city, minWeeks, maxWeeks, startMonth,
                maxFeeCents, value, qualifiedFor, sort);
    }

    public SearchCriteria withQualifiedFor(Qualifications value) {
        return new SearchCriteria(text, specialty, type, setting, state, city, minWeeks, maxWeeks, startMonth,
                maxFeeCents, visa, value, sort);
    }

    public SearchCriteria withSort(SearchSort value) {
        return new SearchCriteria(text, specialty, type, setting, state, city, minWeeks, maxWeeks, startMonth,
                maxFeeCents, visa, qualifiedFor, value);
    }
}
