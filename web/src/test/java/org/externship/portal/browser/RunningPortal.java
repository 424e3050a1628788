package org.externship.portal.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import jakarta.ws.rs.core.Response;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.Random;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole portal, for real, once per test run: GreenMail as the mail server, Keycloak with the realm of
 * {@code config/keycloak} plus its demo layer (demo users and hospitals, added as {@code config/run-portal.sh} adds
 * them), and Payara Micro running the built WAR on a fresh embedded database with the demo data.
 * Tests receive it through {@link PortalExtension}. Everything is stopped when the run ends.
 */
public final class RunningPortal implements ExtensionContext.Store.CloseableResource {

    static final String REALM = "externship-portal";
    private static final Random PORTS = new SecureRandom();
    private static final String ENVIRONMENT_PREFIX = "portal.env.";
    private static final String OIDC_CLIENT = "portal";

    private final GreenMail mail;
    private final ServerProcess keycloak;
    private final ServerProcess payara;
    private final String baseUrl;
    private final String operatorUrl;
    private final Path payaraLog;
    private final String keycloakUrl;
    private final String keycloakAdminPassword;
    private final String adminClientSecret;
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
        int operatorPort = freePort();
        operatorUrl = "http://127.0.0.1:" + operatorPort;
        keycloakUrl = "http://localhost:" + keycloakPort;
        keycloakAdminPassword = UUID.randomUUID().toString();
        String oidcSecret = UUID.randomUUID().toString();
        adminClientSecret = UUID.randomUUID().toString();

        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();

        Path keycloakHome = Path.of(System.getProperty("keycloak.home")).toAbsolutePath();
        deleteRecursively(keycloakHome.resolve("data/h2"));
        Files.createDirectories(keycloakHome.resolve("data/import"));
        addDemoLayer(keycloakHome, Path.of(System.getProperty("keycloak.realmFile")),
                Path.of(System.getProperty("keycloak.demoLayer")),
                keycloakHome.resolve("data/import/" + REALM + "-realm.json"), work.resolve("demo-layer.log"));
        copyTheme(Path.of(System.getProperty("keycloak.realmFile")).toAbsolutePath().resolveSibling("themes")
                .resolve("externship-portal"), keycloakHome.resolve("themes/externship-portal"));
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

        runSettings = Map.of("PORTAL_KEYCLOAK_URL", keycloakUrl,
                "PORTAL_OIDC_SECRET", oidcSecret,
                "PORTAL_ADMIN_CLIENT_SECRET", adminClientSecret,
                "PORTAL_SMTP_HOST", "127.0.0.1",
                "PORTAL_SMTP_PORT", String.valueOf(smtpPort));
        Map<String, String> settings = new HashMap<>(runSettings);
        settings.put("PORTAL_DEMO_DATA", "true");
        settings.put("PORTAL_OPERATOR_PORT", String.valueOf(operatorPort));
        payara = payaraMicro("payara-micro", portalPort, work, portalEnvironment(settings), payaraLog, List.of());

        try {
            // generous: on a busy machine Keycloak's first start (it builds itself) alone takes minutes
            keycloak.awaitReady(Duration.ofMinutes(6));
            payara.awaitReady(Duration.ofMinutes(3));
        } catch (RuntimeException e) {
            // nobody will close a portal that never started: stop its servers now, not at the machine's next boot
            payara.close();
            keycloak.close();
            mail.stop();
            throw e;
        }
        keycloakAdmin = KeycloakBuilder.builder().serverUrl(keycloakUrl).realm("master").clientId("admin-cli")
                .username("admin").password(keycloakAdminPassword).build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The operators' port (health, metrics), on 127.0.0.1 only. */
    public String operatorUrl() {
        return operatorUrl;
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

    /** The secret of the {@code portal-admin} client, whose service account the portal provisions with. */
    public String adminClientSecret() {
        return adminClientSecret;
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
     * when this returns ({@link ServerProcess#awaitReady}); the caller stops it. Such a portal lives for seconds: its
     * JVM boots with the client compiler alone and the serial collector (a quarter faster to boot on 2 cores).
     */
    ServerProcess startPortal(int port, Path work, Map<String, String> settings, Path log) throws IOException {
        Map<String, String> environment = new HashMap<>(runSettings);
        environment.put("PORTAL_OPERATOR_PORT", String.valueOf(freePort()));
        environment.putAll(settings);
        return payaraMicro("payara-micro-" + port, port, work, environment, log,
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    }

    /**
     * Payara Micro with the portal on {@code port} of 127.0.0.1, as config/run-portal.sh starts it (the same pre- and
     * post-boot commands), its files (Payara's, the portal's data folder) under {@code work}.
     */
    private static ServerProcess payaraMicro(String name, int port, Path work, Map<String, String> settings, Path log,
                                             List<String> jvmOptions) throws IOException {
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("PORTAL_WAR", System.getProperty("portal.war"));
        environment.put("PORTAL_BIND_ADDRESS", "127.0.0.1");
        environment.putIfAbsent("PORTAL_DATA_DIR", work.resolve("data").toString());
        environment.putIfAbsent("PORTAL_BASE_URL", "http://localhost:" + port);
        Path payaraConfig = Path.of(System.getProperty("keycloak.realmFile")).toAbsolutePath().getParent()
                .resolveSibling("payara");
        Files.createDirectories(work);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(payaraJvmOptions());
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"),
                "--nocluster", "--port", String.valueOf(port),
                "--rootDir", work.resolve("payara").toString(),
                "--prebootcommandfile", payaraConfig.resolve("pre-boot-commands.asadmin").toString(),
                "--postbootcommandfile", payaraConfig.resolve("post-boot-commands.asadmin").toString()));
        return ServerProcess.start(name, command, work, environment, log, Pattern.compile("Payara Micro .* ready in"));
    }

    /**
     * Options for Payara's JVM from the system property {@code payara.jvmOptions} (separated by spaces), e.g. a
     * flight recording for a profile of the benchmark ({@code config/benchmark.sh layout --profile}); none by default.
     */
    private static List<String> payaraJvmOptions() {
        String options = System.getProperty("payara.jvmOptions", "").trim();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
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

    /**
     * Makes the portal client's access and ID tokens last {@code seconds} until the returned handle is closed. At 10 s
     * or less, every request of a signed-in user refreshes them (the portal treats a token with less than 10 s left
     * as expired), so a test meets Keycloak on each request without waiting for a token to run out.
     */
    AutoCloseable accessTokensLasting(int seconds) {
        ClientResource client = realm().clients().get(realm().clients().findByClientId(OIDC_CLIENT).get(0).getId());
        ClientRepresentation changed = client.toRepresentation();
        String before = changed.getAttributes().get("access.token.lifespan");
        changed.getAttributes().put("access.token.lifespan", String.valueOf(seconds));
        client.update(changed);
        return () -> {
            ClientRepresentation restored = client.toRepresentation();
            // empty: the realm's lifespan again, as the admin console does it
            restored.getAttributes().put("access.token.lifespan", before == null ? "" : before);
            client.update(restored);
        };
    }

    /**
     * A Keycloak account of the test's own, enabled, e-mail verified, with the realm role {@code role} (it keeps the
     * default role too, as a registered student would); answers its id.
     */
    String createUser(String username, String password, String firstName, String lastName, String role) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@example.org");
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmailVerified(true);
        user.setEnabled(true);
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        user.setCredentials(List.of(credential));
        try (Response created = realm().users().create(user)) {
            if (created.getStatus() != 201) {
                throw new IllegalStateException("Keycloak did not create " + username + ": " + created.getStatus());
            }
        }
        String id = realm().users().searchByUsername(username, true).get(0).getId();
        RoleRepresentation realmRole = realm().roles().get(role).toRepresentation();
        realm().users().get(id).roles().realmLevel().add(List.of(realmRole));
        return id;
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

    /** The realm file plus the demo layer, by the run script's own tool ({@code AddDemoLayer.java}). */
    private static void addDemoLayer(Path keycloakHome, Path realmFile, Path demoLayer, Path target, Path log)
            throws IOException {
        String jackson;
        try (Stream<Path> jars = Files.list(keycloakHome.resolve("lib/lib/main"))) {
            jackson = jars.filter(jar -> jar.getFileName().toString().startsWith("com.fasterxml.jackson.core."))
                    .map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        }
        Process tool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", jackson, demoLayer.resolveSibling("AddDemoLayer.java").toString(), realmFile.toString(),
                demoLayer.toString(), target.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (tool.waitFor() != 0) {
                throw new IllegalStateException("AddDemoLayer failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The portal's Keycloak theme (config/keycloak/themes), as config/run-portal.sh installs it. */
    private static void copyTheme(Path theme, Path target) throws IOException {
        deleteRecursively(target);
        try (var files = Files.walk(theme)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(theme.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
    }

    /**
     * A port nothing listens on, below Linux's ephemeral range (32768-60999): a port the system hands out for
     * ServerSocket(0) lies in that range, where an outgoing connection (the browser's, Keycloak's) may take it before
     * the server that was meant to listen on it binds it (seen once: a portal of DurabilityIT started without its
     * listener). Below the range only another listener can take it.
     */
    static int freePort() throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20_000 + PORTS.nextInt(12_000);
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port));
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port between 20000 and 32000");
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
