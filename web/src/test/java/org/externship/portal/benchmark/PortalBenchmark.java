package org.externship.portal.benchmark;

import org.externship.portal.browser.PortalExtension;
import org.externship.portal.browser.PortalHttpSession;
import org.externship.portal.browser.PortalPage;
import org.externship.portal.browser.RunningPortal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The benchmark of issue 3 (not a test of speed: it measures and reports). The real portal on PostgreSQL, filled
 * by {@link DataGenerator} with the issue's volume, answers virtual users on four kinds of page, one after the
 * other in the same run: a trivial page (the baseline), the public search with six common filter combinations (their
 * answers are kept for 30 s, as in production), the search with a new question every time (nothing kept), and a
 * coordinator's review queue. Every page is warmed up before any is measured. It reports p50, p95 and throughput
 * of each, their ratios to the baseline, and the SQL statements each page request cost (from the portal's
 * diagnostics log). Run it with {@code config/benchmark.sh}; the report lands in
 * {@code web/target/benchmark/report.md}.
 */
@ExtendWith(PortalExtension.class)
class PortalBenchmark {

    private static final String DB = System.getProperty("benchmark.db", "portal_bench");
    private static final String SERVER = System.getProperty("benchmark.server", "jdbc:postgresql://127.0.0.1:5432/");
    /** The portal's own database account (the pom's PORTAL_DB_USER). */
    private static final String APP_ROLE = "portal_bench_app";
    private static final int USERS = Integer.getInteger("benchmark.users", 50);
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warmUpSeconds", 10));
    /** Before each page is measured, its users run this long unmeasured, so the run starts from a steady state. */
    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 30));
    private static final String RESULTS = "id=\"results\"";
    /** The demo student sam, whose learning log the benchmark fills (issue 12: exporting 1,000 entries). */
    private static final String LOG_STUDENT = "33333333-0000-4000-8000-000000000001";
    private static final int LOG_ENTRIES = 1000;
    private static final Pattern SQL_LINE =
            Pattern.compile("SQL statements: (GET|POST) (\\S+) (\\d+)(?: cpu-us (\\d+) alloc-kb (\\d+))?");
    /** Only the pages whose names match this (the trivial pages always run): for trying one page's change. */
    private static final Pattern ONLY = Pattern.compile(System.getProperty("benchmark.only", ".*"));

    @BeforeAll
    static void database() throws SQLException {
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement statement = server.createStatement()) {
            if (!statement.executeQuery("select 1 from pg_database where datname = '" + DB + "'").next()) {
                statement.execute("create database " + DB);
            }
            // the portal's own account, as in production: owning nothing, walled by row-level security (V8_1);
            // Flyway migrates as the owner, postgres (the pom's PORTAL_DB_OWNER_USER)
            statement.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + APP_ROLE
                    + "') then create role " + APP_ROLE + " login nosuperuser nobypassrls; end if; end $$");
        }
        // what V8_2 grants the portal's account, for a database first migrated with postgres as the portal's account
        // too (V8_2 then had nothing to grant; on a new database it grants this itself)
        try (Connection db = DriverManager.getConnection(SERVER + DB, "postgres", "");
             Statement statement = db.createStatement()) {
            statement.execute("grant usage on schema public to " + APP_ROLE);
            statement.execute("grant select, insert, update, delete on all tables in schema public to " + APP_ROLE);
            statement.execute("grant usage on all sequences in schema public to " + APP_ROLE);
            statement.execute("grant execute on all functions in schema public to " + APP_ROLE);
            statement.execute("alter default privileges in schema public grant select, insert, update, delete on "
                    + "tables to " + APP_ROLE);
            statement.execute("alter default privileges in schema public grant usage on sequences to " + APP_ROLE);
        }
    }

    @Test
    void searchAndQueueSideBySideWithATrivialPage(RunningPortal portal, WebDriver browser) throws Exception {
        DataGenerator.Volume volume = DataGenerator.Volume.issueFigures();
        long generating = System.nanoTime();
        try (Connection db = DriverManager.getConnection(SERVER + DB, "postgres", "")) {
            new DataGenerator().fill(db, volume, List.of("st-marys", "riverside"));
            new DataGenerator().logEntries(db, LOG_STUDENT, LOG_ENTRIES);
            new DataGenerator().placements(db);
            // as autovacuum leaves a live database: statistics, and the visibility map that lets an index-only scan
            // skip the table (freshly written rows are not yet known to be visible to all); VACUUM runs outside a
            // transaction, and ANALYZE's statistics are transactional: they must not be rolled back
            db.setAutoCommit(true);
            try (Statement statement = db.createStatement()) {
                statement.execute("vacuum analyze");
            }
        }
        double generatedSeconds = (System.nanoTime() - generating) / 1e9;

        // every virtual coordinator in a session of their own, as fifty people signed in would be (pages that post
        // back need it: one session keeps only a few views)
        List<String> coordinators = new ArrayList<>();
        for (int user = 0; user < USERS; user++) {
            PortalHttpSession session = new PortalHttpSession(portal.baseUrl());
            session.signIn("/coordinator/home.xhtml", "carla", "demo");
            coordinators.add(session.sessionCookie());
        }
        new PortalPage(browser, portal).signIn("sam", "demo");
        String student = "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
        String base = portal.baseUrl();
        LocalDate monthStart = LocalDate.now().withDayOfMonth(1);
        List<LoadRun.Target> targets = chosen(List.of(
                new LoadRun.Target("trivial page (baseline)", List.of(URI.create(base + "/index.xhtml")), null,
                        "landing-title"),
                new LoadRun.Target("search with filters", searches(base), null, RESULTS),
                new LoadRun.Target("search, every question new (no kept answer; half free text)", newSearches(base),
                        null, RESULTS),
                // the coordinator's pages, each user in a session of their own, beside the cost of any signed-in page
                new LoadRun.Target("trivial page, signed in (staff/floor: layout and menu, no data)",
                        List.of(URI.create(base + "/staff/floor.xhtml")), coordinators, "floor-title", null),
                new LoadRun.Target("review queue (coordinator)",
                        List.of(URI.create(base + "/coordinator/applications.xhtml")), coordinators, "queue-rows",
                        null),
                // the calendar's page with its month's periods and placements written in (calendar.js hands them to
                // the schedule), as a browser opens it: one request
                new LoadRun.Target("rotation calendar, a month (coordinator: the page with its month's events)",
                        List.of(URI.create(base + "/coordinator/calendar.xhtml")), coordinators, "calendar-placement",
                        null),
                // then another month, as the schedule's script asks for it (page, then that month's events)
                new LoadRun.Target("rotation calendar, then the next month (page and the schedule's events request)",
                        List.of(URI.create(base + "/coordinator/calendar.xhtml")), coordinators, "calendar-form",
                        new LoadRun.Ajax("calendar-form", "calendar-form:calendar", Map.of(
                                "calendar-form:calendar_event", "true",
                                "calendar-form:calendar_start", monthStart.plusMonths(1).minusDays(7) + "T00:00:00Z",
                                "calendar-form:calendar_end", monthStart.plusMonths(1).plusDays(35) + "T00:00:00Z"),
                                "events")),
                new LoadRun.Target("onboarding compliance dashboard (coordinator)",
                        List.of(URI.create(base + "/coordinator/compliance.xhtml")), coordinators, "red-count", null),
                // issue 10: the reports of twelve months, a part at a time (each has its own address); the generated
                // periods lie ahead (applications are open), so the twelve months from last month hold them. The
                // first part (the funnel and the seats: both charts, two tables) alone, then every part in turn
                new LoadRun.Target("reports, twelve months: applications and seats (coordinator: the first part)",
                        List.of(reports(base, monthStart, "funnel")), coordinators, "reports-range", null),
                new LoadRun.Target("reports, twelve months: each of the five parts in turn (coordinator)",
                        Stream.of("funnel", "compliance", "evaluations", "letters", "hours")
                                .map(part -> reports(base, monthStart, part)).toList(),
                        coordinators, "reports-range", null)));
        // issue 12: what one export of 1,000 entries costs the server, so one user at a time, beside the trivial page
        List<LoadRun.Target> exports = chosen(List.of(
                new LoadRun.Target("trivial page (baseline), one user", List.of(URI.create(base + "/index.xhtml")),
                        null, "landing-title"),
                new LoadRun.Target("learning log export, CSV, " + LOG_ENTRIES + " entries, one user",
                        List.of(URI.create(base + "/student/log.csv")), student, "Benchmark topic 0:"),
                new LoadRun.Target("learning log export, PDF, " + LOG_ENTRIES + " entries, one user",
                        List.of(URI.create(base + "/student/log.pdf")), student, "%PDF-")));
        // every page is warmed up first (compiled, pooled, cached), so none is measured on a colder portal
        LoadRun warmUp = new LoadRun(USERS, WARM_UP, Duration.ZERO);
        for (LoadRun.Target target : targets) {
            warmUp.run(target);
        }
        LoadRun oneUserWarmUp = new LoadRun(1, WARM_UP, Duration.ZERO);
        for (LoadRun.Target target : exports) {
            oneUserWarmUp.run(target);
        }
        LoadRun load = new LoadRun(USERS, SETTLE, MEASURED);
        List<LoadRun.Result> results = new ArrayList<>();
        for (LoadRun.Target target : targets) {
            results.add(load.run(target));
        }
        LoadRun oneUser = new LoadRun(1, SETTLE, MEASURED);
        for (LoadRun.Target target : exports) {
            results.add(oneUser.run(target));
        }

        String report = report(volume, generatedSeconds, results, sqlStatements(portal.payaraLog()));
        Path file = Path.of("target/benchmark/report.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        Path pages = Files.createDirectories(file.resolveSibling("pages"));
        for (Map.Entry<String, String> sample : LoadRun.SAMPLES.entrySet()) {
            Files.writeString(pages.resolve(sample.getKey().replaceAll("[^A-Za-z0-9]+", "-") + ".html"),
                    sample.getValue());
        }
        System.out.println(report);
        for (LoadRun.Result result : results) {
            assertEquals(0, result.errors(), result.name() + " answered every request with its page; the first that"
                    + " did not: " + result.firstError());
        }
    }

    /** The targets {@code benchmark.only} chooses, with every trivial page (each group's baseline). */
    private static List<LoadRun.Target> chosen(List<LoadRun.Target> targets) {
        return targets.stream()
                .filter(target -> target.name().startsWith("trivial page") || ONLY.matcher(target.name()).find())
                .toList();
    }

    /** Search URLs with different filters, so the users do not ask the same question over and over. */
    private static List<URI> searches(String base) {
        return List.of(
                URI.create(base + "/externships.xhtml?specialty=INTERNAL_MEDICINE&state=NY"),
                URI.create(base + "/externships.xhtml?q=cardiology&maxFee=2000"),
                URI.create(base + "/externships.xhtml?type=HANDS_ON_CLINICAL&visa=B1&sort=DEADLINE"),
                URI.create(base + "/externships.xhtml?setting=OUTPATIENT&state=TX&sort=FEE&page=3"),
                URI.create(base + "/externships.xhtml?specialty=PEDIATRICS&minWeeks=4&maxWeeks=8"),
                URI.create(base + "/externships.xhtml"));
    }

    /**
     * Searches asked once each, so none is answered from the search cache: half by specialty and a fee ceiling, half
     * by free text (an externship's number in its title, which only a few titles contain).
     */
    private static List<URI> newSearches(String base) {
        String[] specialties = {"INTERNAL_MEDICINE", "PEDIATRICS", "CARDIOLOGY", "SURGERY", "NEUROLOGY"};
        List<URI> urls = new ArrayList<>();
        for (int n = 100; n < 100 + 20_000; n++) {
            urls.add(URI.create(n % 2 == 0
                    ? base + "/externships.xhtml?specialty=" + specialties[n % specialties.length] + "&maxFee=" + n
                    : base + "/externships.xhtml?q=externship+" + (n * 7919 % 50_000)));
        }
        return urls;
    }

    private static URI reports(String base, LocalDate monthStart, String part) {
        return URI.create(base + "/coordinator/reports.xhtml?from=" + monthStart.minusMonths(1) + "&to="
                + monthStart.plusMonths(11) + "&show=" + part);
    }

    private static String report(DataGenerator.Volume volume, double generatedSeconds, List<LoadRun.Result> results,
                                 List<String> sql) {
        LoadRun.Result baseline = results.get(0);
        StringBuilder out = new StringBuilder();
        out.append("# Benchmark: search, the coordinator's pages and learning-log exports against a trivial page\n\n");
        out.append(String.format(Locale.ROOT, "Data: %,d hospitals, %,d externships, %,d students, %,d applications "
                        + "(generated or found in %.0f s). %d virtual users; each page warmed up for %d s, then measured for %d s"
                        + " (after %d s unmeasured), one page after the other.%n%n",
                volume.hospitals(), volume.externships(), volume.students(), volume.applications(), generatedSeconds,
                USERS, WARM_UP.toSeconds(), MEASURED.toSeconds(), SETTLE.toSeconds()));
        out.append("Ratios: to the trivial page measured last before the row (anonymous, signed in, or one user), and"
                + " the p95 to the anonymous trivial page (the first row).\n\n");
        out.append("| page | requests | errors | p50 ms | p95 ms | per second | p50 ratio | p95 ratio "
                + "| p95 ratio to the anonymous trivial page |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        LoadRun.Result anonymous = results.get(0);
        for (LoadRun.Result r : results) {
            // each group of rows is measured against the trivial page measured just before it, the same way
            baseline = r.name().startsWith("trivial page") ? r : baseline;
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f |%n",
                    r.name(), r.requests(), r.errors(), r.p50Millis(), r.p95Millis(), r.perSecond(),
                    r.p50Millis() / baseline.p50Millis(), r.p95Millis() / baseline.p95Millis(),
                    r.p95Millis() / anonymous.p95Millis()));
        }
        out.append("\nPer page request: SQL statements (min / max over every request of the run), and the processor time"
                + " and memory the request's thread spent (median):\n\n");
        sql.forEach(line -> out.append("- ").append(line).append('\n'));
        return out.toString();
    }

    /**
     * Per request method and page path: the fewest and most SQL statements one request cost, and the median processor
     * time and memory its thread spent (the warm-up's requests included: the median is the steady state), from the
     * diagnostics log lines.
     */
    private static List<String> sqlStatements(Path payaraLog) throws IOException {
        Map<String, List<long[]>> byPath = new TreeMap<>();
        for (String line : Files.readAllLines(payaraLog)) {
            Matcher matcher = SQL_LINE.matcher(line);
            if (matcher.find()) {
                byPath.computeIfAbsent(matcher.group(1) + " " + matcher.group(2), path -> new ArrayList<>())
                        .add(new long[] {Long.parseLong(matcher.group(3)), number(matcher.group(4)),
                                number(matcher.group(5))});
            }
        }
        return byPath.entrySet().stream().map(e -> {
            List<long[]> requests = e.getValue();
            IntSummaryStatistics statements = requests.stream().mapToInt(r -> (int) r[0]).summaryStatistics();
            return String.format(Locale.ROOT, "%s: %d / %d statements, processor %.1f ms, memory %,d KB (median of %,d"
                            + " requests)", e.getKey(), statements.getMin(), statements.getMax(),
                    median(requests, 1) / 1000.0, median(requests, 2), requests.size());
        }).toList();
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    private static long median(List<long[]> requests, int column) {
        long[] values = requests.stream().mapToLong(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
    }
}
