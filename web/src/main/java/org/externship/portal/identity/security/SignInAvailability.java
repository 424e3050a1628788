package org.externship.portal.identity.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.externship.portal.identity.control.KeycloakTimeouts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether Keycloak answers, asked right before every request that would make the portal (or the browser) talk to
 * it: a token refresh, the exchange of a sign-in's code, sending a visitor to the sign-in page.
 * <p>
 * Why ask first: Jakarta Security's OpenID Connect mechanism calls Keycloak through Payara's Jersey client, which
 * on Payara Micro waits for an answer without limit (measured: a refresh to a Keycloak that accepted the connection
 * and never answered still waited after 60 s, whatever timeouts Jersey was given), holding the request's thread and
 * the user's session lock. So the portal asks Keycloak itself first, with its own short timeouts
 * ({@link KeycloakTimeouts}), a GET of its
 * {@code /.well-known/openid-configuration}; only if that answers does the mechanism go on. Requests arriving while
 * a probe runs wait for that probe (never longer than the timeouts) instead of starting their own. Once Keycloak
 * was found down, requests are told so at once for {@link #RETRY_DOWN}; then the next request probes again, so the
 * portal recovers by itself. What remains: a Keycloak that stops answering in the moment between the probe and the
 * mechanism's own call, which still waits.
 * <p>
 * The state is this node's own: each node of a cluster finds out for itself, which is right for a property of the
 * network path.
 */
@ApplicationScoped
public class SignInAvailability {

    static final Duration RETRY_DOWN = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(SignInAvailability.class.getName());

    @Inject
    PortalSecurity security;

    @Inject
    KeycloakTimeouts timeouts;

    Clock clock = Clock.systemUTC();
    private final AtomicReference<CompletableFuture<Boolean>> probing = new AtomicReference<>();
    private volatile boolean up = true;
    private volatile Instant foundDownAt = Instant.MIN;
    private HttpClient http;

    @PostConstruct
    void start() {
        http = HttpClient.newBuilder().connectTimeout(timeouts.connect())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Whether a request that needs Keycloak should go ahead: no while Keycloak was found down within
     * {@link #RETRY_DOWN}, else what a probe says now (the one running, if another request started it).
     */
    public boolean keycloakAnswers() {
        if (!up && clock.instant().isBefore(foundDownAt.plus(RETRY_DOWN))) {
            return false;
        }
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> running = probing.compareAndExchange(null, mine);
        if (running != null) {
            return await(running);
        }
        try {
            boolean answers = probe();
            if (answers) {
                answered();
            } else {
                failed(null);
            }
            mine.complete(answers);
            return answers;
        } finally {
            probing.set(null);
            mine.complete(false);
        }
    }

    /** A call to Keycloak succeeded. */
    public void answered() {
        if (!up) {
            LOG.info("Keycloak answers again: sign-in is available");
        }
        up = true;
    }

    /** A call to Keycloak failed (refused, timed out, or an unexpected answer). */
    public void failed(Throwable cause) {
        if (up) {
            LOG.log(Level.WARNING, "Keycloak does not answer at " + security.getProviderUri()
                    + ": users who need to sign in are told that sign-in is unavailable until it does", cause);
        }
        up = false;
        foundDownAt = clock.instant();
    }

    private boolean await(CompletableFuture<Boolean> probe) {
        try {
            return probe.get(timeouts.connect().plus(timeouts.read()).plusSeconds(1).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private boolean probe() {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(security.getProviderUri() + "/.well-known/openid-configuration"))
                .timeout(timeouts.read()).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
