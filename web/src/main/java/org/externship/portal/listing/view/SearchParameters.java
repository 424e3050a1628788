package org.externship.portal.listing.view;

import org.externship.portal.listing.boundary.SearchCriteria;
import org.externship.portal.listing.boundary.SearchSort;
import org.externship.portal.listing.entity.ClinicalSetting;
import org.externship.portal.listing.entity.ExternshipType;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;
import org.externship.portal.shared.boundary.Text;
import org.externship.portal.shared.entity.UsState;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The search as the URL carries it ({@code externships.xhtml?q=wards&specialty=PEDIATRICS&maxFee=0}). A value that
 * cannot be searched for (a typo in a shared link, a hand-edited address) is left out of the search, and a
 * {@link Problem} says so in the page's words; the other filters still apply.
 *
 * <p>Parameters: {@code q} text, {@code specialty}, {@code type}, {@code setting}, {@code state} (two-letter code),
 * {@code city}, {@code minWeeks}, {@code maxWeeks}, {@code month} (yyyy-MM, this month or one of the next
 * {@value #MONTHS_AHEAD}), {@code maxFee} (US dollars), {@code visa}, {@code qualified} (any value: only externships
 * the signed-in student qualifies for), {@code sort}, {@code page} (from 1).
 *
 * @param problems the values left out, at most one per parameter, in the order of the form
 */
public record SearchParameters(String text, Specialty specialty, ExternshipType type, ClinicalSetting setting,
                               UsState state, String city, Integer minWeeks, Integer maxWeeks, YearMonth month,
                               Integer maxFeeDollars, VisaStatus visa, boolean qualified, SearchSort sort,
                               int page, List<Problem> problems) {

    /** The search page, under the application's path. */
    static final String SEARCH_PAGE = "/externships.xhtml";
    /** The parameter of another page (an externship's, saved searches) that carries the search it was opened from. */
    public static final String CARRIED = "search";
    static final int MAX_PAGE = 100_000;
    static final int MAX_FEE_DOLLARS = 1_000_000;
    /** How many months after this one "a rotation starts in" offers. */
    static final int MONTHS_AHEAD = 12;
    /** The longest carried search ({@link #ofQuery}) read; a longer one is not a search this page made. */
    static final int MAX_QUERY = 4_000;
    /** How much of a value that cannot be used a message quotes. */
    static final int QUOTED = 40;

    /**
     * A value of the address that was left out of the search, and why: a message of the bundle
     * ({@code search.problem.*}) with its arguments, already in words.
     *
     * @param parameter the parameter it concerns, which is also the id of its filter on the page
     */
    public record Problem(String parameter, String messageKey, List<Object> arguments) {

        public Problem(String parameter, String messageKey, Object... arguments) {
            this(parameter, messageKey, List.of(arguments));
        }
    }

    public SearchParameters {
        problems = List.copyOf(problems);
    }

    /** The search in {@code parameters} (a request's parameters), where "this month" is {@code thisMonth}. */
    public static SearchParameters of(Map<String, String> parameters, YearMonth thisMonth) {
        Reading read = new Reading(parameters);
        String text = read.text("q", SearchCriteria.MAX_TEXT);
        Specialty specialty = read.choice("specialty", Specialty.class);
        ExternshipType type = read.choice("type", ExternshipType.class);
        ClinicalSetting setting = read.choice("setting", ClinicalSetting.class);
        UsState state = read.state();
        String city = read.text("city", SearchCriteria.MAX_CITY);
        Integer minWeeks = read.weeks("minWeeks", null);
        Integer maxWeeks = read.weeks("maxWeeks", minWeeks);
        return new SearchParameters(text, specialty, type, setting, state, city, minWeeks, maxWeeks,
                read.month(thisMonth),
                read.fee(),
                read.choice("visa", VisaStatus.class),
                read.value("qualified") != null,
                read.choice("sort", SearchSort.class),
                read.page(),
                read.problems);
    }

    /**
     * The search {@code criteria} describe (as a saved search keeps them), on its first page; {@code qualified}:
     * "only externships I qualify for" (the criteria never carry a student's qualifications).
     */
    public static SearchParameters ofCriteria(SearchCriteria c, boolean qualified) {
        return new SearchParameters(c.text(), c.specialty(), c.type(), c.setting(),
                c.state() == null ? null : UsState.ofCode(c.state()).orElse(null), c.city(), c.minWeeks(),
                c.maxWeeks(), c.startMonth(), c.maxFeeCents() == null ? null : (int) (c.maxFeeCents() / 100), c.visa(),
                qualified, c.sort() == SearchSort.START ? null : c.sort(), 1, List.of());
    }

    /**
     * The search a query string describes ({@code specialty=PEDIATRICS&page=2}, without the question mark), as
     * another page carries it back to the search: only its known parameters count, anything else is left out.
     */
    public static SearchParameters ofQuery(String query, YearMonth thisMonth) {
        Map<String, String> parameters = new HashMap<>();
        if (query != null && query.length() <= MAX_QUERY) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
                if (name != null && value != null) {
                    parameters.putIfAbsent(name, value);
                }
            }
        }
        return of(parameters, thisMonth);
    }

    /**
     * The address of the search a page was opened from, given what it carried along ({@link #carriedAlong}): always
     * this site's search page ({@code /externships.xhtml}, under the application's path), with the known parameters
     * of the carried search written anew; the empty search when nothing (usable) was carried.
     */
    public static String backToSearch(String carried, YearMonth thisMonth) {
        SearchParameters search = ofQuery(carried, thisMonth);
        return SEARCH_PAGE + search.query(search.page());
    }

    /** "March 2027". */
    public static String monthInWords(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + month.getYear();
    }

    /** Whether {@code month} is one "a rotation starts in" offers in {@code thisMonth}. */
    static boolean offered(YearMonth month, YearMonth thisMonth) {
        return !month.isBefore(thisMonth) && !month.isAfter(thisMonth.plusMonths(MONTHS_AHEAD));
    }

    /** The query string of this search on page {@code number} ({@code ?specialty=PEDIATRICS&page=2}), encoded. */
    public String query(int number) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("q", text);
        values.put("specialty", specialty);
        values.put("type", type);
        values.put("setting", setting);
        values.put("state", state == null ? null : state.code());
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

    /**
     * The parameter that carries this search (on page {@code number}) along to an externship's page, to be added to
     * its address ({@code &search=specialty%3DPEDIATRICS%26page%3D2}); nothing for the empty search.
     */
    public String carriedAlong(int number) {
        String query = query(number);
        return query.isEmpty() ? ""
                : "&" + CARRIED + "=" + URLEncoder.encode(query.substring(1), StandardCharsets.UTF_8);
    }

    /** The criteria for the boundary, without the student's qualifications (the view adds them when offered). */
    public SearchCriteria criteria() {
        return new SearchCriteria(text, specialty, type, setting, state == null ? null : state.code(), city,
                minWeeks, maxWeeks, month, maxFeeDollars == null ? null : maxFeeDollars * 100L, visa, null, sort);
    }

    /** How many filters besides the free text the search sets (the phone's folded filters say so). */
    public int filtersSet() {
        return (int) java.util.stream.Stream.of(specialty, type, setting, state, city, minWeeks, maxWeeks, month,
                maxFeeDollars, visa).filter(java.util.Objects::nonNull).count() + (qualified ? 1 : 0);
    }

    /** What parameter {@code name} was left out for, if it was. */
    public Problem problem(String name) {
        return problems.stream().filter(problem -> problem.parameter().equals(name)).findFirst().orElse(null);
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Reads one request's parameters, noting each value it leaves out. */
    private static final class Reading {

        private final Map<String, String> parameters;
        private final List<Problem> problems = new ArrayList<>();

        Reading(Map<String, String> parameters) {
            this.parameters = parameters;
        }

        String value(String name) {
            return Text.trimmed(parameters.get(name));
        }

        String text(String name, int max) {
            String text = value(name);
            if (text == null || text.length() <= max) {
                return text;
            }
            problems.add(new Problem(name, "search.problem." + name + ".length", max));
            int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
            return text.substring(0, end).strip();
        }

        <E extends Enum<E>> E choice(String name, Class<E> type) {
            String text = value(name);
            if (text == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(name, "search.problem." + name, quoted(text)));
                return null;
            }
        }

        UsState state() {
            String text = value("state");
            if (text == null) {
                return null;
            }
            UsState state = UsState.ofCode(text.toUpperCase(Locale.ROOT)).orElse(null);
            if (state == null) {
                problems.add(new Problem("state", "search.problem.state", quoted(text)));
            }
            return state;
        }

        /** Weeks from 1 to 52, and for "at most" no fewer than {@code atLeast}. */
        Integer weeks(String name, Integer atLeast) {
            Integer weeks = number(name, SearchCriteria.MIN_WEEKS, SearchCriteria.MAX_WEEKS, "search.problem.weeks");
            if (weeks != null && atLeast != null && weeks < atLeast) {
                problems.add(new Problem(name, "search.problem.weeks.order", weeks, atLeast));
                return null;
            }
            return weeks;
        }

        Integer fee() {
            return number("maxFee", 0, MAX_FEE_DOLLARS, "search.problem.maxFee");
        }

        YearMonth month(YearMonth thisMonth) {
            String text = value("month");
            if (text == null) {
                return null;
            }
            try {
                YearMonth month = YearMonth.parse(text);
                if (offered(month, thisMonth)) {
                    return month;
                }
                problems.add(new Problem("month", month.isBefore(thisMonth) ? "search.problem.month.past"
                        : "search.problem.month.ahead", monthInWords(month), MONTHS_AHEAD));
            } catch (DateTimeParseException e) {
                problems.add(new Problem("month", "search.problem.month", quoted(text)));
            }
            return null;
        }

        /** The page asked for: the first when none makes sense, at most {@link #MAX_PAGE} (the pager stops sooner). */
        int page() {
            String text = value("page");
            if (text != null && text.matches("\\+?0*[1-9][0-9]*")) {
                return wholeNumber(text).map(n -> (int) Math.min(n, MAX_PAGE)).orElse(MAX_PAGE);
            }
            if (text != null) {
                problems.add(new Problem("page", "search.problem.page", quoted(text)));
            }
            return 1;
        }

        /**
         * A whole number from {@code min} to {@code max}; otherwise a problem: {@code <key>.number} when it is none,
         * {@code <key>.range} when it is out of range, both with the value as given, the lowest and the highest.
         */
        private Integer number(String name, int min, int max, String key) {
            String text = value(name);
            if (text == null) {
                return null;
            }
            if (!text.matches("[+-]?[0-9]+")) {
                problems.add(new Problem(name, key + ".number", quoted(text), min, max));
                return null;
            }
            Long number = wholeNumber(text).orElse(null);
            if (number == null || number < min || number > max) {
                problems.add(new Problem(name, key + ".range", quoted(text), min, max));
                return null;
            }
            return number.intValue();
        }

        private static Optional<Long> wholeNumber(String digits) {
            try {
                return Optional.of(Long.parseLong(digits));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        /** A value as the message quotes it: printable, and not too long. */
        private static String quoted(String text) {
            String printable = text.codePoints()
                    .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString();
            if (printable.codePointCount(0, printable.length()) <= QUOTED) {
                return printable;
            }
            return printable.substring(0, printable.offsetByCodePoints(0, QUOTED)) + "\u2026";
        }
    }
}
