package org.externship.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The requests an attacker sent to the running portal (issue 13), kept as its security regression suite: multipart
 * bodies where no upload happens, forged view states and nonces, forged Host headers, odd methods, the server's
 * name. Each answer must be the portal's own page, with the right status and the same security headers.
 */
@ExtendWith(PortalExtension.class)
class AttackerProbeIT {

    private static final String EVIL = "evil.example";
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    @Test
    void multipartBodiesAreReadOnlyOnAnUploadPageForASignedInUserAndWithinLimits(WebDriver driver,
            RunningPortal portal) throws IOException {
        RawHttp.get(portal.baseUrl(), "/index.xhtml", host(portal), null);
        Instant start = Instant.now();
        RawHttp.Answer anonymous = postMultipart(portal, "/index.xhtml", null, 20_000);
        Duration took = Duration.between(start, Instant.now());
        assertEquals(415, anonymous.status(), "an anonymous multipart post to a page without upload");
        assertTrue(anonymous.body().contains("id=\"error-415\""), "the portal's own page");
        assertTrue(took.compareTo(QUICKLY) < 0, "refused before parsing, not after " + took);

        String sam = signedIn(driver, portal, "sam");
        assertEquals(415, postMultipart(portal, "/student/home.xhtml", sam, 3).status(),
                "a signed-in student's multipart post to a page without upload");

        RawHttp.Answer manyParts = postMultipart(portal, "/student/passport.xhtml", sam, 500);
        assertEquals(400, manyParts.status(), "far more parts than an upload form has");
        assertTrue(manyParts.body().contains("id=\"error-400\""), manyParts.body());

        start = Instant.now();
        RawHttp.Answer huge = RawHttp.send(portal.baseUrl(), "POST /student/passport.xhtml HTTP/1.1\r\nHost: "
                + host(portal) + "\r\nCookie: " + sam + "\r\nContent-Type: multipart/form-data; boundary=b"
                + "\r\nContent-Length: " + 30 * 1024 * 1024, "--b\r\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(413, huge.status(), "a declared 30 MB body is refused before it is read");
        assertTrue(huge.body().contains("That file is too large"), huge.body());
        took = Duration.between(start, Instant.now());
        assertTrue(took.compareTo(QUICKLY) < 0, "without waiting for the body, not after " + took);
    }

    @Test
    void forgedOrExpiredViewStatesAnswerWithThePortalsPageTheRightStatusAndItsHeaders(RunningPortal portal)
            throws IOException {
        for (String path : List.of("/index.xhtml", "//externships.xhtml", "/externship.xhtml?id=1")) {
            RawHttp.Answer answer = postForm(portal, path, null, "jakarta.faces.ViewState=bogus&x=1");
            assertEquals(400, answer.status(), path);
            assertTrue(answer.body().contains("id=\"error-expired\""), path + ": " + answer.body());
            assertPortalHeaders(answer, path);
        }
        RawHttp.Answer missing = RawHttp.get(portal.baseUrl(), "/no/such/page.xhtml", host(portal), null);
        assertEquals(404, missing.status());
        assertTrue(missing.body().contains("id=\"error-404\""), missing.body());
        assertPortalHeaders(missing, "a page that does not exist");
    }

    @Test
    void anAjaxPostbackWithoutItsNonceIsRefusedWithThePortalsAnswer(WebDriver driver, RunningPortal portal)
            throws IOException {
        String sam = signedIn(driver, portal, "sam");
        RawHttp.Answer page = RawHttp.get(portal.baseUrl(), "/student/passport.xhtml", host(portal), sam);
        String viewState = firstGroup(Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\""),
                page.body());

        RawHttp.Answer answer = postForm(portal, "/student/passport.xhtml", sam,
                "jakarta.faces.partial.ajax=true&jakarta.faces.source=profile%3Asave"
                        + "&jakarta.faces.partial.execute=profile&jakarta.faces.partial.render=profile"
                        + "&profile=profile&jakarta.faces.ViewState=" + URLEncoder.encode(viewState,
                        StandardCharsets.UTF_8), "Faces-Request: partial/ajax");

        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.body().contains("error-"), "the portal's error page, not an empty answer: "
                + answer.body());
        assertPortalHeaders(answer, "an AJAX postback without its nonce");
    }

    @Test
    void aCoordinatorInNoHospitalIsToldWhyNotShownAnError(WebDriver driver, RunningPortal portal) {
        String username = "nohospital-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Pw-" + UUID.randomUUID();
        portal.createUser(username, password, "No", "Hospital", "coordinator");

        PortalPage page = new PortalPage(driver, portal).signIn(username, password);
        page.open("/coordinator/applications.xhtml");

        String text = driver.findElement(By.tagName("main")).getText();
        assertTrue(text.contains("Your account belongs to no hospital"), text);
        assertFalse(text.contains("Something went wrong"), text);
    }

    @Test
    void redirectsNameTheConfiguredAddressWhateverHostTheRequestClaims(RunningPortal portal) throws IOException {
        for (String path : List.of("/student", "/coordinator", "/admin", "/attending", "/WEB-INF", "/META-INF",
                "/resources", "/home")) {
            RawHttp.Answer answer = RawHttp.get(portal.baseUrl(), path, EVIL, null);
            String location = answer.header("Location").orElse("");
            assertFalse(location.contains(EVIL), path + " redirects to " + location);
        }
        RawHttp.Answer signIn = RawHttp.get(portal.baseUrl(), "/home", EVIL, null);
        assertTrue(signIn.header("Location").orElse("").contains("redirect_uri="
                        + URLEncoder.encode(portal.baseUrl() + "/callback", StandardCharsets.UTF_8)),
                "Keycloak is asked to come back to the portal's own address: " + signIn.header("Location"));
    }

    @Test
    void theServerDoesNotNameItselfAndTheSessionCookieStaysOnThisSite(WebDriver driver, RunningPortal portal)
            throws IOException {
        for (String path : List.of("/", "/externships.xhtml", "/no-such-page", "/student/home.xhtml")) {
            RawHttp.Answer answer = RawHttp.get(portal.baseUrl(), path, host(portal), null);
            assertTrue(answer.header("Server").isEmpty(), path + " sends Server: " + answer.header("Server"));
            assertTrue(answer.header("X-Powered-By").isEmpty(), path);
        }
        signedIn(driver, portal, "priya");
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        assertTrue(session.isHttpOnly(), "scripts cannot read the session cookie");
        assertEquals("Lax", session.getSameSite(), "another site's form post does not carry it");
        assertFalse(session.isSecure(), "plain HTTP here; HTTPS deployments mark it Secure (SessionCookieSettings)");
    }

    @Test
    void pagesTakeGetHeadAndPostOnly(RunningPortal portal) throws IOException {
        RawHttp.Answer options = RawHttp.send(portal.baseUrl(), "OPTIONS /index.xhtml HTTP/1.1\r\nHost: "
                + host(portal), new byte[0]);
        assertEquals(204, options.status());
        assertEquals("GET, HEAD, POST", options.header("Allow").orElse(""));
        assertEquals("", options.body(), "not the whole page");

        RawHttp.Answer put = RawHttp.send(portal.baseUrl(), "PUT /index.xhtml HTTP/1.1\r\nHost: " + host(portal)
                + "\r\nContent-Length: 0", new byte[0]);
        assertEquals(405, put.status());
        assertTrue(put.body().contains("id=\"error-405\""), put.body());
    }

    @Test
    void healthAndMetricsAreForOperatorsOnlyAndALoadBalancerGetsABareLivenessAnswer(RunningPortal portal)
            throws IOException {
        for (String path : List.of("/metrics", "/health", "/health/ready", "/openapi")) {
            RawHttp.Answer answer = RawHttp.get(portal.baseUrl(), path, host(portal), null);
            assertEquals(404, answer.status(), path + " on the public port");
            assertFalse(answer.body().contains("heap"), path);
        }
        RawHttp.Answer live = RawHttp.get(portal.baseUrl(), "/live", host(portal), null);
        assertEquals(200, live.status());
        assertEquals("UP", live.body().trim(), "nothing but that it answers");

        URI operators = URI.create(portal.operatorUrl());
        assertEquals("127.0.0.1", operators.getHost(), "the operators' port listens on this machine only");
        RawHttp.Answer metrics = RawHttp.get(portal.operatorUrl(), "/metrics", operators.getAuthority(), null);
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("memory") || metrics.body().contains("heap"), "the figures are there");
        RawHttp.Answer health = RawHttp.get(portal.operatorUrl(), "/health", operators.getAuthority(), null);
        assertEquals(200, health.status(), health.body());
    }

    private static void assertPortalHeaders(RawHttp.Answer answer, String what) {
        assertTrue(answer.all("Content-Security-Policy").stream().anyMatch(p -> p.contains("frame-ancestors 'none'")),
                what + ": the portal's content security policy");
        assertEquals(List.of("DENY"), answer.all("X-Frame-Options"), what + ": one frame policy");
        assertEquals(List.of("nosniff"), answer.all("X-Content-Type-Options"), what);
        assertTrue(answer.header("Server").isEmpty(), what + ": no server name");
    }

    /** Signs the user in with the browser and returns its cookies, for requests in the same session. */
    @Test
    void aVisitorsKeptLandingPageCarriesANonceOfItsOwnAndNothingOfASignedInUser(WebDriver driver,
            RunningPortal portal) throws IOException {
        List<String> nonces = new ArrayList<>();
        for (int visit = 0; visit < 3; visit++) {
            RawHttp.Answer page = RawHttp.get(portal.baseUrl(), "/index.xhtml", host(portal), null);
            assertEquals(200, page.status());
            assertTrue(page.all("set-cookie").isEmpty(), "a visitor gets no session");
            String nonce = firstGroup(Pattern.compile("'nonce-([^']+)'"), String.join(" ",
                    page.all("content-security-policy")));
            Matcher scripts = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"").matcher(page.body());
            int nonced = 0;
            while (scripts.find()) {
                assertEquals(nonce, scripts.group(1), "every script carries the answer's own nonce");
                nonced++;
            }
            assertTrue(nonced > 0, page.body());
            assertTrue(page.body().contains("id=\"landing-signin\""), "the visitor's page");
            nonces.add(nonce);
        }
        assertEquals(3, nonces.stream().distinct().count(), "a nonce per answer, kept page or not: " + nonces);

        String sam = signedIn(driver, portal, "sam");
        RawHttp.Answer samsPage = RawHttp.get(portal.baseUrl(), "/index.xhtml", host(portal), sam);
        assertTrue(samsPage.body().contains("id=\"landing-home\"") && samsPage.body().contains("id=\"user-name\""),
                "a signed-in user's landing page is rendered for them, not the visitors' copy");
        RawHttp.Answer visitorAfter = RawHttp.get(portal.baseUrl(), "/index.xhtml", host(portal), null);
        assertFalse(visitorAfter.body().contains("id=\"user-name\""), "nothing of a signed-in user reaches a visitor");

        driver.manage().deleteAllCookies();
        driver.get(portal.baseUrl() + "/index.xhtml");
        // the browser hides nonce attributes from the page source; a script's nonce property still tells it
        Object scriptNonces = ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.scripts).map(function (s) { return s.nonce; })"
                        + ".filter(function (n) { return n; });");
        Object initialized = ((JavascriptExecutor) driver).executeScript(
                "return window.PrimeFaces && PrimeFaces.csp && PrimeFaces.csp.NONCE_VALUE;");
        assertTrue(initialized instanceof String && !((String) initialized).isEmpty(),
                "the browser ran the kept page's inline scripts under its policy: " + initialized);
        assertTrue(((List<?>) scriptNonces).stream().allMatch(initialized::equals), scriptNonces + " " + initialized);
    }

    private static String signedIn(WebDriver driver, RunningPortal portal, String username) {
        new PortalPage(driver, portal).signIn(username, "demo");
        return driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private static RawHttp.Answer postMultipart(RunningPortal portal, String path, String cookies, int parts)
            throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            body.append("--b\r\nContent-Disposition: form-data; name=\"p").append(i).append("\"\r\n\r\nx\r\n");
        }
        body.append("--b--\r\n");
        byte[] bytes = body.toString().getBytes(StandardCharsets.US_ASCII);
        return RawHttp.send(portal.baseUrl(), "POST " + path + " HTTP/1.1\r\nHost: " + host(portal)
                + (cookies == null ? "" : "\r\nCookie: " + cookies)
                + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + bytes.length, bytes);
    }

    private static RawHttp.Answer postForm(RunningPortal portal, String path, String cookies, String form,
            String... headers) throws IOException {
        byte[] bytes = form.getBytes(StandardCharsets.US_ASCII);
        return RawHttp.send(portal.baseUrl(), "POST " + path + " HTTP/1.1\r\nHost: " + host(portal)
                + (cookies == null ? "" : "\r\nCookie: " + cookies)
                + (headers.length == 0 ? "" : "\r\n" + String.join("\r\n", headers))
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + bytes.length, bytes);
    }

    private static String host(RunningPortal portal) {
        return URI.create(portal.baseUrl()).getAuthority();
    }

    private static String firstGroup(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), "not found: " + pattern + " in " + text);
        return matcher.group(1);
    }
}
