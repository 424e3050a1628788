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

    /** What stands above the findings. */
    public String summary() {
        return texts.getString("summary");
    }
}
