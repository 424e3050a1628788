package org.externship.portal.rotation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.externship.portal.rotation.entity.CertificateFacts;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The seal of a certificate: HMAC-SHA256 over its facts ({@link CertificateFacts#canonical()}) with a key only the
 * portal holds, kept in the database so every node seals and verifies alike ({@link SealKeys}). A certificate whose
 * facts were altered, or one made up, does not carry a matching seal.
 */
@ApplicationScoped
public class CertificateSeal {

    static final String KEY = "certificate-seal";

    @Inject
    SealKeys keys;

    private volatile SecretKeySpec key;

    /** The seal of {@code facts}: 43 characters, base64url. */
    public String seal(CertificateFacts facts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] digest = mac.doFinal(facts.canonical().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** Whether {@code seal} is the seal of {@code facts} (compared in constant time). */
    public boolean matches(CertificateFacts facts, String seal) {
        return seal != null && MessageDigest.isEqual(seal(facts).getBytes(StandardCharsets.US_ASCII),
                seal.getBytes(StandardCharsets.US_ASCII));
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            String secret = keys.find(KEY).orElseGet(this::make);
            known = new SecretKeySpec(Base64.getDecoder().decode(secret), "HmacSHA256");
            key = known;
        }
        return known;
    }

    private String make() {
        try {
            return keys.make(KEY);
        } catch (RuntimeException madeElsewhere) {
            return keys.find(KEY).orElseThrow(() -> madeElsewhere);
        }
    }
}
