package org.externship.portal.passport.control;

import java.nio.charset.StandardCharsets;

/**
 * Finds web-page markup anywhere in a file's raw bytes. A file can be two things at once (a polyglot): a PDF header,
 * then {@code <html><script>...}, then a valid PDF body opens in a PDF reader and, served or sniffed as HTML, runs
 * its script in the portal's origin; a PNG or JPEG carries the same in a text chunk or after its end marker, where
 * image viewers never look. A browser that guesses a type from the content, or a download opened from disk, decides
 * which of the two it sees, so the portal refuses both: no PDF or image a student needs for a passport contains the
 * tags {@code <script}, {@code <html}, {@code <iframe}, {@code <svg}, {@code <body} (in any case, ended as a browser
 * ends a tag name: by white space, {@code /} or {@code >}) or {@code javascript:} in its bytes.
 * <p>
 * The search is on the raw bytes on purpose: what a browser sniffs is the bytes, not what a PDF or image parser makes
 * of them. Compressed data can match by chance; the likeliest marker, {@code <svg} and its end, is five given bytes,
 * so a 5 MB file of random-looking data matches with odds of about one in four thousand, and then the student is told
 * to print or scan the document again, which produces different bytes.
 */
final class HiddenMarkup {

    private static final byte[][] AFTER_ANGLE = ascii("script", "html", "iframe", "svg", "body");
    private static final byte[] SCRIPT_SCHEME = "avascript:".getBytes(StandardCharsets.US_ASCII); // after the j

    private HiddenMarkup() {
    }

    /** Whether {@code content} holds one of the markers, ignoring the case of ASCII letters. */
    static boolean isIn(byte[] content) {
        for (int i = 0; i < content.length; i++) {
            int b = lower(content[i]);
            if (b == '<') {
                for (byte[] tag : AFTER_ANGLE) {
                    if (matchesAt(content, i + 1, tag) && endsTagName(content, i + 1 + tag.length)) {
                        return true;
                    }
                }
            } else if (b == 'j' && matchesAt(content, i + 1, SCRIPT_SCHEME)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(byte[] content, int at, byte[] lowerCase) {
        if (at + lowerCase.length > content.length) {
            return false;
        }
        for (int k = 0; k < lowerCase.length; k++) {
            if (lower(content[at + k]) != lowerCase[k]) {
                return false;
            }
        }
        return true;
    }

    /** HTML's tokenizer ends a tag name at white space, a slash or the closing angle bracket. */
    private static boolean endsTagName(byte[] content, int at) {
        if (at >= content.length) {
            return true; // the file ends inside a tag: a browser would still see one
        }
        return switch (content[at]) {
            case ' ', '\t', '\n', '\f', '\r', '/', '>' -> true;
            default -> false;
        };
    }

    private static int lower(byte b) {
        return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
    }

    private static byte[][] ascii(String... words) {
        byte[][] bytes = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            bytes[i] = words[i].getBytes(StandardCharsets.US_ASCII);
        }
        return bytes;
    }
}
