package org.externship.portal.learninglog.boundary;

import org.externship.portal.learninglog.entity.EntryKind;
import org.externship.portal.learninglog.entity.ReviewStatus;

import java.time.LocalDate;

/**
 * What the student looks for in their own log; every part optional. {@code applicationId} names a placement (by its
 * accepted application); {@code outsidePlacements} asks for the entries outside any. {@code text} is matched
 * literally (no wildcards) in the topic and the notes.
 */
public record LogFilter(EntryKind kind, Long applicationId, boolean outsidePlacements, LocalDate from, LocalDate to,
                        ReviewStatus status, String text) {

    public static LogFilter everything() {
        return new LogFilter(null, null, false, null, null, null, null);
    }
}
