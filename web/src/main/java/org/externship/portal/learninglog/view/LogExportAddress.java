package org.externship.portal.learninglog.view;

import org.externship.portal.learninglog.boundary.LogFilter;
import org.externship.portal.learninglog.entity.EntryKind;
import org.externship.portal.learninglog.entity.ReviewStatus;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A log filter as a download address carries it ({@code log.csv?kind=CASE&placement=12&from=2027-03-01}): the log
 * page writes it from its filters, the download reads it back. A value that cannot be read makes no filter (the
 * download answers 400), never a larger export than asked for.
 */
final class LogExportAddress {

    static final int MAX_TEXT = 100;

    private LogExportAddress() {
    }

    /** The query string for {@code filter}, empty parts left out. */
    static String of(LogFilter filter) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (filter.kind() != null) {
            parts.put("kind", filter.kind().name());
        }
        if (filter.outsidePlacements()) {
            parts.put("placement", LearningLogView.OUTSIDE);
        } else if (filter.applicationId() != null) {
            parts.put("placement", filter.applicationId().toString());
        }
        if (filter.from() != null) {
            parts.put("from", filter.from().toString());
        }
        if (filter.to() != null) {
            parts.put("to", filter.to().toString());
        }
        if (filter.status() != null) {
            parts.put("status", filter.status().name());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            parts.put("text", filter.text().strip());
        }
        return parts.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The filter the address names; empty when a value cannot be read. */
    static Optional<LogFilter> read(Map<String, String[]> parameters) {
        try {
            String placement = one(parameters, "placement");
            boolean outside = LearningLogView.OUTSIDE.equals(placement);
            String text = one(parameters, "text");
            if (text != null && text.length() > MAX_TEXT) {
                return Optional.empty();
            }
            return Optional.of(new LogFilter(
                    Optional.ofNullable(one(parameters, "kind")).map(EntryKind::valueOf).orElse(null),
                    placement == null || outside ? null : Long.valueOf(placement), outside,
                    Optional.ofNullable(one(parameters, "from")).map(LocalDate::parse).orElse(null),
                    Optional.ofNullable(one(parameters, "to")).map(LocalDate::parse).orElse(null),
                    Optional.ofNullable(one(parameters, "status")).map(ReviewStatus::valueOf).orElse(null),
                    text));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String one(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0 || values[0].isBlank()) {
            return null;
        }
        if (values.length > 1) {
            throw new IllegalArgumentException(name + " given twice");
        }
        return values[0];
    }
}
