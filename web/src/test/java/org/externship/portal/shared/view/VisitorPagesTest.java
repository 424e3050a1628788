package org.externship.portal.shared.view;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VisitorPagesTest {

    private static final String NONCE = "Zm9vYmFyYmF6cXV4";
    private static final List<VisitorPages.Header> HEADERS = List.of(
            new VisitorPages.Header("Content-Security-Policy", "script-src 'self' 'nonce-" + NONCE + "'", true),
            new VisitorPages.Header("X-Frame-Options", "DENY", false));
    private static final String BODY = "<html><script nonce=\"" + NONCE + "\">PrimeFaces.csp.init('" + NONCE
            + "');</script><h1>Welcome</h1></html>";

    private final AtomicLong now = new AtomicLong(1_000);
    private final VisitorPages pages = new VisitorPages(now::get);

    @Test
    void aKeptPageIsAnsweredWithANonceOfItsOwnInTheHeaderAndEveryScript() {
        pages.keep("/index.xhtml", 200, "text/html;charset=UTF-8", HEADERS, BODY);

        VisitorPages.Page first = pages.answer("/index.xhtml").orElseThrow();
        VisitorPages.Page second = pages.answer("/index.xhtml").orElseThrow();
        assertNotEquals(NONCE, first.nonce());
        assertNotEquals(first.nonce(), second.nonce(), "every answer gets its own nonce");
        assertEquals("script-src 'self' 'nonce-" + first.nonce() + "'", first.headers().get(0).value());
        assertEquals(BODY.replace(NONCE, first.nonce()), first.body());
        assertFalse(first.body().contains(NONCE), "the rendered page's nonce is nowhere left");
        assertEquals("DENY", first.headers().get(1).value());
        assertEquals("text/html;charset=UTF-8", first.contentType());
    }

    @Test
    void aPageIsKeptThirtySecondsThenRenderedAgain() {
        pages.keep("/index.xhtml", 200, "text/html", HEADERS, BODY);
        now.addAndGet(VisitorPages.KEPT_NANOS - 1);
        assertTrue(pages.answer("/index.xhtml").isPresent());
        now.addAndGet(1);
        assertTrue(pages.answer("/index.xhtml").isEmpty());
        assertTrue(pages.answer("/other.xhtml").isEmpty(), "only the page that was kept");
    }

    @Test
    void onlyACompletePageThatSetNoCookieIsKept() {
        pages.keep("/error", 500, "text/html", HEADERS, BODY);
        pages.keep("/json", 200, "application/json", HEADERS, "{}");
        pages.keep("/cookie", 200, "text/html", List.of(new VisitorPages.Header("Set-Cookie", "JSESSIONID", true)),
                BODY);
        pages.keep("/large", 200, "text/html", HEADERS, "x".repeat(VisitorPages.MAX_CHARS + 1));
        for (String path : List.of("/error", "/json", "/cookie", "/large")) {
            assertTrue(pages.answer(path).isEmpty(), path);
        }
    }

    @Test
    void aPageWithoutANonceIsAnsweredAsItWas() {
        pages.keep("/plain", 200, "text/html", List.of(), "<p>plain</p>");
        assertEquals("<p>plain</p>", pages.answer("/plain").orElseThrow().body());
    }
}
