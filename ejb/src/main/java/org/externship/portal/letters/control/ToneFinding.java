package org.externship.portal.letters.control;

import java.util.Objects;

/** Words of a request or message the tone check advises against: the words as typed, at {@code start} to {@code end}. */
public record ToneFinding(ToneKind kind, String words, int start, int end) {

    public ToneFinding {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(words);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span of the text: " + start + ".." + end);
        }
    }
}
