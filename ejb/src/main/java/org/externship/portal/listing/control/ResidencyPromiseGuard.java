package org.externship.portal.listing.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * No externship can promise a residency or a Match: such a promise is the classic red flag of programs that
 * exploit international graduates. Finds the offending phrase in a posting's text so the coordinator sees why it
 * was refused.
 */
@ApplicationScoped
public class ResidencyPromiseGuard {

    private static final String GUARANTEE = "(?:guarantee[sd]?|guaranteeing|assured)";
    /** "does not guarantee a residency" is the honest disclaimer, not a promise. */
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:no|not|never|cannot|can't|doesn't|don't|won't|without)\\b(?:\\s+\\w+){0,2}\\s*$");
    private static final String OUTCOME = "(?:residency|residencies|match(?:ing)?|the match|placement in (?:a )?residency"
            + "|residency (?:position|placement|spot|interview)s?)";

    private static final List<Pattern> PROMISES = List.of(
            Pattern.compile("\\b" + GUARANTEE + "(?:\\s+\\w+){0,3}?\\s+" + OUTCOME + "\\b"),
            Pattern.compile("\\b" + OUTCOME + "(?:\\s+\\w+){0,2}?\\s+" + GUARANTEE + "\\b"),
            Pattern.compile("\\b100\\s*%\\s*(?:match|residency|placement)"),
            Pattern.compile("\\b(?:match|residency|placement) rate of 100\\s*%"));

    /** The first promise of a residency or a Match in the text, as written, if there is one. */
    public Optional<String> findPromise(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
        for (Pattern promise : PROMISES) {
            Matcher matcher = promise.matcher(normalized);
            while (matcher.find()) {
                String before = normalized.substring(Math.max(0, matcher.start() - 30), matcher.start());
                if (!NEGATION.matcher(before).find()) {
                    return Optional.of(matcher.group());
                }
            }
        }
        return Optional.empty();
    }
}
