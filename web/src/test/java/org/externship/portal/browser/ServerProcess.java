package org.externship.portal.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * A real server started as a process for the browser tests (Keycloak, Payara Micro). Its output goes to a log file;
 * {@link #awaitLine} waits until the server itself says it is ready, or fails with the log's name.
 */
final class ServerProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;
    private final CompletableFuture<String> ready = new CompletableFuture<>();
    private final Pattern readyLine;

    private ServerProcess(String name, Process process, Path log, Pattern readyLine) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.readyLine = readyLine;
    }

    static ServerProcess start(String name, List<String> command, Path workDir, Map<String, String> environment,
                               Path log, Pattern readyLine) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        ServerProcess server = new ServerProcess(name, builder.start(), log, readyLine);
        Thread pump = new Thread(server::pump, name + "-output");
        pump.setDaemon(true);
        pump.start();
        return server;
    }

    private void pump() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                if (!ready.isDone() && readyLine.matcher(line).find()) {
                    ready.complete(line);
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IllegalStateException(name + " exited before it was ready; see " + log));
    }

    void awaitReady(Duration timeout) {
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException(name + " not ready within " + timeout + "; see " + log, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Ends the server as a crash would: SIGKILL (what {@link Process#destroyForcibly} sends on Linux), so nothing of
     * it runs any more, no shutdown hook, no closing of files. Returns its exit code, 137 (128 + 9) after a SIGKILL.
     */
    int kill() {
        process.destroyForcibly();
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
