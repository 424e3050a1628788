package org.externship.portal.listing.view;

import org.externship.portal.listing.boundary.SearchCriteria;
import org.externship.portal.listing.boundary.SearchSort;
import org.externship.portal.listing.entity.ClinicalSetting;
import org.externship.portal.listing.entity.ExternshipType;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;
import org.externship.portal.shared.boundary.Text;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The search as the URL carries it ({@code externships.xhtml?q=wards&specialty=PEDIATRICS&maxFee=0}), read
 * leniently: a value that makes no sense (a typo in a shared link) is ignored rather than refused.
 *
 * <p>Parameters: {@code q} text, {@code specialty}, {@code type}, {@code setting}, {@code state}, {@code city},
 * {@code minWeeks}, {@code maxWeeks}, {@code month} (yyyy-MM), {@code maxFee} (US dollars), {@code visa},
 * {@code qualified} (any value: only externships the signed-in student qualifies for), {@code sort}, {@code page}
 * (from 1).
 */
public record SearchParameters(String text, Specialty specialty, ExternshipType type, ClinicalSetting setting,
                               String state, String city, Integer minWeeks, Integer maxWeeks, YearMonth month,
                               Integer maxFeeDollars, VisaStatus visa, boolean qualified, SearchSort sort,
                               int page) {

    static final int MAX_TEXT = 200;
    static final int MAX_PAGE = 100_000;

    public static SearchParameters of(Map<String, String> parameters) {
        Function<String, String> value = name -> Text.trimmed(parameters.get(name));
        String text = value.apply("q");
        String state = value.apply("state");
        String city = value.apply("city");
        return new SearchParameters(
                text == null ? null : text.substring(0, Math.min(text.length(), MAX_TEXT)),
                enumOf(Specialty.class, value.apply("specialty")),
                enumOf(ExternshipType.class, value.apply("type")),
                enumOf(ClinicalSetting.class, value.apply("setting")),
                state != null && state.matches("[A-Za-z]{2}") ? state.toUpperCase(Locale.ROOT) : null,
                city == null ? null : city.substring(0, Math.min(city.length(), 80)),
                number(value.apply("minWeeks"), 1, 52),
                number(value.apply("maxWeeks"), 1, 52),
                month(value.apply("month")),
                number(value.apply("maxFee"), 0, 1_000_000),
                enumOf(VisaStatus.class, value.apply("visa")),
                value.apply("qualified") != null,
                enumOf(SearchSort.class, value.apply("sort")),
                Objects.requireNonNullElse(number(value.apply("page"), 1, MAX_PAGE), 1));
    }

    /** The query string of this search on page {@code number} ({@code ?specialty=PEDIATRICS&page=2}), encoded. */
    public String query(int number) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("q", text);
        values.put("specialty", specialty);
        values.put("type", type);
        values.put("setting", setting);
        values.put("state", state);
        values.put("city", city);
        values.put("minWeeks", minWeeks);
        values.put("maxWeeks", maxWeeks);
        values.put("month", month);
        values.put("maxFee", maxFeeDollars);
        values.put("visa", visa);
        values.put("qualified", qualified ? "on" : null);
        values.put("sort", sort);
        values.put("page", number > 1 ? number : null);
        String query = values.entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue().toString(),
                        StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    /** The criteria for the boundary, without the student's qualifications (the view adds them when offered). */
    public SearchCriteria criteria() {
        return new SearchCriteria(text, specialty, type, setting, state, city, minWeeks, maxWeeks, month,
                maxFeeDollars == null ? null : maxFeeDollars * 100L, visa, null, sort);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer number(String text, int min, int max) {
        if (text == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(text);
            return number < min || number > max ? null : number;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static YearMonth month(String text) {
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
