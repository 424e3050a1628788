package org.externship.portal.letters.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The tone check's findings in words a student understands: which words, why, and what to write instead
 * ("“Hi Grace”: attendings are addressed by title and last name ... Open with “Dear Dr. Adams,”"). Texts in
 * {@code letters/tone.properties}.
 */
public final class ToneTexts {

    private static final String BUNDLE = "org.externship.portal.letters.tone";

    private final ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);

    public String reason(ToneKind kind) {
        return texts.getString("reason." + kind.name());
    }

    /** The better wording, for a text to {@code addressee}. */
    public String hint(ToneKind kind, Addressee addressee) {
        return MessageFormat.format(texts.getString("hint." + kind.name()).replace("'", "''"), addressee.salutation());
    }

    /** The words, why and what to write instead. */
    public String explain(ToneFinding finding, Addressee addressee) {
        return MessageFormat.format(texts.getString("finding").replace("'", "''"), finding.words(),
                reason(finding.kind()), hint(finding.kind(), addressee));
    }

    /** A due date sooner than the notice period: "... no sooner than Apr 22, 2027". */
    public String tooSoon(java.time.LocalDate earliest) {
        return MessageFormat.format(texts.getString("tooSoon").replace("'", "''"),
                java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH).format(earliest));
    }

    /** What stands above the findings. */
    public String summary() {
        return texts.getString("summary");
    }
}
