package org.externship.portal.learninglog.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The guard's findings in words a student understands: which words, why, and how to say it instead ("“March 3rd”:
 * a date more precise than a year. Say how long before or after instead: …"). Texts in
 * {@code learninglog/deidentification.properties}.
 */
public final class DeidentificationTexts {

    private static final String BUNDLE = "org.externship.portal.learninglog.deidentification";

    private final ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);

    /** Why the words were stopped: "a date more precise than a year". */
    public String reason(IdentifierKind kind) {
        return texts.getString("reason." + kind.name());
    }

    /** How to say it without them: "Say the decade instead: “an elderly man in his 90s”." */
    public String hint(IdentifierKind kind) {
        return texts.getString("hint." + kind.name());
    }

    /** The words, why and what to write instead, for the student. */
    public String explain(Finding finding) {
        return MessageFormat.format(texts.getString("finding"), finding.words(), reason(finding.kind()),
                hint(finding.kind()));
    }

    /** The words and why, on one line: "“3/14” looks like a date more precise than a year". */
    public String reason(Finding finding) {
        return MessageFormat.format(texts.getString("finding.line"), finding.words(), reason(finding.kind()));
    }

    /** Every finding's reason, joined by "; ". */
    public String reasons(List<Finding> findings) {
        return findings.stream().map(this::reason).collect(Collectors.joining("; "));
    }

    /** What stands above the findings: nothing was lost, rephrase and save again. */
    public String summary() {
        return texts.getString("summary");
    }
}
