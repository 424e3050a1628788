package org.externship.portal.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Virtual users that request one kind of page as fast as the portal answers, for a warm-up and then a measured
 * time: latencies (p50, p95), throughput, and errors (any answer but 200 with the page's marker text).
 */
final class LoadRun {

    /**
     * A kind of page: the URLs the users cycle through, the session cookies (user n acts in session n modulo their
     * number; none: anonymous), a text every answer has, and the request the page's script sends once it is loaded
     * (none: the page is all): a visit is measured from the page's request to the answer of that one.
     */
    record Target(String name, List<URI> urls, List<String> sessions, String marker, Ajax then) {

        Target(String name, List<URI> urls, String session, String marker) {
            this(name, urls, session == null ? List.of() : List.of(session), marker, null);
        }
    }

    /**
     * A JSF partial request (as PrimeFaces' script sends it) right after the page: posted to the page's URL with the
     * page's view state, {@code source} executed and rendered, the form {@code formId} and {@code parameters}; its
     * answer must hold {@code marker} and no error.
     */
    record Ajax(String formId, String source, Map<String, String> parameters, String marker) {
    }

    /** What one target measured. */
    record Result(String name, int requests, int errors, double p50Millis, double p95Millis, double perSecond,
                  String firstError) {
    }

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final Pattern NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");

    /** One answer of each target's page (its name to the body), for reading what a page sends. */
    static final Map<String, String> SAMPLES = new ConcurrentHashMap<>();

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
        AtomicReference<String> firstError = new AtomicReference<>();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long measureUntil = measureFrom + measured.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int user = 0; user < users; user++) {
            int first = user;
            String session = target.sessions().isEmpty() ? null
                    : target.sessions().get(user % target.sessions().size());
            pool.execute(() -> {
                int i = first;
                while (System.nanoTime() < measureUntil) {
                    URI url = target.urls().get(i++ % target.urls().size());
                    long sent = System.nanoTime();
                    String error = visit(client, url, session, target);
                    boolean ok = error == null;
                    if (!ok) {
                        firstError.compareAndSet(null, error);
                    }
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
                percentile(sorted, 95), sorted.size() / (measured.toMillis() / 1000.0), firstError.get());
    }

    /** One visit: null when every answer was right, else what was wrong with the first that was not. */
    private static String visit(HttpClient client, URI url, String session, Target target) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60)).GET();
        if (session != null) {
            request.header("Cookie", session);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains(target.marker())) {
                return wrong(url, response);
            }
            SAMPLES.putIfAbsent(target.name(), response.body());
            if (target.then() == null) {
                return null;
            }
            Matcher state = VIEW_STATE.matcher(response.body());
            if (!state.find()) {
                return "no view state in " + url;
            }
            Ajax ajax = target.then();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("jakarta.faces.partial.ajax", "true");
            fields.put("jakarta.faces.source", ajax.source());
            fields.put("jakarta.faces.partial.execute", ajax.source());
            fields.put("jakarta.faces.partial.render", ajax.source());
            fields.put(ajax.source(), ajax.source());
            fields.put(ajax.formId(), ajax.formId());
            fields.putAll(ajax.parameters());
            fields.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":").replace("&amp;", "&"));
            // PrimeFaces' content security policy: a postback carries the page's script nonce, as its script adds it
            Matcher nonce = NONCE.matcher(response.body());
            if (nonce.find()) {
                fields.put("primefaces.nonce", nonce.group(1));
            }
            HttpRequest.Builder partial = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Faces-Request", "partial/ajax")
                    .POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                            .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                                    + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"))));
            if (session != null) {
                partial.header("Cookie", session);
            }
            HttpResponse<String> answer = client.send(partial.build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains(ajax.marker())
                    && !answer.body().contains("<error>") ? null : wrong(url, answer);
        } catch (IOException e) {
            return url + ": " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String wrong(URI url, HttpResponse<String> answer) {
        String body = answer.body();
        return answer.request().method() + " " + url + ": " + answer.statusCode() + " "
                + body.substring(0, Math.min(body.length(), 600)).replaceAll("\\s+", " ");
    }

    private static double percentile(List<Long> sortedNanos, int percent) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, index)) / 1_000_000.0;
    }
}
