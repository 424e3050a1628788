package org.externship.portal.passport.control;

import java.text.Normalizer;

/**
 * Makes an uploaded file's name safe to keep and to offer again in a download header: only its last path segment,
 * accents folded, letters, digits and {@code . _ - ( )} and spaces kept, everything else replaced, at most 120
 * characters. The name is shown, never used as a path.
 */
public final class FileNames {

    static final int MAX_LENGTH = 120;
    private static final String FALLBACK = "document";

    private FileNames() {
    }

    public static String sanitize(String original) {
        if (original == null) {
            return FALLBACK;
        }
        String name = original;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        name = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        name = name.replaceAll("[^A-Za-z0-9._() -]+", "_")
                .replaceAll("_{2,}", "_")
                .replaceAll("\\s+", " ")
                .strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()).strip() + extension;
        }
        return name.isBlank() || name.replace("_", "").isBlank() ? FALLBACK : name;
    }
}
