package org.externship.portal.shared.view;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Public pages as an anonymous visitor gets them, kept a short while ({@link #KEPT_NANOS}) so that the next visitor
 * is answered without rendering them again; see {@link VisitorPageFilter} for which requests qualify. Each answer
 * gets a script nonce of its own: the kept page's nonce is replaced in its headers and its body, so the content
 * security policy is as strict as for a rendered page. Per node: a kept page is a copy that any node can make again,
 * nothing a cluster must share.
 */
final class VisitorPages {

    /** As long as the landing page's hospital count is kept: a visitor sees nothing staler than before. */
    static final long KEPT_NANOS = 30_000_000_000L;
    /** A rendered page larger than this is not kept (the pages kept are a few kilobytes). */
    static final int MAX_CHARS = 256 * 1024;
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]{8,})'");

    /** One header of a kept answer, in the order the page set it; {@code added} for addHeader. */
    record Header(String name, String value, boolean added) {
    }

    /** A page as it was rendered for a visitor: its headers, its body and the nonce both carry. */
    record Page(String contentType, List<Header> headers, String body, String nonce, long keptUntilNanos) {

        /** This page with a new nonce in place of the one it was rendered with. */
        Page withNonce(String fresh) {
            if (nonce == null) {
                return this;
            }
            List<Header> renewed = headers.stream()
                    .map(h -> new Header(h.name(), h.value().replace(nonce, fresh), h.added()))
                    .toList();
            return new Page(contentType, renewed, body.replace(nonce, fresh), fresh, keptUntilNanos);
        }
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final LongSupplier clock;
    private final SecureRandom random = new SecureRandom();

    VisitorPages() {
        this(System::nanoTime);
    }

    VisitorPages(LongSupplier clock) {
        this.clock = clock;
    }

    /** The page kept for {@code path}, with a nonce of its own; none when nothing is kept or it has expired. */
    Optional<Page> answer(String path) {
        Page kept = pages.get(path);
        if (kept == null || kept.keptUntilNanos() - clock.getAsLong() <= 0) {
            return Optional.empty();
        }
        return Optional.of(kept.withNonce(newNonce()));
    }

    /**
     * Keeps what was rendered for {@code path}, if it may be given to any visitor: a complete page (200, HTML) that
     * set no cookie and is not too large. The nonce is read from the content security policy.
     */
    void keep(String path, int status, String contentType, List<Header> headers, String body) {
        boolean setsCookie = headers.stream().anyMatch(h -> h.name().equalsIgnoreCase("Set-Cookie"));
        if (status != 200 || contentType == null || !contentType.startsWith("text/html") || setsCookie
                || body.length() > MAX_CHARS) {
            return;
        }
        String nonce = headers.stream()
                .filter(h -> h.name().equalsIgnoreCase("Content-Security-Policy"))
                .map(h -> NONCE.matcher(h.value()))
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .orElse(null);
        pages.put(path, new Page(contentType, List.copyOf(headers), body, nonce, clock.getAsLong() + KEPT_NANOS));
    }

    private String newNonce() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
