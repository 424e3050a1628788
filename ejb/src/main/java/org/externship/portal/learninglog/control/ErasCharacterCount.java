package org.externship.portal.learninglog.control;

/**
 * How many characters the residency application service (ERAS) counts for a text: the one rule behind the limits of
 * an experience's description (750) and a most meaningful experience's reflection (300). The page's live counter
 * counts the same way ({@code resources/portal/js/counters.js}, {@code PortalCount.eras}); both are checked against
 * one fixture of tricky strings ({@code learninglog/eras-count-cases.txt} in the ejb tests).
 * <p>
 * <b>Line breaks count one each</b>, whether typed as CRLF, LF or a lone CR. A browser's textarea holds a line break
 * as LF (that is what the student sees counted, and what {@code maxlength} counts), but submits it as CRLF, so a
 * server that counted the submitted text would find a text with ten line breaks ten characters longer than the
 * counter said. AAMC's services count a line break ("carriage return") as a character; nothing the AAMC publishes
 * says it is two. Texts are stored normalised to LF ({@link #normalized}), so the count is also the stored length.
 * <p>
 * <b>Other characters count as UTF-16 code units</b>, i.e. as Java's {@code String.length()} and JavaScript's
 * {@code length} (the count a web form's limit gets without further work): an accented letter typed as one character
 * ("é") is one, the same letter as "e" plus a combining accent is two, an emoji outside the Basic Multilingual Plane
 * ("🩺") is two. The AAMC does not say how MyERAS counts them; this is the larger of the plausible counts (never fewer
 * than code points, never fewer than after NFC normalisation), so a text the portal accepts is not cut by the
 * service. Tabs and spaces count one each.
 */
public final class ErasCharacterCount {

    private ErasCharacterCount() {
    }

    /** The service's count for {@code text}; 0 for null. */
    public static int of(CharSequence text) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean crBeforeLf = text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (!crBeforeLf) {
                count++;
            }
        }
        return count;
    }

    /** {@code text} with every line break (CRLF, CR) as one LF: its length is then its count. Null stays null. */
    public static String normalized(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
