package org.externship.portal.learninglog.control;

import java.util.Objects;

/** Words of a text that look like a Safe Harbor identifier: the words as typed, at {@code start} to {@code end}. */
public record Finding(IdentifierKind kind, String words, int start, int end) {

    public Finding {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(words);
        if (start < 0 || end <= start || words.length() != end - start) {
            throw new IllegalArgumentException("not a span of the text: " + start + ".." + end);
        }
    }
}
