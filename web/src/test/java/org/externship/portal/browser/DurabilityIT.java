package org.externship.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13: the portal never loses a write it acknowledged, on the embedded database (the default) and on
 * PostgreSQL. A portal of the test's own (beside the shared one, on its Keycloak) runs on a fresh database; a
 * student saves the passport's profile again and again, each time with the next number in the medical school, over
 * HTTP as fast as the portal answers, and the test notes the last save the portal acknowledged; in the middle of this
 * the portal is killed with SIGKILL, then started again on the same data. The profile must hold the last acknowledged
 * number (or the next one, sent but unanswered when the kill came). Both databases run side by side, to keep it
 * short.
 */
@ExtendWith(PortalExtension.class)
class DurabilityIT {

    /** Acknowledged saves before the kill: enough for the portal to be busy writing when it comes. */
    private static final int SAVES_BEFORE_KILL = 50;
    private static final int SIGKILL_EXIT_CODE = 128 + 9;
    private static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String SCHOOL = "Durability school, save ";

    @Test
    void aKilledPortalKeepsEverySaveItAcknowledgedOnH2AndOnPostgreSql(RunningPortal portal) throws Exception {
        String database = "portal_durability_" + TestRun.id();
        Map<String, String> postgreSqlSettings = Map.of("PORTAL_DB_URL", POSTGRESQL + database,
                "PORTAL_DB_USER", "postgres", "PORTAL_DB_PASSWORD", "unused-with-trust-auth");
        Run h2 = new Run(portal, "h2", "omar", Map.of());
        Run postgreSql = new Run(portal, "postgresql", "priya", postgreSqlSettings);
        execute("create database " + database);
        ExecutorService sideBySide = Executors.newFixedThreadPool(2);
        try (AutoCloseable h2SignIns = portal.acceptSignInsAt(h2.baseUrl);
             AutoCloseable postgreSqlSignIns = portal.acceptSignInsAt(postgreSql.baseUrl)) {
            CompletableFuture<Outcome> onH2 = CompletableFuture.supplyAsync(h2::killAndRestart, sideBySide);
            CompletableFuture<Outcome> onPostgreSql = CompletableFuture.supplyAsync(postgreSql::killAndRestart,
                    sideBySide);
            await(CompletableFuture.allOf(onH2, onPostgreSql).exceptionally(failed -> null), Duration.ofMinutes(15));
            assertAll(() -> await(onH2, Duration.ZERO).check(), () -> await(onPostgreSql, Duration.ZERO).check());
        } finally {
            sideBySide.shutdownNow();
            execute("drop database if exists " + database + " with (force)");
        }
    }

    /** What one database went through. */
    private record Outcome(String database, int exitCode, int acknowledged, int stored, double savesPerSecond,
                           Duration firstStart, Duration restart) {

        void check() {
            String story = String.format(Locale.ROOT, "%s: started in %d s, %d saves acknowledged (%.0f a second) "
                    + "before SIGKILL, restarted in %d s, the profile holds save %d", database, firstStart.toSeconds(),
                    acknowledged, savesPerSecond, restart.toSeconds(), stored);
            System.out.println(story);
            assertEquals(SIGKILL_EXIT_CODE, exitCode, database + ": killed by SIGKILL");
            assertTrue(stored >= acknowledged, story + ": " + (acknowledged - stored) + " acknowledged saves lost");
            assertTrue(stored <= acknowledged + 1, story + ": more than was ever sent");
        }
    }

    /** One portal of the test's own on one database: started, saved to, killed, started again, read. */
    private static final class Run {

        private final RunningPortal portal;
        private final String database;
        private final String student;
        private final Map<String, String> settings;
        private final int port;
        private final String baseUrl;
        private final Path work;

        Run(RunningPortal portal, String database, String student, Map<String, String> settings) throws IOException {
            this.portal = portal;
            this.database = database;
            this.student = student;
            this.settings = settings;
            this.port = RunningPortal.freePort();
            this.baseUrl = "http://localhost:" + port;
            this.work = Path.of(System.getProperty("test.workDir", "target/browser-it"), "durability-" + database)
                    .toAbsolutePath();
        }

        Outcome killAndRestart() {
            try {
                int exitCode;
                SavesInARow saves;
                long starting = System.nanoTime();
                Duration firstStart;
                try (ServerProcess first = start("payara.log")) {
                    firstStart = Duration.ofNanos(System.nanoTime() - starting);
                    PortalHttpSession session = new PortalHttpSession(baseUrl);
                    session.signIn(PassportProfileOverHttp.PATH, student, "demo");
                    saves = new SavesInARow(new PassportProfileOverHttp(session), SAVES_BEFORE_KILL);
                    saves.start();
                    saves.awaitEnough();
                    exitCode = first.kill();
                    saves.awaitEnd();
                }
                long restarting = System.nanoTime();
                try (ServerProcess second = start("payara-restarted.log")) {
                    Duration restart = Duration.ofNanos(System.nanoTime() - restarting);
                    PortalHttpSession session = new PortalHttpSession(baseUrl);
                    session.signIn(PassportProfileOverHttp.PATH, student, "demo");
                    String school = new PassportProfileOverHttp(session).medicalSchool();
                    int stored = school.startsWith(SCHOOL) ? Integer.parseInt(school.substring(SCHOOL.length())) : 0;
                    return new Outcome(database, exitCode, saves.lastAcknowledged, stored, saves.perSecond(),
                            firstStart, restart);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Starts the portal and waits until it is ready. A port the killed portal held may not be free again at once
         * (seen once: the restarted portal logged {@code java.net.BindException: Address already in use}); such a
         * start is ended and tried again, with a new operators' port, once the portal's own port can be bound, up to
         * {@value #STARTS} times; each try keeps its own log.
         */
        private ServerProcess start(String log) throws IOException {
            for (int attempt = 1; ; attempt++) {
                Path attemptLog = work.resolve(attempt == 1 ? log : log.replace(".log", "-" + attempt + ".log"));
                ServerProcess payara = portal.startPortal(port, work, settings, attemptLog);
                try {
                    payara.awaitReady(Duration.ofMinutes(6));
                    if (!portUnavailable(attemptLog)) {
                        return payara;
                    }
                    payara.close();
                } catch (RuntimeException e) {
                    payara.close();
                    if (attempt == STARTS || !portUnavailable(attemptLog)) {
                        throw e;
                    }
                }
                if (attempt == STARTS) {
                    throw new IllegalStateException(database + ": a port stayed in use; see " + attemptLog);
                }
                awaitBindable(port, Duration.ofMinutes(2));
            }
        }
    }

    /** Tries to start a portal whose port was in use. */
    private static final int STARTS = 3;

    private static boolean portUnavailable(Path log) throws IOException {
        return Files.exists(log) && Files.readString(log).contains("Address already in use");
    }

    /** Waits until a listener could bind {@code port} (as Payara's does, reusing the address). */
    private static void awaitBindable(int port, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress("127.0.0.1", port));
                return;
            } catch (BindException inUse) {
                if (System.nanoTime() > deadline) {
                    throw inUse;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
            }
        }
    }

    /**
     * The student saving the profile again and again in a thread of its own, the number of the save in the medical
     * school, until the portal no longer answers.
     */
    private static final class SavesInARow extends Thread {

        private final PassportProfileOverHttp profile;
        private final CompletableFuture<Void> ended = new CompletableFuture<>();
        private final CompletableFuture<Void> enoughAcknowledged = new CompletableFuture<>();
        private final int enough;
        private volatile int lastAcknowledged;
        private volatile long firstSent;
        private volatile long lastAcknowledgedAt;

        SavesInARow(PassportProfileOverHttp profile, int enough) {
            super("saves-in-a-row");
            this.profile = profile;
            this.enough = enough;
            setDaemon(true);
        }

        @Override
        public void run() {
            firstSent = System.nanoTime();
            try {
                for (int save = 1; ; save++) {
                    profile.save(SCHOOL + save);
                    lastAcknowledged = save;
                    lastAcknowledgedAt = System.nanoTime();
                    if (save == enough) {
                        enoughAcknowledged.complete(null);
                    }
                }
            } catch (IOException portalGone) {
                enoughAcknowledged.completeExceptionally(portalGone);
                ended.complete(null);
            } catch (RuntimeException e) {
                enoughAcknowledged.completeExceptionally(e);
                ended.completeExceptionally(e);
            }
        }

        /** Waits until the portal has acknowledged {@code enough} saves (and the saves go on). */
        void awaitEnough() {
            await(enoughAcknowledged, Duration.ofMinutes(2));
        }

        void awaitEnd() {
            await(ended, Duration.ofMinutes(1));
        }

        double perSecond() {
            return lastAcknowledged / ((lastAcknowledgedAt - firstSent) / 1e9);
        }
    }

    private static <T> T await(CompletableFuture<T> future, Duration timeout) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Not done within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection server = DriverManager.getConnection(POSTGRESQL + "postgres", "postgres", "");
             Statement statement = server.createStatement()) {
            statement.execute(sql);
        }
    }
}
