package org.externship.portal.learninglog.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/** What the rules found in one text, as spans of the text the student typed. */
final class Findings {

    private static final Comparator<Finding> READING_ORDER = Comparator.comparingInt(Finding::start)
            .thenComparing(Comparator.comparingInt(Finding::end).reversed())
            .thenComparing(Finding::kind);

    private final String typed;
    private final List<Finding> found = new ArrayList<>();

    Findings(String typed) {
        this.typed = typed;
    }

    void add(IdentifierKind kind, int start, int end) {
        found.add(span(kind, start, end));
    }

    /** The words of {@code group} (0: the whole match). */
    void add(IdentifierKind kind, Matcher matcher, int group) {
        add(kind, matcher.start(group), matcher.end(group));
    }

    /**
     * In reading order, each identifier told once: words within words already found (a phone number inside a
     * labelled record number, the same date seen by two patterns) are dropped, the longer finding or else the first
     * kind kept; words of one kind that overlap ("on the fifth" and "fifth of May") become one finding.
     */
    List<Finding> inReadingOrder() {
        List<Finding> sorted = new ArrayList<>(found);
        sorted.sort(READING_ORDER);
        List<Finding> distinct = new ArrayList<>();
        for (Finding finding : sorted) {
            Finding last = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
            if (last == null || finding.start() >= last.end()) {
                distinct.add(finding);
            } else if (finding.end() > last.end() && finding.kind() == last.kind()) {
                distinct.set(distinct.size() - 1, span(last.kind(), last.start(), finding.end()));
            } else if (finding.end() > last.end()) {
                distinct.add(finding);
            }
        }
        return List.copyOf(distinct);
    }

    private Finding span(IdentifierKind kind, int start, int end) {
        return new Finding(kind, typed.substring(start, end), start, end);
    }
}
