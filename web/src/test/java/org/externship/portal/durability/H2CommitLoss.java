package org.externship.portal.durability;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * The measurement of issue 13, outside the portal (not a test: it measures and reports). The H2 the portal really
 * runs on (the {@code h2.jar} inside Payara Micro) is opened with the portal's own URL (from the ejb module's
 * {@code microprofile-config.properties}), and with that URL without its durability setting (as it was before):
 * <ol>
 *   <li>lost commits: a child JVM commits one row per transaction in a loop and prints each id once its commit has
 *   returned; after a few seconds this process kills it with SIGKILL, opens the database again and counts the
 *   acknowledged ids that are not there. Three runs per URL;</li>
 *   <li>the cost: commits per second of each URL, in the same run on the same machine, each in a fresh JVM on a
 *   fresh database, alternating; and, for comparison, of the portal's URL with the file forced to the disk after
 *   every commit (what surviving a power loss, not only a killed process, would cost).</li>
 * </ol>
 * Run it after {@code ./mvnw -pl web -am verify -DskipTests} (which puts Payara Micro in {@code web/target}):
 * <pre>java -cp web/target/test-classes:ejb/target/classes org.externship.portal.durability.H2CommitLoss</pre>
 * System properties: {@code payara.microJar} (web/target/payara-micro.jar), {@code durability.seconds} (4, before
 * the kill), {@code durability.runs} (3), {@code durability.benchSeconds} (5).
 */
public final class H2CommitLoss {

    /** The setting this measurement is about; the old URL is the portal's URL without it. */
    static final String SETTING = ";WRITE_DELAY=0";

    private static final String CONFIG = "META-INF/microprofile-config.properties";

    private H2CommitLoss() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            child(args);
            return;
        }
        Path h2 = h2OfPayaraMicro(Path.of(System.getProperty("payara.microJar", "web/target/payara-micro.jar")));
        int seconds = Integer.getInteger("durability.seconds", 4);
        int runs = Integer.getInteger("durability.runs", 3);
        int benchSeconds = Integer.getInteger("durability.benchSeconds", 5);
        String portalUrl = portalUrl();
        if (!portalUrl.contains(SETTING)) {
            throw new IllegalStateException("The portal's URL lacks " + SETTING + ": " + portalUrl);
        }
        String oldUrl = portalUrl.replace(SETTING, "");
        Path work = Files.createTempDirectory("h2-durability");
        System.out.println("H2 " + h2 + "\nportal URL: " + portalUrl + "\nold URL:    " + oldUrl + "\n");

        List<String> lines = new ArrayList<>();
        for (String[] variant : new String[][] {{"old URL", oldUrl}, {"portal URL", portalUrl}}) {
            for (int run = 1; run <= runs; run++) {
                Path folder = work.resolve("kill-" + variant[0].charAt(0) + "-" + run);
                Files.createDirectories(folder);
                Loss loss = killWhileCommitting(h2, variant[1].replace("${portal.data.dir}", folder.toString()),
                        folder.resolve("acknowledged.txt"), seconds);
                String line = String.format(Locale.ROOT, "%-18s run %d: %,d commits acknowledged, SIGKILL (exit %d), "
                        + "%,d of them lost", variant[0], run, loss.acknowledged(), loss.exitCode(), loss.lost());
                System.out.println(line);
                lines.add(line);
            }
        }
        System.out.println();
        String[][] benchmarked = {{"old URL", oldUrl, "bench"}, {"portal URL", portalUrl, "bench"},
                {"portal URL + fsync", portalUrl, "bench-fsync"}};
        for (int round = 1; round <= 2; round++) {
            for (String[] variant : benchmarked) {
                String url = variant[1].replace("${portal.data.dir}", work.resolve(variant[2] + "-"
                        + variant[0].charAt(0) + "-" + round).toString());
                String rate = run(h2, variant[2], url, String.valueOf(benchSeconds)).trim();
                String line = String.format(Locale.ROOT, "%-18s round %d: %s commits/s (one connection, one row per "
                        + "commit, %d s)", variant[0], round, rate, benchSeconds);
                System.out.println(line);
                lines.add(line);
            }
        }
        Files.write(work.resolve("report.txt"), lines);
        System.out.println("\nDatabases and report under " + work);
    }

    /** What one killed run found. */
    record Loss(long acknowledged, long lost, int exitCode) {
    }

    private static Loss killWhileCommitting(Path h2, String url, Path acknowledgements, int seconds)
            throws Exception {
        // the child's output goes to a file: what it printed before the kill is all there, nothing is cut off
        Process writer = java(h2, "write", url).redirectOutput(acknowledgements.toFile()).start();
        if (writer.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the writer stopped by itself: " + new String(
                    writer.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        writer.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close of the database
        int exitCode = writer.waitFor();
        long acknowledged = lastAcknowledged(acknowledgements);
        long present = Long.parseLong(run(h2, "count", url, String.valueOf(acknowledged)).trim());
        return new Loss(acknowledged, acknowledged - present, exitCode);
    }

    /** Ids come in order, one a line; a line cut by the kill is not an acknowledgement. */
    private static long lastAcknowledged(Path acknowledgements) throws IOException {
        try (Stream<String> lines = Files.lines(acknowledgements, StandardCharsets.US_ASCII)) {
            return lines.filter(line -> line.startsWith("ack ") && line.endsWith(" ."))
                    .mapToLong(line -> Long.parseLong(line.substring(4, line.length() - 2)))
                    .max().orElse(0);
        }
    }

    private static String run(Path h2, String... args) throws Exception {
        Process process = java(h2, args).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", args) + " failed: " + new String(
                    process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static ProcessBuilder java(Path h2, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path") + java.io.File.pathSeparator + h2,
                H2CommitLoss.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    // ---- the child JVM: only java.sql, with Payara Micro's h2.jar on the class path

    private static void child(String[] args) throws SQLException {
        String mode = args[0];
        String url = args[1];
        try (Connection db = DriverManager.getConnection(url, "portal", "embedded")) {
            try (Statement statement = db.createStatement()) {
                statement.execute("create table if not exists acknowledged (id bigint primary key, note varchar(100))");
            }
            switch (mode) {
                case "write" -> write(db, Long.MAX_VALUE, System.out, false);
                case "count" -> {
                    try (PreparedStatement count = db.prepareStatement(
                            "select count(*) from acknowledged where id <= ?")) {
                        count.setLong(1, Long.parseLong(args[2]));
                        try (ResultSet rs = count.executeQuery()) {
                            rs.next();
                            System.out.println(rs.getLong(1));
                        }
                    }
                }
                case "bench", "bench-fsync" -> {
                    long seconds = Long.parseLong(args[2]);
                    boolean fsync = mode.equals("bench-fsync");
                    write(db, System.nanoTime() + TimeUnit.SECONDS.toNanos(2), null, fsync); // warm-up
                    long start = System.nanoTime();
                    long commits = write(db, start + TimeUnit.SECONDS.toNanos(seconds), null, fsync);
                    double elapsed = (System.nanoTime() - start) / 1e9;
                    System.out.println(String.format(Locale.ROOT, "%,.0f", commits / elapsed));
                }
                default -> throw new IllegalArgumentException(mode);
            }
        }
    }

    /**
     * One row per transaction until {@code until} (nanoTime); each id printed after its commit returned. With
     * {@code fsync}, every commit is followed by {@code CHECKPOINT SYNC} (H2 forces its file to the disk): what
     * surviving a power loss would cost, which no setting of H2 offers per commit.
     */
    private static long write(Connection db, long until, PrintStream acknowledge, boolean fsync) throws SQLException {
        db.setAutoCommit(false);
        long id;
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from acknowledged")) {
            rs.next();
            id = rs.getLong(1);
        }
        db.commit();
        long commits = 0;
        try (PreparedStatement insert = db.prepareStatement("insert into acknowledged (id, note) values (?, ?)");
             Statement sync = db.createStatement()) {
            while (System.nanoTime() < until) {
                insert.setLong(1, ++id);
                insert.setString(2, "commit " + id);
                insert.executeUpdate();
                db.commit();
                if (fsync) {
                    sync.execute("checkpoint sync");
                }
                commits++;
                if (acknowledge != null) {
                    acknowledge.println("ack " + id + " .");
                    acknowledge.flush();
                }
            }
        }
        return commits;
    }

    // ---- where the H2 and the URL come from

    /** Payara Micro's own H2 ({@code MICRO-INF/runtime/h2.jar}), the one the portal's WAR gets (it bundles none). */
    private static Path h2OfPayaraMicro(Path payaraMicro) throws IOException {
        Path h2 = Files.createTempFile("payara-micro-h2", ".jar");
        h2.toFile().deleteOnExit();
        try (JarFile jar = new JarFile(payaraMicro.toFile())) {
            ZipEntry entry = jar.getEntry("MICRO-INF/runtime/h2.jar");
            if (entry == null) {
                throw new IllegalStateException(payaraMicro + " has no MICRO-INF/runtime/h2.jar");
            }
            try (InputStream in = jar.getInputStream(entry)) {
                Files.copy(in, h2, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return h2;
    }

    /** {@code portal.db.url} as the portal ships it, {@code ${portal.data.dir}} left in place. */
    private static String portalUrl() throws IOException {
        Properties config = new Properties();
        try (InputStream in = H2CommitLoss.class.getClassLoader().getResourceAsStream(CONFIG)) {
            if (in == null) {
                throw new IllegalStateException(CONFIG + " is not on the class path (ejb/target/classes)");
            }
            config.load(in);
        }
        return config.getProperty("portal.db.url");
    }
}
