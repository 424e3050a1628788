package org.externship.portal.identity.control;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, item 8: the admin client gives up on a Keycloak that accepts connections but never answers, instead of
 * holding the coordinator's request thread for as long as the socket stays open.
 */
class KeycloakGatewayTimeoutTest {

    @Test
    void aKeycloakThatNeverAnswersFailsTheCallWithinTheReadTimeout() throws Exception {
        try (SilentServer keycloak = new SilentServer()) {
            KeycloakGateway gateway = gatewayAt("http://127.0.0.1:" + keycloak.port());
            // the first call also loads the admin client's classes, which takes seconds on a busy machine
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(KeycloakException.class,
                    () -> gateway.createUser("first@stmary.test", "First", "User", "St. Mary's", "attending")));
            long started = System.nanoTime();
            KeycloakException failure = assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                    assertThrows(KeycloakException.class, () -> gateway.createUser("new@stmary.test", "New", "User", "St. Mary's", "attending")));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "gave up after " + took.toMillis() + " ms");
            assertTrue(keycloak.accepted() > 0, "the gateway did reach the silent server");
            assertTrue(failure.getMessage().contains("create user"), failure.getMessage());
            gateway.close();
        }
    }

    private static KeycloakGateway gatewayAt(String url) {
        KeycloakGateway gateway = new KeycloakGateway();
        gateway.serverUrl = url;
        gateway.realmName = "externship-portal";
        gateway.clientId = "portal-admin";
        gateway.clientSecret = Optional.of("unused");
        gateway.portalClientId = "portal";
        gateway.portalBaseUrl = "http://localhost:8080";
        gateway.timeouts = new KeycloakTimeouts(Duration.ofMillis(500), Duration.ofSeconds(1));
        return gateway;
    }

    /** Accepts connections and never writes a byte, as a stopped Keycloak process whose port stays open does. */
    static final class SilentServer implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> held = new ArrayList<>();
        private final Thread acceptor = new Thread(this::acceptForever, "silent-server");

        SilentServer() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        synchronized int accepted() {
            return held.size();
        }

        private void acceptForever() {
            try {
                while (true) {
                    Socket connection = socket.accept();
                    synchronized (this) {
                        held.add(connection);
                    }
                }
            } catch (IOException closed) {
                // the test is over
            }
        }

        @Override
        public synchronized void close() throws IOException {
            socket.close();
            for (Socket connection : held) {
                connection.close();
            }
        }
    }
}
