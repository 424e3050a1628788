package org.externship.portal.identity.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sign-in fingerprint that keeps a form for its author only: not the subject, not forgeable, not shared. */
class SignInFingerprintTest {

    @Test
    void aFingerprintNamesNobodyAndIsTheSameOnlyForTheSameSubject() {
        SignInFingerprint fingerprint = withSecret("client-secret");
        String omar = fingerprint.of("3f0c-omar");
        assertFalse(omar.contains("omar"), "the cookie does not carry the subject");
        assertTrue(fingerprint.isOf(omar, "3f0c-omar"));
        assertFalse(fingerprint.isOf(omar, "9a1b-sam"));
        assertNotEquals(omar, withSecret("another deployment").of("3f0c-omar"), "keyed by the deployment's secret");
    }

    @Test
    void onlyACookieThePortalSealedIsRead() {
        SignInFingerprint fingerprint = withSecret("client-secret");
        String omar = fingerprint.of("3f0c-omar");
        String sam = fingerprint.of("9a1b-sam");
        assertEquals(Optional.of(omar), fingerprint.verified(omar + "." + fingerprint.seal(omar)));
        assertEquals(Optional.empty(), fingerprint.verified(omar), "no seal");
        assertEquals(Optional.empty(), fingerprint.verified(omar + ".made-up"), "a made-up seal");
        assertEquals(Optional.empty(), fingerprint.verified(sam + "." + fingerprint.seal(omar)),
                "a seal moved to another fingerprint");
        assertEquals(Optional.empty(), withSecret("another deployment").verified(omar + "." + fingerprint.seal(omar)),
                "sealed by another deployment");
    }

    private static SignInFingerprint withSecret(String secret) {
        PortalSecurity security = new PortalSecurity();
        security.clientSecret = Optional.of(secret);
        SignInFingerprint fingerprint = new SignInFingerprint();
        fingerprint.security = security;
        fingerprint.baseUrl = "http://localhost:8080";
        return fingerprint;
    }
}
