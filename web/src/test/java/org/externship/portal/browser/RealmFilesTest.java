package org.externship.portal.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The realm files as written: the production realm carries no account and no hospital, only rules; the demo layer
 * only adds accounts and hospitals (the run script and the browser tests import both, production the first only).
 */
class RealmFilesTest {

    private static final Path REALM = Path.of(System.getProperty("keycloak.realmFile",
            "../config/keycloak/externship-portal-realm.json"));
    private static final Path DEMO_LAYER = Path.of(System.getProperty("keycloak.demoLayer",
            "../config/keycloak/demo/externship-portal-demo.json"));

    @Test
    void theProductionRealmHasNoUsersNoOrganizationsAndNoPasswords() throws IOException {
        JsonObject realm = read(REALM);
        assertFalse(realm.containsKey("users"), "no user, not even a service account's entry");
        assertFalse(realm.containsKey("organizations"), "hospitals are onboarded, never imported");
        assertFalse(Pattern.compile("\"credentials\"\\s*:\\s*\\[").matcher(Files.readString(REALM)).find(),
                "no password of any kind");
    }

    @Test
    void theProductionRealmCarriesItsRules() throws IOException {
        JsonObject realm = read(REALM);
        assertTrue(realm.getBoolean("bruteForceProtected"));
        String policy = realm.getString("passwordPolicy");
        for (String rule : List.of("length(12)", "notUsername", "passwordHistory(")) {
            assertTrue(policy.contains(rule), policy);
        }
        assertEquals(60, realm.getInt("accessTokenLifespan"),
                "a user disabled in Keycloak loses access within about a minute (SessionIT, with a shorter lifespan)");
        assertTrue(realm.getBoolean("revokeRefreshToken"));
        assertEquals(0, realm.getInt("refreshTokenMaxReuse"));
        assertTrue(realm.getBoolean("adminPermissionsEnabled"), "the service account's rights are permissions");

        JsonObject portal = client(realm, "portal");
        assertEquals(List.of("${PORTAL_BASE_URL:http://localhost:8080}/callback"),
                portal.getJsonArray("redirectUris").getValuesAs(JsonString::getString));
        assertEquals("${PORTAL_BASE_URL:http://localhost:8080}/",
                portal.getJsonObject("attributes").getString("post.logout.redirect.uris"));
        assertFalse(portal.getBoolean("directAccessGrantsEnabled"));
    }

    /**
     * Issue 9: username and password on one page. The realm carries Keycloak's own flows (exported from 26.7) with one
     * change: the browser flow's Organization step (identity-first: the username alone, then the password) runs only
     * once a user is known, i.e. on return with Keycloak's own session, where it is needed (for the organization scope
     * the portal asks for, Keycloak's cookie step leaves the organization to it). "A user is known" is "does not hold
     * a role nobody holds": false while nobody is known.
     */
    @Test
    void theOrganizationStepWaitsForAKnownUserSoTheSignInIsOnePage() throws IOException {
        JsonObject realm = read(REALM);
        assertEquals("browser", realm.getString("browserFlow"));
        List<JsonObject> steps = steps(realm, "browser");
        assertEquals("auth-cookie", steps.get(0).getString("authenticator"), "an open Keycloak session comes first");
        List<String> alternatives = steps.stream().filter(step -> "ALTERNATIVE".equals(step.getString("requirement")))
                .map(step -> step.getString("authenticator", step.getString("flowAlias", ""))).toList();
        assertEquals(List.of("auth-cookie", "identity-provider-redirector", "Organization", "forms"), alternatives);
        List<JsonObject> organization = steps(realm, "Browser - Conditional Organization");
        JsonObject known = organization.stream()
                .filter(step -> "conditional-user-role".equals(step.getString("authenticator", "")))
                .findFirst().orElseThrow();
        assertEquals("REQUIRED", known.getString("requirement"));
        JsonObject config = realm.getJsonArray("authenticatorConfig").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("alias").equals(known.getString("authenticatorConfig")))
                .findFirst().orElseThrow().getJsonObject("config");
        assertEquals("true", config.getString("negate"));
        String marker = config.getString("condUserRole");
        assertTrue(realm.getJsonObject("roles").getJsonArray("realm").stream().map(JsonValue::asJsonObject)
                .anyMatch(role -> role.getString("name").equals(marker)), "the marker role exists");
        assertFalse(Files.readString(DEMO_LAYER).contains(marker), "nobody holds the marker role");
    }

    private static List<JsonObject> steps(JsonObject realm, String flow) {
        return realm.getJsonArray("authenticationFlows").stream().map(JsonValue::asJsonObject)
                .filter(f -> flow.equals(f.getString("alias"))).findFirst().orElseThrow()
                .getJsonArray("authenticationExecutions").stream().map(JsonValue::asJsonObject).toList();
    }

    @Test
    void theDemoLayerOnlyAddsAccountsAndHospitals() throws IOException {
        JsonObject layer = read(DEMO_LAYER);
        assertEquals(read(REALM).getString("realm"), layer.getString("realm"));
        assertEquals(List.of("organizations", "realm", "users"), layer.keySet().stream().sorted().toList());
        assertTrue(layer.getJsonArray("users").stream().map(JsonValue::asJsonObject)
                        .noneMatch(user -> user.containsKey("realmRoles")
                                && user.getJsonArray("realmRoles").toString().contains("platform-admin")),
                "platform-admin comes only through the platform-admins group, which the service account cannot reach");
        assertTrue(layer.getJsonArray("users").stream().map(JsonValue::asJsonObject)
                        .flatMap(user -> user.getJsonArray("credentials").stream().map(JsonValue::asJsonObject))
                        .noneMatch(credential -> credential.containsKey("value")),
                "demo passwords are stored hashed (a plain one would have to pass the password policy)");
    }

    private static JsonObject client(JsonObject realm, String clientId) {
        return realm.getJsonArray("clients").stream().map(JsonValue::asJsonObject)
                .filter(client -> clientId.equals(client.getString("clientId")))
                .findFirst().orElseThrow(() -> new AssertionError("no client " + clientId));
    }

    private static JsonObject read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file); var json = Json.createReader(reader)) {
            return json.readObject();
        }
    }
}
