package org.externship.portal.identity.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads the claims of a signed ID token (already verified by the OpenID Connect mechanism): names, e-mail and the
 * Keycloak organizations the user is a member of.
 */
final class TokenClaims {

    static final String ORGANIZATION = "organization";

    private final JsonObject claims;

    /** Made once: {@code Json.createReader} looks its provider up anew at every call. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private TokenClaims(JsonObject claims) {
        this.claims = claims;
    }

    static TokenClaims of(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT");
        }
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        try (JsonReader reader = READERS.createReader(new StringReader(payload))) {
            return new TokenClaims(reader.readObject());
        }
    }

    Optional<String> string(String name) {
        JsonValue value = claims.get(name);
        return value instanceof JsonString s && !s.getString().isBlank() ? Optional.of(s.getString())
                : Optional.empty();
    }

    /**
     * The aliases of the user's organizations, sorted. Keycloak sends either a list of aliases or, when the mapper
     * adds ids, an object keyed by alias; both are read.
     */
    List<String> organizations() {
        JsonValue value = claims.get(ORGANIZATION);
        TreeSet<String> aliases = new TreeSet<>();
        if (value == null) {
            return List.of();
        }
        switch (value.getValueType()) {
            case ARRAY -> value.asJsonArray().forEach(v -> {
                if (v instanceof JsonString s) {
                    aliases.add(s.getString());
                }
            });
            case OBJECT -> aliases.addAll(value.asJsonObject().keySet());
            case STRING -> aliases.add(((JsonString) value).getString());
            default -> {
                // no organization
            }
        }
        return List.copyOf(aliases);
    }
}
