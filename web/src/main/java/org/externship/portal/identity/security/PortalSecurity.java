package org.externship.portal.identity.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.shared.security.Roles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sign-in through Keycloak with Jakarta Security's OpenID Connect mechanism. Roles come from the token's flat
 * {@code groups} claim (the realm's role mapper). The access token lives 60 s; the mechanism refreshes it when it
 * expires, so an account disabled in Keycloak loses access at its next request after at most about a minute
 * (the refresh is refused, the session ends, the browser lands on the public landing page).
 * Settings come from MicroProfile Config: {@code portal.keycloak.url}, {@code portal.keycloak.realm},
 * {@code portal.oidc-secret} (environment {@code PORTAL_OIDC_SECRET}), {@code portal.base-url}.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${portalSecurity.providerUri}",
        clientId = "${portalSecurity.clientId}",
        clientSecret = "${portalSecurity.clientSecret}",
        redirectURI = "${portalSecurity.callbackUri}",
        redirectToOriginalResource = false,
        // "organization" names the user's organization; for a member of several it names none (SignInFilter)
        scope = {"openid", "profile", "email", "organization"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        tokenAutoRefresh = true,
        // the mechanism would build Keycloak's logout URL with whatever Jakarta REST runtime is current, which in
        // this WAR (RESTEasy for keycloak-admin-client) yields garbage: SignOutServlet ends Keycloak's session
        logout = @LogoutDefinition(notifyProvider = false, redirectURI = "${portalSecurity.landingPage}"))
@DeclareRoles({Roles.STUDENT, Roles.ATTENDING, Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
@Named
@ApplicationScoped
public class PortalSecurity {

    private static final Logger LOG = Logger.getLogger(PortalSecurity.class.getName());

    @Inject
    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "portal.keycloak.realm")
    String realm;

    @Inject
    @ConfigProperty(name = "portal.keycloak.client-id", defaultValue = "portal")
    String clientId;

    @Inject
    @ConfigProperty(name = "portal.oidc-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** Keycloak's RP-initiated logout: ends the Keycloak session and comes back to the landing page. */
    String endSessionUrl(String idToken) {
        return getProviderUri() + "/protocol/openid-connect/logout?id_token_hint="
                + URLEncoder.encode(idToken, StandardCharsets.UTF_8) + "&post_logout_redirect_uri="
                + URLEncoder.encode(getLandingPage(), StandardCharsets.UTF_8);
    }

    public String getProviderUri() {
        return keycloakUrl + "/realms/" + realm;
    }

    public String getClientId() {
        return clientId;
    }

    /** Without a secret nobody can sign in; the landing page still works, and the log says what is missing. */
    public String getClientSecret() {
        return clientSecret.orElseGet(() -> {
            LOG.severe("No client secret for Keycloak: set PORTAL_OIDC_SECRET");
            return "";
        });
    }

    /** Where Keycloak sends the browser after signing in: the configured base URL, never the request's host. */
    public String getCallbackUri() {
        return baseUrl + "/callback";
    }

    /** Where Keycloak sends the browser after signing out: the public landing page. */
    public String getLandingPage() {
        return baseUrl + "/";
    }
}
