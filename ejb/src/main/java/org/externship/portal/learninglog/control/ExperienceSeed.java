package org.externship.portal.learninglog.control;

import org.externship.portal.learninglog.entity.EntryKind;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The first words of an experience drafted from a placement, built from what its supervisors verified only: the
 * externship, its hospital and length, how many entries of each kind were verified and how many hours they took, and
 * the conditions and procedures met most often. Within the service's limit by {@link ErasCharacterCount}: a sentence
 * that would not fit is left out (topics first, one by one). English, as the application is; the words are in
 * {@code learninglog/experience-seed.properties}.
 */
public final class ExperienceSeed {

    private static final String BUNDLE = "org.externship.portal.learninglog.experience-seed";
    private static final int TOPICS = 3;

    private final ResourceBundle words = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);

    /** A verified entry as the seed uses it. */
    public record Verified(EntryKind kind, String topic, Integer minutes) {
    }

    /** The placement as the application names it. */
    public record Placement(String externshipTitle, String hospitalName, LocalDate start, LocalDate end) {
    }

    /** The description's seed: at most {@code max} characters as the service counts them. */
    public String description(Placement placement, List<Verified> verified, int max) {
        StringBuilder text = new StringBuilder();
        append(text, format("opening", placement.externshipTitle(), weeks(placement), placement.hospitalName()), max);
        if (!verified.isEmpty()) {
            append(text, format("verified", counts(verified), hours(verified)), max);
            List<String> topics = topics(verified);
            while (!topics.isEmpty() && !append(text, format("topics", String.join("; ", topics)), max)) {
                topics = topics.subList(0, topics.size() - 1);
            }
        }
        return text.toString();
    }

    /** Adds {@code sentence} if the text then still fits; answers whether it did. */
    private static boolean append(StringBuilder text, String sentence, int max) {
        String joined = text.isEmpty() ? sentence : text + " " + sentence;
        if (ErasCharacterCount.of(joined) > max) {
            return false;
        }
        text.setLength(0);
        text.append(joined);
        return true;
    }

    private String counts(List<Verified> verified) {
        Map<EntryKind, Long> perKind = verified.stream()
                .collect(Collectors.groupingBy(Verified::kind, LinkedHashMap::new, Collectors.counting()));
        return Arrays.stream(EntryKind.values())
                .filter(perKind::containsKey)
                .map(kind -> format("kind." + kind.name(), perKind.get(kind)))
                .collect(Collectors.joining(", "));
    }

    private static long hours(List<Verified> verified) {
        int minutes = verified.stream().map(Verified::minutes).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
        return Math.round(minutes / 60.0);
    }

    /** The conditions and procedures verified most often (case-blind), most often first, then as first met. */
    static List<String> topics(List<Verified> verified) {
        Map<String, List<String>> byTopic = verified.stream()
                .filter(v -> v.kind() == EntryKind.CASE || v.kind() == EntryKind.PROCEDURE)
                .map(Verified::topic)
                .collect(Collectors.groupingBy(t -> t.toLowerCase(Locale.ROOT), LinkedHashMap::new,
                        Collectors.toList()));
        List<List<String>> ranked = new ArrayList<>(byTopic.values());
        ranked.sort(Comparator.comparingInt((List<String> same) -> same.size()).reversed());
        return ranked.stream().limit(TOPICS).map(same -> same.get(0)).toList();
    }

    private static long weeks(Placement placement) {
        long days = ChronoUnit.DAYS.between(placement.start(), placement.end());
        return Math.max(1, Math.round(days / 7.0));
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(words.getString(key), Locale.ENGLISH).format(arguments);
    }
}
