package org.externship.portal.learninglog.control;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses: a house number, capitalised street words and a street type ("123 Main Street", "2200 W. Madison
 * St.", "410 N 5th Ave"), a street someone lives on ("lives on Cedar Lane"), apartments and suites ("Apt 4B") and
 * post office boxes. "Dr" followed by a capitalised word is a doctor, not a drive. A street written in lower case
 * ("12 maple st") is not recognised.
 */
final class StreetAddresses implements IdentifierRule {

    private static final String FULL_TYPE = "(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Place|Terrace|Circle"
            + "|Parkway|Highway|Square|Trail|Plaza|Close|Crescent|Row|Alley|Way)";
    private static final String TYPE = "(?:" + FULL_TYPE + "|St|Ave|Rd|Blvd|Ln|Dr(?!\\.?\\s{1,3}[A-Z])|Ct|Pl|Ter|Cir"
            + "|Pkwy|Hwy|Sq|Trl)\\b\\.?";
    private static final String DIRECTION = "(?:(?:North|South|East|West|[NSEW])\\.?\\s{1,3})?";
    private static final String STREET_WORD = "(?:\\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]{1,30}+(?:'s)?)\\s{1,3}";

    private static final List<Pattern> ADDRESSES = List.of(
            Pattern.compile("(?<![\\w.,/-])\\d{1,6}[A-Za-z]?\\s{1,3}" + DIRECTION + "(?:" + STREET_WORD + "){1,3}"
                    + TYPE),
            Pattern.compile("\\b(?i:apt|apartment|suite|ste)\\b\\.?\\s{0,3}#?\\s{0,3}"
                    + "(?:\\d{1,5}[A-Za-z]?|[A-Za-z]\\d{1,4})\\b"),
            Pattern.compile("\\b(?i:p\\.?\\s?o\\.?\\s?box)\\s{1,3}\\d{1,8}\\b"));
    /** A street named without its number, group 1: "lives on Cedar Lane". */
    private static final Pattern LIVES_ON = Pattern.compile("\\b(?i:lives?|living|lived|resides?|residing|staying"
            + "|home|house|apartment|flat)\\s{1,3}(?i:on|at|in|off)\\s{1,3}((?:[A-Z][a-z]{1,30}+\\s{1,3}){1,3}"
            + FULL_TYPE + ")\\b");

    @Override
    public void findIn(String text, Findings findings) {
        for (Pattern pattern : ADDRESSES) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                findings.add(IdentifierKind.STREET_ADDRESS, matcher, 0);
            }
        }
        Matcher livesOn = LIVES_ON.matcher(text);
        while (livesOn.find()) {
            findings.add(IdentifierKind.STREET_ADDRESS, livesOn, 1);
        }
    }
}
