package org.externship.portal.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The whole portal, for real, once per test run: GreenMail as the mail server, Keycloak with the demo realm of
 * {@code config/keycloak}, and Payara Micro running the built WAR on a fresh embedded database with the demo data.
 * Tests receive it through {@link PortalExtension}. Everything is stopped when the run ends.
 */
public final class RunningPortal implements ExtensionContext.Store.CloseableResource {

    static final String REALM = "externship-portal";
    private static final String ENVIRONMENT_PREFIX = "portal.env.";
    private static final String OIDC_CLIENT = "portal";

    private final GreenMail mail;
    private final ServerProcess keycloak;
    private final ServerProcess payara;
    private final String baseUrl;
    private final Path payaraLog;
    private final String keycloakUrl;
    private final String keycloakAdminPassword;
    private final Keycloak keycloakAdmin;
    /** What every portal of this run is started with: this Keycloak, its client secrets, this mail server. */
    private final Map<String, String> runSettings;

    private RunningPortal() throws IOException {
        Path work = Path.of(System.getProperty("test.workDir", "target/browser-it")).toAbsolutePath();
        payaraLog = work.resolve("payara.log");
        deleteRecursively(work);
        Files.createDirectories(work);
        int smtpPort = freePort();
        int keycloakPort = freePort();
        int portalPort = freePort();
        baseUrl = "http://localhost:" + portalPort;
        keycloakUrl = "http://localhost:" + keycloakPort;
        keycloakAdminPassword = UUID.randomUUID().toString();
        String oidcSecret = UUID.randomUUID().toString();
        String adminClientSecret = UUID.randomUUID().toString();

        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();

        Path keycloakHome = Path.of(System.getProperty("keycloak.home")).toAbsolutePath();
        deleteRecursively(keycloakHome.resolve("data/h2"));
        Files.createDirectories(keycloakHome.resolve("data/import"));
        Files.copy(Path.of(System.getProperty("keycloak.realmFile")),
                keycloakHome.resolve("data/import/" + REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        keycloakHome.resolve("bin/kc.sh").toFile().setExecutable(true);
        keycloak = ServerProcess.start("keycloak",
                List.of(keycloakHome.resolve("bin/kc.sh").toString(), "start-dev", "--http-host=127.0.0.1",
                        "--http-port=" + keycloakPort, "--http-management-port=" + freePort(), "--import-realm"),
                keycloakHome,
                Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", keycloakAdminPassword,
                        "PORTAL_OIDC_SECRET", oidcSecret,
                        "PORTAL_ADMIN_CLIENT_SECRET", adminClientSecret,
                        "PORTAL_BASE_URL", baseUrl,
                        "PORTAL_SMTP_HOST", "127.0.0.1",
                        "PORTAL_SMTP_PORT", String.valueOf(smtpPort)),
                work.resolve("keycloak.log"), Pattern.compile("Listening on: http"));

        Path repo = Path.of(System.getProperty("keycloak.realmFile")).toAbsolutePath().getParent().getParent()
                .getParent();
        payara = ServerProcess.start("payara-micro",
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar", System.getProperty("payara.microJar"),
                        "--nocluster", "--port", String.valueOf(portalPort),
                        "--rootDir", work.resolve("payara").toString(),
                        "--postbootcommandfile", repo.resolve("config/payara/post-boot-commands.asadmin").toString(),
                        "--deploy", System.getProperty("portal.war"), "--contextroot", "/"),
                work,
                portalEnvironment(Map.of("PORTAL_DATA_DIR", work.resolve("data").toString(),
                        "PORTAL_DEMO_DATA", "true",
                        "PORTAL_BASE_URL", baseUrl,
                        "PORTAL_KEYCLOAK_URL", keycloakUrl,
                        "PORTAL_OIDC_SECRET", oidcSecret,
                        "PORTAL_ADMIN_CLIENT_SECRET", adminClientSecret,
                        "PORTAL_SMTP_HOST", "127.0.0.1",
                        "PORTAL_SMTP_PORT", String.valueOf(smtpPort))),
                work.resolve("payara.log"), Pattern.compile("Payara Micro .* ready in"));
        runSettings = Map.of("PORTAL_KEYCLOAK_URL", keycloakUrl,
                "PORTAL_OIDC_SECRET", oidcSecret,
                "PORTAL_ADMIN_CLIENT_SECRET", adminClientSecret,
                "PORTAL_SMTP_HOST", "127.0.0.1",
                "PORTAL_SMTP_PORT", String.valueOf(smtpPort));

        keycloak.awaitReady(Duration.ofMinutes(4));
        payara.awaitReady(Duration.ofMinutes(3));
        keycloakAdmin = KeycloakBuilder.builder().serverUrl(keycloakUrl).realm("master").clientId("admin-cli")
                .username("admin").password(keycloakAdminPassword).build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Payara Micro's output, the portal's log included. */
    public Path payaraLog() {
        return payaraLog;
    }

    public String keycloakUrl() {
        return keycloakUrl;
    }

    public GreenMail mail() {
        return mail;
    }

    /** The portal's realm, through Keycloak's admin API as the bootstrap admin: for checks and set-up. */
    public RealmResource realm() {
        return keycloakAdmin.realm(REALM);
    }

    /**
     * Starts a portal of a test's own beside the shared one, for a test that kills and restarts it: Payara Micro with
     * the WAR on {@code port} of localhost, its files (Payara's, the portal's data folder) under {@code work}, signed
     * in through this run's Keycloak (once it {@link #acceptSignInsAt accepts} the portal's address) and mailing to
     * this run's mail server; {@code settings} (environment variables) come on top, e.g. its database. Not ready yet
     * when this returns ({@link ServerProcess#awaitReady}); the caller stops it.
     */
    ServerProcess startPortal(int port, Path work, Map<String, String> settings, Path log) throws IOException {
        Map<String, String> environment = new HashMap<>(runSettings);
        environment.put("PORTAL_DATA_DIR", work.resolve("data").toString());
        environment.put("PORTAL_BASE_URL", "http://localhost:" + port);
        environment.putAll(settings);
        Path repo = Path.of(System.getProperty("keycloak.realmFile")).toAbsolutePath().getParent().getParent()
                .getParent();
        Files.createDirectories(work);
        return ServerProcess.start("payara-micro-" + port,
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar", System.getProperty("payara.microJar"),
                        "--nocluster", "--port", String.valueOf(port),
                        "--rootDir", work.resolve("payara").toString(),
                        "--postbootcommandfile", repo.resolve("config/payara/post-boot-commands.asadmin").toString(),
                        "--deploy", System.getProperty("portal.war"), "--contextroot", "/"),
                work, environment, log, Pattern.compile("Payara Micro .* ready in"));
    }

    /**
     * Lets Keycloak send users who sign in back to another portal ({@code baseUrl}, see {@link #startPortal}) until
     * the returned handle is closed.
     */
    AutoCloseable acceptSignInsAt(String baseUrl) {
        ClientResource client = realm().clients().get(realm().clients().findByClientId(OIDC_CLIENT).get(0).getId());
        String redirect = baseUrl + "/*";
        ClientRepresentation added = client.toRepresentation();
        added.getRedirectUris().add(redirect);
        client.update(added);
        return () -> {
            ClientRepresentation removed = client.toRepresentation();
            removed.getRedirectUris().remove(redirect);
            client.update(removed);
        };
    }

    /** The one running portal of this test run, started at the first request for it. */
    public static RunningPortal of(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningPortal.class, key -> {
                    try {
                        return new RunningPortal();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, RunningPortal.class);
    }

    @Override
    public void close() {
        if (keycloakAdmin != null) {
            keycloakAdmin.close();
        }
        if (payara != null) {
            payara.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    /** The portal's settings, plus any given as system properties {@code portal.env.NAME=value}. */
    private static Map<String, String> portalEnvironment(Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>(settings);
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith(ENVIRONMENT_PREFIX))
                .forEach(name -> environment.put(name.substring(ENVIRONMENT_PREFIX.length()),
                        System.getProperty(name)));
        return environment;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
