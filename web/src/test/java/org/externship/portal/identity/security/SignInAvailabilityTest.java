package org.externship.portal.identity.security;

import com.sun.net.httpserver.HttpServer;
import org.externship.portal.identity.control.KeycloakTimeouts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, item 8: the breaker in front of Keycloak, against real sockets: a Keycloak that accepts connections but
 * never answers, one whose port is closed, one that answers again.
 */
class SignInAvailabilityTest {

    private final List<AutoCloseable> servers = new ArrayList<>();
    private final MovableClock clock = new MovableClock();

    @AfterEach
    void stopServers() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    @Test
    void aKeycloakThatNeverAnswersIsFoundDownWithinTheTimeoutAndNotAskedAgainForAWhile() throws IOException {
        SilentKeycloak silent = new SilentKeycloak();
        servers.add(silent);
        SignInAvailability availability = availabilityAt(silent.port());

        long started = System.nanoTime();
        assertFalse(availability.keycloakAnswers());
        Duration firstProbe = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(firstProbe.compareTo(Duration.ofSeconds(3)) < 0, "probe took " + firstProbe.toMillis() + " ms");

        started = System.nanoTime();
        for (int request = 0; request < 100; request++) {
            assertFalse(availability.keycloakAnswers());
        }
        Duration hundredMore = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(hundredMore.compareTo(Duration.ofMillis(200)) < 0,
                "while down, requests do not wait: 100 took " + hundredMore.toMillis() + " ms");
    }

    @Test
    void aClosedPortIsDownAndThePortalRecoversByItselfWhenKeycloakAnswersAgain() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        SignInAvailability availability = availabilityAt(port);
        assertFalse(availability.keycloakAnswers(), "nothing listens");

        HttpServer keycloak = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        keycloak.createContext("/realms/externship-portal/.well-known/openid-configuration", exchange -> {
            byte[] body = "{}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        keycloak.start();
        servers.add(() -> keycloak.stop(0));

        assertFalse(availability.keycloakAnswers(), "within the retry interval the last answer holds");
        clock.advance(SignInAvailability.RETRY_DOWN.plusSeconds(1));
        assertTrue(availability.keycloakAnswers(), "after it, a probe finds Keycloak back");
    }

    @Test
    void aFailedCallMarksKeycloakDownWithoutWaitingForAProbe() {
        SignInAvailability availability = availabilityAt(1);
        availability.failed(new IOException("read timed out"));
        assertFalse(availability.keycloakAnswers(), "no probe needed to know");
    }

    @Test
    void itIsAskedBeforeEveryCallEvenIfItAnsweredAMomentAgo() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        SignInAvailability availability = availabilityAt(port);
        availability.answered();
        assertFalse(availability.keycloakAnswers(), "a call that just succeeded does not vouch for the next one");
    }

    @Test
    void requestsArrivingDuringAProbeWaitForItInsteadOfEachProbing() throws Exception {
        try (SilentKeycloak silent = new SilentKeycloak()) {
            SignInAvailability availability = availabilityAt(silent.port());
            List<Thread> requests = new ArrayList<>();
            List<Boolean> answers = java.util.Collections.synchronizedList(new ArrayList<>());
            long started = System.nanoTime();
            for (int request = 0; request < 20; request++) {
                Thread thread = new Thread(() -> answers.add(availability.keycloakAnswers()));
                requests.add(thread);
                thread.start();
            }
            for (Thread thread : requests) {
                thread.join(10_000);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(20, answers.size());
            assertTrue(answers.stream().noneMatch(Boolean::booleanValue), answers::toString);
            assertTrue(took.compareTo(Duration.ofSeconds(4)) < 0, "20 requests were told within " + took.toMillis()
                    + " ms");
            assertTrue(silent.accepted() <= 2, "one probe, not one per request: " + silent.accepted()
                    + " connections");
        }
    }

    private SignInAvailability availabilityAt(int port) {
        PortalSecurity security = new PortalSecurity();
        security.keycloakUrl = "http://127.0.0.1:" + port;
        security.realm = "externship-portal";
        SignInAvailability availability = new SignInAvailability();
        availability.security = security;
        availability.timeouts = new KeycloakTimeouts(Duration.ofMillis(500), Duration.ofSeconds(1));
        availability.clock = clock;
        availability.start();
        return availability;
    }

    /** Accepts connections and never answers, as a stopped Keycloak process whose port stays open does. */
    private static final class SilentKeycloak implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> held = new ArrayList<>();

        SilentKeycloak() throws IOException {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        Socket connection = socket.accept();
                        synchronized (held) {
                            held.add(connection);
                        }
                    }
                } catch (IOException closed) {
                    // over
                }
            }, "silent-keycloak");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        int accepted() {
            synchronized (held) {
                return held.size();
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            synchronized (held) {
                for (Socket connection : held) {
                    connection.close();
                }
            }
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-12-02T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
