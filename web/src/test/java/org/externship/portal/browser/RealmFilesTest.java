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
        assertFalse(Files.readString(REALM).contains("\"credentials\""), "no password of any kind");
    }

    @Test
    void theProductionRealmCarriesItsRules() throws IOException {
        JsonObject realm = read(REALM);
        assertTrue(realm.getBoolean("bruteForceProtected"));
        String policy = realm.getString("passwordPolicy");
        for (String rule : List.of("length(12)", "notUsername", "passwordHistory(")) {
            assertTrue(policy.contains(rule), policy);
        }
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
