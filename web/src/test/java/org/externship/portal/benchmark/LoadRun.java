package org.externship.portal.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Virtual users that request one kind of page as fast as the portal answers, for a warm-up and then a measured
 * time: latencies (p50, p95), throughput, and errors (any answer but 200 with the page's marker text).
 */
final class LoadRun {

    /** A kind of page: the URLs the users cycle through, the session cookie if any, a text every answer has. */
    record Target(String name, List<URI> urls, String cookie, String marker) {
    }

    /** What one target measured. */
    record Result(String name, int requests, int errors, double p50Millis, double p95Millis, double perSecond) {
    }

    private final int users;
    private final Duration warmUp;
    private final Duration measured;

    LoadRun(int users, Duration warmUp, Duration measured) {
        this.users = users;
        this.warmUp = warmUp;
        this.measured = measured;
    }

    Result run(Target target) throws InterruptedException {
        // HTTP/1.1, one connection per user as browsers have: by default Java's client upgrades a plain http://
        // connection to HTTP/2 (h2c), which no browser does, and then sends every user's requests over one connection
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long measureUntil = measureFrom + measured.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int user = 0; user < users; user++) {
            int first = user;
            pool.execute(() -> {
                int i = first;
                while (System.nanoTime() < measureUntil) {
                    URI url = target.urls().get(i++ % target.urls().size());
                    long sent = System.nanoTime();
                    boolean ok = get(client, url, target);
                    long answered = System.nanoTime();
                    if (sent >= measureFrom && answered <= measureUntil) {
                        latencies.add(answered - sent);
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(warmUp.plus(measured).toSeconds() + 120, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(target.name(), sorted.size(), errors.get(), percentile(sorted, 50),
                percentile(sorted, 95), sorted.size() / (measured.toMillis() / 1000.0));
    }

    private static boolean get(HttpClient client, URI url, Target target) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60)).GET();
        if (target.cookie() != null) {
            request.header("Cookie", target.cookie());
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains(target.marker());
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static double percentile(List<Long> sortedNanos, int percent) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, index)) / 1_000_000.0;
    }
}
