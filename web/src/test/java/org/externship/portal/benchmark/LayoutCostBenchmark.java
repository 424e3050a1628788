package org.externship.portal.benchmark;

import org.externship.portal.browser.PortalExtension;
import org.externship.portal.browser.RunningPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layout's fixed cost (issue 9): what a page of the portal pays before its own work, against the benchmark's
 * floor, {@code floor.xhtml} (the same WAR, its filters and the Faces lifecycle, one output text, no layout). The
 * real portal on its demo data (the embedded database) answers virtual users on the floor, the anonymous landing page
 * as visitors get it (from the copy kept 30 s, {@code VisitorPageFilter}), the landing page rendered for every request
 * (a query string is never answered from the copy) and the public page of one externship. The pages are measured in alternating rounds (floor, landing, externship,
 * floor, ...), so a change in the machine's load falls on all of them alike; each round's ratios are those of pages
 * measured seconds apart, and the report gives their median. A page's cost per request is 1 / its throughput at
 * saturation (the users request as fast as the portal answers). It measures and reports; it asserts only that every
 * request was answered with its page and that no anonymous page opened a session. Run it with
 * {@code config/benchmark.sh layout}; the report lands in {@code web/target/benchmark/layout-report.md}.
 */
@ExtendWith(PortalExtension.class)
class LayoutCostBenchmark {

    private static final int USERS = Integer.getInteger("benchmark.users", 50);
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warmUpSeconds", 10));
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 4);
    /** Measured time per page and round. */
    private static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 5));
    /** Before each measured round, the page's users run this long unmeasured (connections open, steady state). */
    private static final Duration SETTLE = Duration.ofSeconds(2);
    private static final Pattern EXTERNSHIP_LINK = Pattern.compile("externship\\.xhtml\\?id=(\\d+)");

    @Test
    void landingPageAgainstTheFloor(RunningPortal portal) throws Exception {
        String base = portal.baseUrl();
        List<LoadRun.Target> targets = new ArrayList<>(List.of(
                new LoadRun.Target("floor (floor.xhtml)", List.of(URI.create(base + "/floor.xhtml")), null,
                        "id=\"floor\""),
                new LoadRun.Target("landing page (index.xhtml), as visitors get it", List.of(URI.create(base
                        + "/index.xhtml")), null, "landing-title"),
                // a query string is never answered from the visitors' copy: the layout's own cost, every time
                new LoadRun.Target("landing page, rendered for every request", List.of(URI.create(base
                        + "/index.xhtml?rendered")), null, "landing-title")));
        String externship = firstExternship(base);
        targets.add(new LoadRun.Target("public externship page",
                List.of(URI.create(base + "/externship.xhtml?id=" + externship)), null, "id=\"content\""));
        for (LoadRun.Target target : targets) {
            assertNoSession(target);
        }

        String loadBefore = loadAverage();
        LoadRun warmUp = new LoadRun(USERS, WARM_UP, Duration.ZERO);
        for (LoadRun.Target target : targets) {
            warmUp.run(target);
        }
        LoadRun load = new LoadRun(USERS, SETTLE, MEASURED);
        Map<String, List<LoadRun.Result>> rounds = new LinkedHashMap<>();
        StringBuilder timeline = new StringBuilder("# page\tround\tmeasured from (epoch ms)\tto\n");
        for (int round = 0; round < ROUNDS; round++) {
            for (LoadRun.Target target : targets) {
                long from = System.currentTimeMillis() + SETTLE.toMillis();
                rounds.computeIfAbsent(target.name(), name -> new ArrayList<>()).add(load.run(target));
                timeline.append(String.format(Locale.ROOT, "%s\t%d\t%d\t%d%n", target.name(), round + 1, from,
                        from + MEASURED.toMillis()));
            }
        }
        String loadAfter = loadAverage();
        // when each page was measured: a profile of the run (BENCHMARK_PROFILE) can be read page by page
        Files.createDirectories(Path.of("target/benchmark"));
        Files.writeString(Path.of("target/benchmark/layout-timeline.tsv"), timeline);

        String report = report(rounds, loadBefore, loadAfter);
        Path file = Path.of("target/benchmark/layout-report.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
        rounds.values().stream().flatMap(List::stream).forEach(result ->
                assertEquals(0, result.errors(), result.name() + " answered every request with its page"));
    }

    private static String report(Map<String, List<LoadRun.Result>> rounds, String loadBefore, String loadAfter) {
        List<String> pages = new ArrayList<>(rounds.keySet());
        List<LoadRun.Result> floor = rounds.get(pages.get(0));
        StringBuilder out = new StringBuilder();
        out.append("# Benchmark: the layout's fixed cost against the floor\n\n");
        out.append(String.format(Locale.ROOT, "Demo data, embedded database. %d virtual users, every page warmed up "
                        + "for %d s, then %d alternating rounds of %d s per page (after %d s unmeasured). Cost per "
                        + "request = 1 / requests per second at saturation; ratios are to the floor of the same round, "
                        + "then the median over the rounds. Machine: %d cores, load average (1, 5, 15 min) %s before, "
                        + "%s after.%n%n",
                USERS, WARM_UP.toSeconds(), ROUNDS, MEASURED.toSeconds(), SETTLE.toSeconds(),
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter));
        out.append("| page | requests | errors | per second | p50 ms | p95 ms | cost ratio | p50 ratio |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String page : pages) {
            List<LoadRun.Result> results = rounds.get(page);
            int requests = results.stream().mapToInt(LoadRun.Result::requests).sum();
            int errors = results.stream().mapToInt(LoadRun.Result::errors).sum();
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.1f | %.1f | %.2f | %.2f |%n", page,
                    requests, errors, median(results, LoadRun.Result::perSecond),
                    median(results, LoadRun.Result::p50Millis), median(results, LoadRun.Result::p95Millis),
                    medianRatio(floor, results, r -> 1 / r.perSecond()),
                    medianRatio(floor, results, LoadRun.Result::p50Millis)));
        }
        out.append("\nRound by round (requests per second; in brackets the cost ratio to that round's floor):\n\n");
        out.append("| round |");
        pages.forEach(page -> out.append(' ').append(page).append(" |"));
        out.append("\n|---:|");
        pages.forEach(page -> out.append("---:|"));
        out.append('\n');
        for (int round = 0; round < ROUNDS; round++) {
            out.append("| ").append(round + 1).append(" |");
            for (String page : pages) {
                LoadRun.Result result = rounds.get(page).get(round);
                out.append(String.format(Locale.ROOT, " %.0f (%.2f) |", result.perSecond(),
                        floor.get(round).perSecond() / result.perSecond()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static double median(List<LoadRun.Result> results, ToDoubleFunction<LoadRun.Result> value) {
        return median(results.stream().mapToDouble(value).sorted().toArray());
    }

    private static double medianRatio(List<LoadRun.Result> floor, List<LoadRun.Result> page,
                                      ToDoubleFunction<LoadRun.Result> cost) {
        double[] ratios = new double[page.size()];
        for (int round = 0; round < ratios.length; round++) {
            ratios[round] = cost.applyAsDouble(page.get(round)) / cost.applyAsDouble(floor.get(round));
        }
        java.util.Arrays.sort(ratios);
        return median(ratios);
    }

    private static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The 1, 5 and 15 minute load averages of the machine (Linux), the figures' context. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The id of the first externship the public search lists (demo data). */
    private static String firstExternship(String base) throws IOException, InterruptedException {
        HttpResponse<String> search = get(URI.create(base + "/externships.xhtml"));
        Matcher link = EXTERNSHIP_LINK.matcher(search.body());
        assertTrue(link.find(), "the public search lists an externship");
        return link.group(1);
    }

    /** The pages measured are anonymous and stateless: answering them must not open an HTTP session. */
    private static void assertNoSession(LoadRun.Target target) throws IOException, InterruptedException {
        HttpResponse<String> page = get(target.urls().get(0));
        assertEquals(200, page.statusCode(), target.name());
        assertTrue(page.body().contains(target.marker()), target.name() + " shows its page");
        assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                target.name() + " opens no session: " + page.headers().allValues("Set-Cookie"));
    }

    private static HttpResponse<String> get(URI url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
