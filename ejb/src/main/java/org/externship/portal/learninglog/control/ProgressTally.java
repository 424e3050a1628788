package org.externship.portal.learninglog.control;

import org.externship.portal.learninglog.boundary.EntryDto;
import org.externship.portal.learninglog.boundary.LogProgress;
import org.externship.portal.learninglog.entity.EntryContent;
import org.externship.portal.learninglog.entity.EntryKind;
import org.externship.portal.learninglog.entity.Involvement;
import org.externship.portal.learninglog.entity.LogEntry;
import org.externship.portal.learninglog.entity.ReviewStatus;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Counts a student's entries into {@link LogProgress}: pure arithmetic over what the boundary read. */
public final class ProgressTally {

    private ProgressTally() {
    }

    public static LogProgress of(List<LogEntry> entries) {
        List<EntryContent> contents = entries.stream().map(LogEntry::content).toList();
        long verified = entries.stream().filter(e -> e.review().status() == ReviewStatus.VERIFIED).count();
        return new LogProgress(hoursPerWeek(contents), hoursPerKind(contents), proceduresByPart(contents),
                topTopics(contents, EntryKind.CASE), verified, entries.size() - verified);
    }

    private static Map<LocalDate, BigDecimal> hoursPerWeek(List<EntryContent> contents) {
        TreeMap<LocalDate, Integer> minutes = new TreeMap<>();
        contents.forEach(c -> minutes.merge(monday(c.date()), minutesOf(c), Integer::sum));
        if (minutes.isEmpty()) {
            return Map.of();
        }
        LocalDate last = minutes.lastKey();
        LocalDate first = minutes.firstKey().isBefore(last.minusWeeks(LogProgress.WEEKS - 1L))
                ? last.minusWeeks(LogProgress.WEEKS - 1L) : minutes.firstKey();
        Map<LocalDate, BigDecimal> weeks = new LinkedHashMap<>();
        for (LocalDate week = first; !week.isAfter(last); week = week.plusWeeks(1)) {
            weeks.put(week, hours(minutes.getOrDefault(week, 0)));
        }
        return weeks;
    }

    private static Map<EntryKind, BigDecimal> hoursPerKind(List<EntryContent> contents) {
        Map<EntryKind, Integer> minutes = new EnumMap<>(EntryKind.class);
        contents.forEach(c -> minutes.merge(c.kind(), minutesOf(c), Integer::sum));
        Map<EntryKind, BigDecimal> hours = new LinkedHashMap<>();
        minutes.forEach((kind, m) -> hours.put(kind, hours(m)));
        return hours;
    }

    private static Map<String, Map<Involvement, Long>> proceduresByPart(List<EntryContent> contents) {
        Map<String, Map<Involvement, Long>> byTopic = new LinkedHashMap<>();
        for (String topic : topTopics(contents, EntryKind.PROCEDURE).keySet()) {
            Map<Involvement, Long> parts = new EnumMap<>(Involvement.class);
            contents.stream().filter(c -> c.kind() == EntryKind.PROCEDURE && key(c.topic()).equals(key(topic)))
                    .forEach(c -> parts.merge(c.involvement() == null ? Involvement.OBSERVED : c.involvement(), 1L,
                            Long::sum));
            byTopic.put(topic, parts);
        }
        return byTopic;
    }

    /** The most frequent topics of one kind (the same words in any case count together), at most {@code TOPICS}. */
    private static Map<String, Long> topTopics(List<EntryContent> contents, EntryKind kind) {
        Map<String, List<EntryContent>> byKey = contents.stream().filter(c -> c.kind() == kind)
                .collect(Collectors.groupingBy(c -> key(c.topic()), LinkedHashMap::new, Collectors.toList()));
        return byKey.values().stream()
                .sorted(Comparator.comparing((List<EntryContent> same) -> same.size()).reversed())
                .limit(LogProgress.TOPICS)
                .collect(Collectors.toMap(same -> same.get(0).topic(), same -> (long) same.size(), (a, b) -> a,
                        LinkedHashMap::new));
    }

    private static String key(String topic) {
        return topic.strip().toLowerCase(Locale.ROOT);
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static int minutesOf(EntryContent content) {
        return content.minutes() == null ? 0 : content.minutes();
    }

    private static BigDecimal hours(int minutes) {
        return EntryDto.hours(minutes);
    }
}
