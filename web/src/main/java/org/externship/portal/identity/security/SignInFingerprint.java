package org.externship.portal.identity.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.shared.view.HeldWorkOwner;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * Who was signed in on this browser, kept past the end of the portal's session: an HttpOnly cookie holding a keyed
 * hash of the Keycloak subject (never the subject itself), set at sign-in and removed at sign-out. When a session
 * ends while someone is typing, the form they send is kept under this fingerprint ({@code HeldWork}) and given back
 * only to the same person signing in again, never to the next user of a shared computer. The key is derived from
 * the portal's OpenID client secret, which every node of a cluster has.
 */
@ApplicationScoped
public class SignInFingerprint implements HeldWorkOwner {

    static final String COOKIE = "EP_SIGNIN";
    private static final int MAX_AGE_SECONDS = 12 * 3600;

    @Inject
    PortalSecurity security;

    @Inject
    PortalUser user;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** Sets the cookie for {@code subject} (at the first request of a sign-in): the fingerprint and its seal. */
    void issue(HttpServletResponse response, String subject) {
        String fingerprint = of(subject);
        response.addHeader("Set-Cookie", cookie(fingerprint + "." + seal(fingerprint), MAX_AGE_SECONDS));
    }

    /** Removes the cookie (at sign-out): nothing is kept for a user who left on purpose. */
    void remove(HttpServletResponse response) {
        response.addHeader("Set-Cookie", cookie("", 0));
    }

    /**
     * The fingerprint this browser carries, if the portal issued it (its seal checks out): a made-up cookie gets
     * nothing kept.
     */
    public Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return verified(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    Optional<String> verified(String value) {
        int dot = value.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String fingerprint = value.substring(0, dot);
        return MessageDigest.isEqual(value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII),
                seal(fingerprint).getBytes(StandardCharsets.US_ASCII)) ? Optional.of(fingerprint) : Optional.empty();
    }

    @Override
    public String current() {
        return user.isSignedIn() ? of(user.getSubject()) : null;
    }

    /** Whether {@code fingerprint} belongs to {@code subject}, compared in constant time. */
    boolean isOf(String fingerprint, String subject) {
        return fingerprint != null && MessageDigest.isEqual(fingerprint.getBytes(StandardCharsets.US_ASCII),
                of(subject).getBytes(StandardCharsets.US_ASCII));
    }

    String of(String subject) {
        return hmac("fingerprint", subject);
    }

    String seal(String fingerprint) {
        return hmac("seal", fingerprint);
    }

    /** HMAC-SHA256 of {@code text} under a key of its own per {@code purpose}, derived from the client secret. */
    private String hmac(String purpose, String text) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(("portal-sign-in-" + purpose + ":" + security.getClientSecret())
                    .getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(derive.doFinal("held work".getBytes(StandardCharsets.UTF_8)), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private String cookie(String value, int maxAge) {
        return COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Lax"
                + (baseUrl.startsWith("https:") ? "; Secure" : "");
    }
}
