package org.externship.portal.listing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Keeps the answers of public searches for a short time ({@code portal.search.cache-seconds}, 30 by default; 0
 * switches it off): the same search asked again within that time (a shared link, the next visitor, a reload) costs
 * no query. What is public changes rarely and may show up that much later. Searches personalised for a student
 * ("only those I qualify for") are never kept. Bounded: when full, it starts afresh.
 */
@ApplicationScoped
public class SearchResultCache {

    static final int MAX_ENTRIES = 10_000;

    @Inject
    @ConfigProperty(name = "portal.search.cache-seconds", defaultValue = "30")
    int seconds;

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(Object value, long expiresAtNanos) {
    }

    /** The kept answer to {@code question}, or the one {@code answer} gives now (then kept). */
    @SuppressWarnings("unchecked")
    public <T> T get(Object question, Supplier<T> answer) {
        if (seconds <= 0) {
            return answer.get();
        }
        long now = System.nanoTime();
        Entry kept = entries.get(question);
        if (kept != null && kept.expiresAtNanos() - now > 0) {
            return (T) kept.value();
        }
        T value = answer.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(question, new Entry(value, now + Duration.ofSeconds(seconds).toNanos()));
        return value;
    }
}
