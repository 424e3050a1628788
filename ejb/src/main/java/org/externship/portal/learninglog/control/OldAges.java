package org.externship.portal.learninglog.control;

import java.time.Year;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ages over 89, which Safe Harbor folds into "90 or older": "92-year-old", "95 yo", "93 y/o", "aged 97", "age 94",
 * "a 90F", "Mrs. Lee, 92,", "her 100th birthday", "turned 95", "ninety-two-year-old", and a year of birth that shows
 * such an age ("born in 1930"). Group 1 of each pattern is the age (or the year). A decade ("in her 90s"), "90 or
 * older" and numbers that are not ages (HR 95, 92 pounds, 90 days) pass.
 */
final class OldAges implements IdentifierRule {

    private static final int OLDEST_FREE_AGE = 89;
    private static final int OLDEST_POSSIBLE_AGE = 130;
    private static final String AGE = "(?<![\\w.,/-])(\\d{2,3})";
    private static final String PERSON = "(?:[A-Z][a-z]{1,30}+|man|woman|lady|gentleman|patient|pt|male|female"
            + "|veteran)";

    private static final List<Pattern> AGES = List.of(
            Pattern.compile(AGE + "[\\s-]{0,2}(?i:years?|yrs?)[\\s-]{0,2}(?i:old)\\b"),
            Pattern.compile(AGE + "[\\s-]{0,2}(?i:yo|y/o|y\\.o\\.?|yr\\.?\\s?old)(?![A-Za-z])"),
            Pattern.compile(AGE + "\\s{1,3}(?i:years?|yrs?)\\s{1,3}of\\s{1,3}age\\b"),
            Pattern.compile("\\b(?i:aged?|age\\s+of|at\\s+age)\\s{0,3}:?\\s{0,3}(\\d{2,3})"
                    + "(?!\\d|[.,]\\d|\\+|s\\b|\\s*-\\s*\\d|\\s{1,3}(?i:or|and)\\s{1,3}(?i:older|over|above))"),
            Pattern.compile("\\b(?:[Aa]n?|[Pp]t|[Pp]atient)\\s{1,3}(\\d{2,3})\\s?[MF]\\b"),
            Pattern.compile(AGE + "(?:st|nd|rd|th)\\s{1,3}(?i:birthday)"),
            Pattern.compile("\\b(?i:turned|turns|turning)\\s{1,3}(\\d{2,3})\\b(?!\\s{0,3}(?:%|(?i:mg|kg|lb|pounds|days"
                    + "|weeks|hours|minutes|times|degrees)))"),
            Pattern.compile("\\b" + PERSON + ",\\s{1,3}(\\d{2,3}),"),
            Pattern.compile("\\b(?i:at)\\s{1,3}(\\d{2,3}),?\\s{1,3}(?:he|she|they)\\b"));
    private static final Pattern IN_WORDS = Pattern.compile("\\b(?i:(?:ninety|one\\s+hundred|a\\s+hundred)(?:[\\s-](?:"
            + "one|two|three|four|five|six|seven|eight|nine))?[\\s-](?:years?[\\s-]old|year-old))");

    /** A year of birth, group 1: Safe Harbor counts it among the dates when it shows an age over 89. */
    private static final Pattern BIRTH_YEAR = Pattern.compile("\\b(?i:born|DOB|date\\s+of\\s+birth|year\\s+of\\s+birth"
            + "|birth\\s+year)\\b[^.;!?\\n\\d]{0,20}+((?:18|19|20)\\d{2})(?!\\d|[/.-]\\d)");

    @Override
    public void findIn(String text, Findings findings) {
        for (Pattern pattern : AGES) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                int age = Integer.parseInt(matcher.group(1));
                if (age > OLDEST_FREE_AGE && age <= OLDEST_POSSIBLE_AGE) {
                    findings.add(IdentifierKind.AGE_OVER_89, matcher, 1);
                }
            }
        }
        Matcher birthYear = BIRTH_YEAR.matcher(text);
        while (birthYear.find()) {
            // born in this year, the person is now this old or a year younger: over 89 if they may be 90
            if (Year.now().getValue() - Integer.parseInt(birthYear.group(1)) > OLDEST_FREE_AGE) {
                findings.add(IdentifierKind.AGE_OVER_89, birthYear, 1);
            }
        }
        Matcher inWords = IN_WORDS.matcher(text);
        while (inWords.find()) {
            findings.add(IdentifierKind.AGE_OVER_89, inWords, 0);
        }
    }
}
