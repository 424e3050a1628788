package org.externship.portal.browser;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.support.ui.FluentWait;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The realm the portal runs on, asked over HTTP as an attacker or the portal would ask it: what the portal's service
 * account may do (provisioning) and may not (make a platform admin, touch the platform admin, change the realm);
 * brute-force detection, the password policy, one redirect address, refresh tokens that work once.
 * Accounts and clients made here are throwaway ones, removed again; the demo accounts stay untouched.
 */
@ExtendWith(PortalExtension.class)
class KeycloakRealmIT {

    /** The demo platform admin (demo layer), a member of the platform-admins group. */
    private static final String ADMIN_ID = "44444444-0000-4000-8000-000000000001";
    private static final String GOOD_PASSWORD = "correct horse battery staple";

    /** Redirects are answers to look at, not to follow. */
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void theServiceAccountGrantsStaffRolesButNeverPlatformAdmin(RunningPortal portal) throws Exception {
        String token = serviceAccountToken(portal);
        String student = createUser(portal, "student");
        try {
            HttpResponse<String> available = admin(portal, token, "GET",
                    "/users/" + student + "/role-mappings/realm/available", null);
            assertEquals(200, available.statusCode());
            List<String> names = json(available.body()).asJsonArray().stream()
                    .map(role -> role.asJsonObject().getString("name")).toList();
            assertTrue(names.containsAll(List.of("student", "attending", "coordinator")), names.toString());
            assertFalse(names.contains("platform-admin"), names.toString());

            RoleRepresentation platformAdmin = portal.realm().roles().get("platform-admin").toRepresentation();
            assertEquals(403, admin(portal, token, "POST", "/users/" + student + "/role-mappings/realm",
                    "[{\"id\":\"" + platformAdmin.getId() + "\",\"name\":\"platform-admin\"}]").statusCode());
            String group = portal.realm().getGroupByPath("/platform-admins").getId();
            assertEquals(403, admin(portal, token, "PUT", "/users/" + student + "/groups/" + group, null)
                    .statusCode(), "nor through the group that carries the role");

            assertTrue(portal.realm().users().get(student).roles().realmLevel().listEffective().stream()
                    .noneMatch(role -> role.getName().equals("platform-admin")));
        } finally {
            portal.realm().users().delete(student).close();
        }
    }

    @Test
    void theServiceAccountCannotTouchThePlatformAdmin(RunningPortal portal) throws Exception {
        String token = serviceAccountToken(portal);
        String admin = "/users/" + ADMIN_ID;
        assertEquals(403, admin(portal, token, "GET", admin, null).statusCode());
        assertEquals(403, admin(portal, token, "PUT", admin + "/reset-password",
                "{\"type\":\"password\",\"value\":\"" + GOOD_PASSWORD + "\",\"temporary\":false}").statusCode());
        assertEquals(403, admin(portal, token, "PUT", admin, "{\"email\":\"attacker@example.org\"}").statusCode());
        assertEquals(403, admin(portal, token, "PUT", admin + "/execute-actions-email",
                "[\"UPDATE_PASSWORD\"]").statusCode());
        assertEquals(403, admin(portal, token, "DELETE", admin, null).statusCode());
        // people (issue 10): nor deactivate them, end their sessions or read their roles (a coordinator's
        // invitation of the admin's address is refused on that 403)
        assertEquals(403, admin(portal, token, "PUT", admin, "{\"username\":\"admin\",\"email\":"
                + "\"admin@externship-portal.test\",\"enabled\":false}").statusCode());
        assertEquals(403, admin(portal, token, "POST", admin + "/logout", null).statusCode());
        assertEquals(403, admin(portal, token, "GET", admin + "/role-mappings/realm/composite", null).statusCode());

        UserRepresentation stillThere = portal.realm().users().get(ADMIN_ID).toRepresentation();
        assertEquals("admin@externship-portal.test", stillThere.getEmail());
        assertTrue(stillThere.isEnabled());
    }

    @Test
    void theServiceAccountCannotChangeTheRealmOrItsClients(RunningPortal portal) throws Exception {
        String token = serviceAccountToken(portal);
        assertEquals(403, admin(portal, token, "PUT", "", "{\"bruteForceProtected\":false}").statusCode());
        assertEquals(403, admin(portal, token, "GET", "/clients", null).statusCode());
        assertEquals(403, admin(portal, token, "POST", "/clients",
                "{\"clientId\":\"intruder\",\"directAccessGrantsEnabled\":true}").statusCode());
        String portalClient = portal.realm().clients().findByClientId("portal").get(0).getId();
        assertEquals(403, admin(portal, token, "GET", "/clients/" + portalClient + "/client-secret", null)
                .statusCode());
        assertEquals(403, admin(portal, token, "POST", "/roles", "{\"name\":\"intruder\"}").statusCode());
        assertTrue(portal.realm().toRepresentation().isBruteForceProtected());
    }

    /** What {@code KeycloakGateway} does when a hospital is onboarded, and undoes when onboarding fails. */
    @Test
    void theServiceAccountCanDoWhatProvisioningDoes(RunningPortal portal) throws Exception {
        String token = serviceAccountToken(portal);
        String alias = "realm-it-" + TestRun.id();
        HttpResponse<String> organization = admin(portal, token, "POST", "/organizations",
                "{\"alias\":\"" + alias + "\",\"name\":\"Realm IT " + alias + "\",\"enabled\":true,"
                        + "\"domains\":[{\"name\":\"" + alias + ".example\"}]}");
        assertEquals(201, organization.statusCode(), organization.body());
        String organizationId = createdId(organization);
        HttpResponse<String> user = admin(portal, token, "POST", "/users",
                "{\"username\":\"dana@" + alias + ".example\",\"email\":\"dana@" + alias + ".example\","
                        + "\"firstName\":\"Dana\",\"lastName\":\"Lee\",\"enabled\":true}");
        assertEquals(201, user.statusCode(), user.body());
        String userId = createdId(user);

        HttpResponse<String> available = admin(portal, token, "GET",
                "/users/" + userId + "/role-mappings/realm/available", null);
        JsonValue coordinator = json(available.body()).asJsonArray().stream()
                .filter(role -> role.asJsonObject().getString("name").equals("coordinator")).findFirst()
                .orElseThrow(() -> new AssertionError(available.body()));
        assertEquals(204, admin(portal, token, "POST", "/users/" + userId + "/role-mappings/realm",
                "[" + coordinator + "]").statusCode());
        assertEquals(201, admin(portal, token, "POST", "/organizations/" + organizationId + "/members",
                "\"" + userId + "\"").statusCode());
        HttpResponse<String> invitation = admin(portal, token, "PUT", "/users/" + userId
                + "/execute-actions-email?client_id=portal&lifespan=3600&redirect_uri="
                + encode(portal.baseUrl() + "/callback"), "[\"UPDATE_PASSWORD\",\"VERIFY_EMAIL\"]");
        assertEquals(204, invitation.statusCode(), invitation.body());

        // people (issue 10): what a coordinator's invitation, deactivation and reactivation do, with the same
        // permissions (users: view, manage; organizations: view, manage), nothing added to the realm file
        String dana = "dana@" + alias + ".example";
        assertEquals(200, admin(portal, token, "GET", "/users?exact=true&email=" + encode(dana), null).statusCode());
        assertEquals(200, admin(portal, token, "GET", "/users/" + userId + "/role-mappings/realm/composite", null)
                .statusCode());
        HttpResponse<String> memberships = admin(portal, token, "GET", "/organizations/members/" + userId
                + "/organizations?briefRepresentation=true", null);
        assertEquals(200, memberships.statusCode(), memberships.body());
        assertTrue(memberships.body().contains(alias), memberships.body());
        // and whether each member's account is enabled, which the directory follows (HospitalAccess)
        HttpResponse<String> members = admin(portal, token, "GET", "/organizations/" + organizationId
                + "/members?first=0&max=100&briefRepresentation=true", null);
        assertEquals(200, members.statusCode(), members.body());
        assertTrue(members.body().contains(userId) && members.body().contains("\"enabled\":true"), members.body());
        String account = "{\"username\":\"" + dana + "\",\"email\":\"" + dana + "\",\"firstName\":\"Dana\","
                + "\"lastName\":\"Lee\",\"enabled\":";
        assertEquals(204, admin(portal, token, "PUT", "/users/" + userId, account + "false}").statusCode());
        assertEquals(204, admin(portal, token, "POST", "/users/" + userId + "/logout", null).statusCode());
        assertEquals(204, admin(portal, token, "PUT", "/users/" + userId, account + "true}").statusCode());
        assertEquals(204, admin(portal, token, "DELETE", "/organizations/" + organizationId + "/members/" + userId,
                null).statusCode());

        assertEquals(204, admin(portal, token, "DELETE", "/users/" + userId, null).statusCode());
        assertEquals(204, admin(portal, token, "DELETE", "/organizations/" + organizationId, null).statusCode());
    }

    @Test
    void fifteenWrongPasswordsLockTheAccountEvenForTheRightOne(RunningPortal portal) throws Exception {
        String userId = createUser(portal, "locked");
        String username = portal.realm().users().get(userId).toRepresentation().getUsername();
        try (PasswordGrantClient client = PasswordGrantClient.create(portal)) {
            assertEquals(200, client.passwordGrant(username, GOOD_PASSWORD).statusCode(), "the account works");
            for (int attempt = 1; attempt <= 15; attempt++) {
                assertNotEquals(200, client.passwordGrant(username, "wrong password " + attempt).statusCode());
            }
            new FluentWait<>(portal).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(200))
                    .withMessage("Keycloak records the account as locked")
                    .until(p -> Boolean.TRUE.equals(p.realm().attackDetection().bruteForceUserStatus(userId)
                            .get("disabled")));

            HttpResponse<String> sixteenth = client.passwordGrant(username, GOOD_PASSWORD);
            assertNotEquals(200, sixteenth.statusCode(), sixteenth.body());
            assertFalse(sixteenth.body().contains("access_token"));
        } finally {
            portal.realm().users().delete(userId).close();
        }
    }

    @Test
    void aWeakPasswordIsRefusedEvenFromTheAdminApi(RunningPortal portal) {
        String userId = createUser(portal, "weak");
        try {
            var user = portal.realm().users().get(userId);
            String username = user.toRepresentation().getUsername();
            for (String weak : List.of("demo", "short-pw-1", username)) {
                BadRequestException refused = assertThrows(BadRequestException.class,
                        () -> user.resetPassword(password(weak)), weak);
                assertTrue(refused.getResponse().readEntity(String.class).contains("invalidPassword"), weak);
            }
            user.resetPassword(password(GOOD_PASSWORD + " 2"));
            assertThrows(BadRequestException.class, () -> user.resetPassword(password(GOOD_PASSWORD)),
                    "a recent password comes back only after five others");
        } finally {
            portal.realm().users().delete(userId).close();
        }
    }

    @Test
    void aRefreshTokenWorksOnce(RunningPortal portal) throws Exception {
        String userId = createUser(portal, "refresh");
        String username = portal.realm().users().get(userId).toRepresentation().getUsername();
        try (PasswordGrantClient client = PasswordGrantClient.create(portal)) {
            HttpResponse<String> signedIn = client.passwordGrant(username, GOOD_PASSWORD);
            assertEquals(200, signedIn.statusCode(), signedIn.body());
            String first = json(signedIn.body()).asJsonObject().getString("refresh_token");

            HttpResponse<String> refreshed = client.refresh(first);
            assertEquals(200, refreshed.statusCode(), refreshed.body());
            assertNotEquals(first, json(refreshed.body()).asJsonObject().getString("refresh_token"),
                    "each refresh hands out a new refresh token");

            HttpResponse<String> replayed = client.refresh(first);
            assertEquals(400, replayed.statusCode(), replayed.body());
            assertEquals("invalid_grant", json(replayed.body()).asJsonObject().getString("error"));
        } finally {
            portal.realm().users().delete(userId).close();
        }
    }

    @Test
    void signInReturnsOnlyToTheCallbackAndSignOutOnlyToTheLandingPage(RunningPortal portal) throws Exception {
        assertEquals(200, authorizationRequest(portal, portal.baseUrl() + "/callback").statusCode());
        for (String page : List.of("/", "/externships.xhtml", "/callback/../admin/home.xhtml", "/callback?x=1")) {
            assertEquals(400, authorizationRequest(portal, portal.baseUrl() + page).statusCode(), page);
        }
        assertNotEquals(400, logout(portal, portal.baseUrl() + "/").statusCode());
        assertEquals(400, logout(portal, portal.baseUrl() + "/externships.xhtml").statusCode());
    }

    /**
     * Payara's OpenID Connect mechanism cannot send a PKCE challenge (see docs/architecture.md), so the realm cannot
     * require one; what binds the code to the browser's session instead is the {@code state} and the {@code nonce}
     * the portal sends and checks. This test keeps them there.
     */
    @Test
    void thePortalsSignInCarriesStateAndNonce(RunningPortal portal) throws Exception {
        HttpResponse<String> home = HTTP.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/home")).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = home.headers().firstValue("Location").orElseThrow(() -> new AssertionError(home));
        assertTrue(location.startsWith(portal.keycloakUrl()), location);
        Map<String, String> query = query(URI.create(location));
        assertEquals(portal.baseUrl() + "/callback", query.get("redirect_uri"));
        assertTrue(query.getOrDefault("state", "").length() >= 16, location);
        assertTrue(query.getOrDefault("nonce", "").length() >= 16, location);
        assertFalse(query.containsKey("code_challenge"), "Payara sends PKCE now: require S256 on the portal client "
                + "(pkce.code.challenge.method in the realm file) and turn this into a test that Keycloak demands it");
    }

    private static HttpResponse<String> authorizationRequest(RunningPortal portal, String redirectUri)
            throws Exception {
        return get(openIdUrl(portal, "auth") + "?client_id=portal&response_type=code&scope=openid&state=s1&nonce=n1"
                + "&redirect_uri=" + encode(redirectUri));
    }

    private static HttpResponse<String> logout(RunningPortal portal, String postLogoutUri) throws Exception {
        return get(openIdUrl(portal, "logout") + "?client_id=portal&post_logout_redirect_uri="
                + encode(postLogoutUri));
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String serviceAccountToken(RunningPortal portal) throws Exception {
        HttpResponse<String> token = post(openIdUrl(portal, "token"), Map.of("grant_type", "client_credentials",
                "client_id", "portal-admin", "client_secret", portal.adminClientSecret()));
        assertEquals(200, token.statusCode(), token.body());
        return json(token.body()).asJsonObject().getString("access_token");
    }

    private static HttpResponse<String> admin(RunningPortal portal, String token, String method, String path,
                                              String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(portal.keycloakUrl() + "/admin/realms/" + RunningPortal.REALM + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A throwaway account, complete enough to sign in, with {@link #GOOD_PASSWORD}, made by the bootstrap admin. */
    private static String createUser(RunningPortal portal, String purpose) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername("realm-it-" + purpose + "-" + TestRun.id());
        user.setEmail(user.getUsername() + "@realm-it.example");
        user.setEmailVerified(true);
        user.setFirstName("Realm");
        user.setLastName("Test");
        user.setEnabled(true);
        user.setCredentials(List.of(password(GOOD_PASSWORD)));
        try (Response created = portal.realm().users().create(user)) {
            return CreatedResponseUtil.getCreatedId(created);
        }
    }

    private static CredentialRepresentation password(String value) {
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(value);
        password.setTemporary(false);
        return password;
    }

    private static String createdId(HttpResponse<String> created) {
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String openIdUrl(RunningPortal portal, String endpoint) {
        return portal.keycloakUrl() + "/realms/" + RunningPortal.REALM + "/protocol/openid-connect/" + endpoint;
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : "",
                        (first, second) -> first));
    }

    private static JsonValue json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    /**
     * A throwaway confidential client that allows the password grant, which the realm's own {@code portal} client
     * does not: the realm's rules (brute force, refresh tokens) hold for every client, so they are tried on this one.
     */
    private static final class PasswordGrantClient implements AutoCloseable {

        private final RunningPortal portal;
        private final String id;
        private final String clientId;
        private final String secret;

        private PasswordGrantClient(RunningPortal portal, String id, String clientId, String secret) {
            this.portal = portal;
            this.id = id;
            this.clientId = clientId;
            this.secret = secret;
        }

        static PasswordGrantClient create(RunningPortal portal) {
            ClientRepresentation client = new ClientRepresentation();
            client.setClientId("realm-it-" + TestRun.id());
            client.setPublicClient(false);
            client.setSecret(UUID.randomUUID().toString());
            client.setDirectAccessGrantsEnabled(true);
            client.setStandardFlowEnabled(false);
            try (Response created = portal.realm().clients().create(client)) {
                return new PasswordGrantClient(portal, CreatedResponseUtil.getCreatedId(created),
                        client.getClientId(), client.getSecret());
            }
        }

        HttpResponse<String> passwordGrant(String username, String password) throws Exception {
            return post(openIdUrl(portal, "token"), Map.of("grant_type", "password", "client_id", clientId,
                    "client_secret", secret, "username", username, "password", password));
        }

        HttpResponse<String> refresh(String refreshToken) throws Exception {
            return post(openIdUrl(portal, "token"), Map.of("grant_type", "refresh_token", "client_id",
                    clientId, "client_secret", secret, "refresh_token", refreshToken));
        }

        @Override
        public void close() {
            portal.realm().clients().get(id).remove();
        }
    }
}
