package org.externship.portal.learninglog.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * HIPAA Safe Harbor's identifiers in a free text (issue 12): what a learning log entry, a patient story, feedback or a
 * letter packet must not hold before it is saved. {@link #check} answers every finding with its words and their
 * place; an empty answer lets the text through. Plain Java and thread-safe: the portal injects it, and
 * {@code config/deid-check.sh} ({@link DeidentificationCheck}) runs the same code from the command line.
 */
@ApplicationScoped
public class DeidentificationGuard {

    private static final List<IdentifierRule> RULES = List.of(
            new PatientNames(), new PreciseDates(), new OldAges(), new PhoneNumbers(), new NetworkAddresses(),
            new IdentifyingNumbers(), new StreetAddresses(), new ZipCodes(), new Images());

    /** The identifiers in {@code text}, in reading order; none for a blank or missing text. */
    public List<Finding> check(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Findings findings = new Findings(text);
        String plain = plain(text);
        for (IdentifierRule rule : RULES) {
            rule.findIn(plain, findings);
        }
        return findings.inReadingOrder();
    }

    /** Whether {@code text} may be saved as it is. */
    public boolean passes(String text) {
        return check(text).isEmpty();
    }

    /**
     * The text with typographic apostrophes, quotes, dashes and spaces made plain, one character for one, so the
     * rules need not know them and every offset still points into the text as typed.
     */
    static String plain(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = switch (chars[i]) {
                case '\u2018', '\u2019', '\u02BC', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u2033' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                case '\u00A0', '\u2007', '\u2009', '\u200A', '\u202F' -> ' ';
                case '\uFF0F', '\u2044' -> '/';
                default -> chars[i];
            };
        }
        return new String(chars);
    }
}
