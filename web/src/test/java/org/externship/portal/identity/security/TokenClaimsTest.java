package org.externship.portal.identity.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenClaimsTest {

    private static String jwt(String payload) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }

    @Test
    void readsOrganizationsAsAListOfAliases() {
        TokenClaims claims = TokenClaims.of(jwt("{\"organization\":[\"st-marys\",\"riverside\"]}"));
        assertEquals(List.of("riverside", "st-marys"), claims.organizations());
    }

    @Test
    void readsOrganizationsAsAMapKeyedByAlias() {
        TokenClaims claims = TokenClaims.of(jwt("{\"organization\":{\"st-marys\":{\"id\":\"2dec\"}}}"));
        assertEquals(List.of("st-marys"), claims.organizations());
    }

    @Test
    void aStudentHasNoOrganization() {
        assertTrue(TokenClaims.of(jwt("{\"groups\":[\"student\"]}")).organizations().isEmpty());
    }

    @Test
    void readsNamesAndIgnoresBlankOnes() {
        TokenClaims claims = TokenClaims.of(jwt("{\"name\":\"Carla Mendes\",\"email\":\" \"}"));
        assertEquals("Carla Mendes", claims.string("name").orElseThrow());
        assertTrue(claims.string("email").isEmpty());
        assertTrue(claims.string("missing").isEmpty());
    }

    @Test
    void refusesWhatIsNotAJwt() {
        assertThrows(IllegalArgumentException.class, () -> TokenClaims.of("no-dots-here"));
    }
}
