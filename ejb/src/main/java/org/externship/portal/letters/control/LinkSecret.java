package org.externship.portal.letters.control;

import org.externship.portal.passport.control.UploadInspector;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secret of a letter's download link (issue 11): 256 random bits, URL-safe, travelling only in the recipient's
 * e-mail; the portal keeps its SHA-256, so neither the database nor anyone who reads it can open the link.
 */
public final class LinkSecret {

    private static final int BYTES = 32;
    /** 32 bytes in unpadded base64url. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkSecret() {
    }

    public static String create() {
        byte[] secret = new byte[BYTES];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Whether {@code secret} could be one of ours (anything else is not looked up). */
    public static boolean isWellFormed(String secret) {
        return secret != null && WELL_FORMED.matcher(secret).matches();
    }

    /** What the portal keeps of {@code secret}: its SHA-256, hex. */
    public static String hash(String secret) {
        return UploadInspector.sha256(secret.getBytes(StandardCharsets.US_ASCII));
    }
}
