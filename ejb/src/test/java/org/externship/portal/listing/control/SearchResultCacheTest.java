package org.externship.portal.listing.control;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchResultCacheTest {

    private final AtomicInteger asked = new AtomicInteger();

    private SearchResultCache cache(int seconds) {
        SearchResultCache cache = new SearchResultCache();
        cache.seconds = seconds;
        return cache;
    }

    private Integer answer() {
        return asked.incrementAndGet();
    }

    @Test
    void theSameQuestionWithinTheTimeIsAnsweredOnce() {
        SearchResultCache cache = cache(30);

        assertEquals(1, cache.get("q", this::answer));
        assertEquals(1, cache.get("q", this::answer));
        assertEquals(2, cache.get("another", this::answer));
        assertEquals(2, asked.get());
    }

    @Test
    void switchedOffEveryQuestionIsAnswered() {
        SearchResultCache cache = cache(0);

        cache.get("q", this::answer);
        cache.get("q", this::answer);
        assertEquals(2, asked.get());
    }

    @Test
    void whenFullItStartsAfresh() {
        SearchResultCache cache = cache(30);
        for (int i = 0; i < SearchResultCache.MAX_ENTRIES; i++) {
            cache.get(i, this::answer);
        }
        cache.get("one more", this::answer);

        cache.get(0, this::answer);
        assertEquals(SearchResultCache.MAX_ENTRIES + 2, asked.get(), "the first answer was dropped");
    }
}
