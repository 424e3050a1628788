package org.externship.portal.shared.boundary;

import java.util.Locale;

/** How the portal takes text someone typed: without surrounding white space, and nothing typed as nothing. */
public final class Text {

    private Text() {
    }

    /** {@code value} stripped of surrounding white space; null when nothing (or only white space) was typed. */
    public static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Like {@link #trimmed}, in capitals (a state's code typed as "ny"). */
    public static String trimmedUpper(String value) {
        String trimmed = trimmed(value);
        return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
    }
}
