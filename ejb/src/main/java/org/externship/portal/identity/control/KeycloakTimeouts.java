package org.externship.portal.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * How long the portal waits for Keycloak, in every call it makes to it (the admin client, the sign-in's probe):
 * {@code portal.keycloak.connect-timeout-ms} and {@code portal.keycloak.read-timeout-ms}. A Keycloak that accepts
 * connections but never answers must not hold the portal's threads.
 */
@ApplicationScoped
public class KeycloakTimeouts {

    @Inject
    @ConfigProperty(name = "portal.keycloak.connect-timeout-ms", defaultValue = "2000")
    long connectMs;

    @Inject
    @ConfigProperty(name = "portal.keycloak.read-timeout-ms", defaultValue = "5000")
    long readMs;

    public KeycloakTimeouts() {
        // for CDI
    }

    /** Fixed timeouts, for tests. */
    public KeycloakTimeouts(Duration connect, Duration read) {
        this.connectMs = connect.toMillis();
        this.readMs = read.toMillis();
    }

    public Duration connect() {
        return Duration.ofMillis(connectMs);
    }

    public Duration read() {
        return Duration.ofMillis(readMs);
    }
}
