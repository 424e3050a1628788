package org.externship.portal.rotation.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A certificate's public code: 12 characters of Crockford's base32 (no I, L, O, U: nothing to misread), 60 random
 * bits, shown in groups of four ("K7Q2-MX4P-9TRA") and read back however it is typed (lower case, spaces, dashes).
 */
public final class CertificateCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 12;
    private static final Pattern CODE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** "K7Q2-MX4P-9TRA". */
    public static String shown(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /** The code typed or linked as {@code text}, if it can be one. */
    public static Optional<String> read(String text) {
        if (text == null || text.length() > 40) {
            return Optional.empty();
        }
        String code = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT)
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
