package org.externship.portal.learninglog.control;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates more precise than a year: a month with its day ("March 3rd", "March the 3rd", "14 March", "the 21st of
 * October"), numeric dates (3/14, 03/14/2025, 2025-03-14, 12.05.2024), "on the 3rd", "Friday the 13th", "Tuesday
 * 4th", days such as Christmas Eve, and
 * a month next to a patient's event ("born in February 1940", "admitted in mid-July"). A year alone, a month alone
 * ("In March I started my externship") and relative time ("hospital day 3", "the 3rd day") pass. Slashed numbers
 * of scores and fractions (pain 7/10, strength 5/5, a 3/6 murmur, 1/2 tablet, 24/7) pass unless a date's cue
 * ("on 1/2", "since 5/10") comes before them; vital signs (150/90) are no dates.
 */
final class PreciseDates implements IdentifierRule {

    private static final String MONTH = "(?:(?i:january|february|april|june|july|august|september|october|november"
            + "|december)|March|May|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![A-Za-z])";
    private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d:])";
    private static final String YEAR = "(?:,?\\s{1,3}(?:19|20)\\d{2}(?!\\d))?";
    private static final String ORDINAL_WORD = "(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
            + "|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
            + "|twentieth|thirtieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
            + "|thirty-first)";
    private static final String ORDINAL = "(?:(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)|" + ORDINAL_WORD + ")";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tue|Tues"
            + "|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?)";
    /** After an ordinal these make it relative time, not a date: "the 3rd day", "the 2nd dose". */
    private static final String RELATIVE_AFTER = "(?!\\s{1,3}(?i:day|night|week|month|year|hour|dose|cycle|time|attempt"
            + "|trimester|floor|line|round|session|visit|admission|patient|case|rotation|post|hospital|of\\s+(?:the|his"
            + "|her|their|my|our|this|that|admission|treatment|therapy|antibiotics)\\b))";
    private static final String UNIT_AFTER = "(?!\\s?(?:(?i:mg|mcg|ml|g|kg|units?|mmol|meq)\\b|%))";

    private static final List<Pattern> DATES = List.of(
            Pattern.compile("(?<![\\w.])" + MONTH + "(?:\\s{1,3}the)?\\s{0,3}" + DAY + YEAR + UNIT_AFTER),
            Pattern.compile("(?<![\\w.,/:-])" + DAY + "(?:\\s{1,3}of)?\\s{1,3}" + MONTH + YEAR),
            Pattern.compile("\\b" + ORDINAL_WORD + "\\s{1,3}of\\s{1,3}" + MONTH),
            Pattern.compile("(?<![\\w./:-])(?:19|20)\\d{2}([-/.])(?:0?[1-9]|1[0-2])\\1(?:0?[1-9]|[12]\\d|3[01])"
                    + "(?!\\d)"),
            Pattern.compile("(?i)\\b(?:on|by|since|until|till|from|before|after|of)\\s{1,3}the\\s{1,3}" + ORDINAL
                    + "(?![\\w-])" + RELATIVE_AFTER),
            Pattern.compile("\\b" + WEEKDAY + ",?\\s{1,3}(?:the\\s{1,3})?" + ORDINAL + "(?![\\w-])" + RELATIVE_AFTER),
            Pattern.compile("\\b(?:Christmas\\s{1,3}(?:Eve|Day)|New\\s{1,3}Year'?s\\s{1,3}(?:Eve|Day)"
                    + "|Thanksgiving\\s{1,3}Day|Independence\\s{1,3}Day|Valentine'?s\\s{1,3}Day"
                    + "|Fourth\\s{1,3}of\\s{1,3}July|Memorial\\s{1,3}Day|Labou?r\\s{1,3}Day|Veterans\\s{1,3}Day)\\b"),
            Pattern.compile("\\b(?i:on)\\s{1,3}(?:Christmas|Thanksgiving|Easter|Halloween|Eid|Diwali)\\b"));

    /** A month beside a patient's event, group 1: "born in February 1940", "admitted in mid-July of last year". */
    private static final Pattern EVENT_MONTH = Pattern.compile("(?i:\\b(?:born|admitted|readmitted|discharged|diagnosed"
            + "|died|passed\\s+away|delivered|operated|transplanted|injured|DOB|date\\s+of\\s+birth)\\b)"
            + "[^.;!?\\n]{0,40}?"
            + "\\b((?:(?i:early|mid|late)-?\\s{0,2})?" + MONTH
            + "(?:\\s{1,3}(?:of\\s{1,3})?(?:(?:19|20)\\d{2}|last\\s+year|this\\s+year))?)");

    /** Three numbers with one separator: month, day, year in either the American or the European order. */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\w./:-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\w/-]|\\.\\d)");
    /** Two numbers and a slash: a date (3/14) or a score, fraction or vital sign; told apart by their context. */
    private static final Pattern SLASHED = Pattern.compile("(?<![\\w./:,-])(\\d{1,2})/(\\d{1,2})(?![\\w/]|\\.\\d)");
    private static final Pattern DATE_CUE_BEFORE = Pattern.compile("(?i)\\b(?:on|since|from|until|till|by|dated|of"
            + "|before|after|DOB|born|died|seen|admitted|discharged|" + WEEKDAY + ")\\s{1,3}(?:the\\s{1,3})?$");
    private static final Pattern SCORE_BEFORE = Pattern.compile("(?i)\\b(?:BP|blood\\s+pressure|pain|strength|power"
            + "|apgars?|GCS|MMSE|MoCA|murmur|grade|score|scored|criteria|SIRS|scale|rated|vision|reflexes|ratio"
            + "|tabs?|tablets?)\\b[^.;]{0,12}$");
    private static final Pattern SCORE_AFTER = Pattern.compile("(?i)^\\s{0,3}(?:murmur|systolic|diastolic|holosystolic"
            + "|strength|power|pain|criteria|SIRS|scale|tabs?|tablets?|of\\b|in\\b|bilaterally|reflexes|vision)");
    private static final int CONTEXT = 24;

    @Override
    public void findIn(String text, Findings findings) {
        for (Pattern pattern : DATES) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                findings.add(IdentifierKind.DATE, matcher, 0);
            }
        }
        Matcher event = EVENT_MONTH.matcher(text);
        while (event.find()) {
            findings.add(IdentifierKind.DATE, event, 1);
        }
        Matcher numeric = NUMERIC.matcher(text);
        while (numeric.find()) {
            if (isMonthAndDay(number(numeric, 1), number(numeric, 3))) {
                findings.add(IdentifierKind.DATE, numeric, 0);
            }
        }
        Matcher slashed = SLASHED.matcher(text);
        while (slashed.find()) {
            if (isDate(text, slashed)) {
                findings.add(IdentifierKind.DATE, slashed, 0);
            }
        }
    }

    private static boolean isDate(String text, Matcher slashed) {
        int first = number(slashed, 1);
        int second = number(slashed, 2);
        if (!isMonthAndDay(first, second) || first == 24 && second == 7) {
            return false;
        }
        String before = text.substring(Math.max(0, slashed.start() - CONTEXT), slashed.start());
        if (DATE_CUE_BEFORE.matcher(before).find()) {
            return true;
        }
        String after = text.substring(slashed.end(), Math.min(text.length(), slashed.end() + CONTEXT));
        boolean scale = first <= second && (second == 4 || second == 5 || second == 6 || second == 10);
        boolean fraction = first < second && second <= 4;
        return !scale && !fraction && !SCORE_BEFORE.matcher(before).find() && !SCORE_AFTER.matcher(after).find();
    }

    /** Month and day in either order (3/14 in the US, 14/3 elsewhere). */
    private static boolean isMonthAndDay(int first, int second) {
        return isMonthDay(first, second) || isMonthDay(second, first);
    }

    private static boolean isMonthDay(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
