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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** A line of a Java stack trace, "at org.example.Type.method(Type.java:12)". */
    private static final Pattern STACK_FRAME = Pattern.compile("at [\\w$.]+\\([\\w$]+\\.java:\\d+\\)");
    private static final Pattern MAIN = Pattern.compile("(<main[\\s\\S]*</main>)");

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
        String viewState = firstGroup(VIEW_STATE, page.body());

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
        String username = "nohospital-" + TestRun.id();
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

    /**
     * Issue 11's addresses as an attacker tries them, around one letter delivered by link (and through ERAS): the
     * link, its page and the letter's files give the letter to its recipient and its writer alone and give anyone
     * else nothing, not even whether what they guessed exists.
     */
    @Test
    void aLettersLinkAndFilesGiveItToItsRecipientAndWriterAloneAndEveryoneElseNothing(WebDriver driver,
            RunningPortal portal) throws IOException {
        LetterPages.Delivered letter = LetterPages.deliveredByLink(driver, portal, "Mallory", "Keys", page -> { });

        linkPageUsesNoDownloadAndShowsNoLetter(portal, letter);
        aDownloadWithoutItsOwnViewStateIsRefused(portal, letter);
        aGuessedKeyLearnsNothing(portal, letter);
        theLettersFilesAndCvAreTheWritersAlone(portal, letter);
        anotherStudentsSendPageRevealsNothing(portal, letter);
    }

    /**
     * A mail scanner's or a curious recipient's GETs and HEADs: each shows who wrote the letter for whom and how
     * many downloads are left, and leaves that number as it was; the page never carries the letter.
     */
    private static void linkPageUsesNoDownloadAndShowsNoLetter(RunningPortal portal, LetterPages.Delivered letter)
            throws IOException {
        String path = letter.link().substring(portal.baseUrl().length());
        for (int visit = 1; visit <= 3; visit++) {
            RawHttp.Answer page = RawHttp.get(portal.baseUrl(), path, host(portal), null);
            assertEquals(200, page.status(), "visit " + visit);
            assertTrue(page.body().contains("id=\"link-from\"") && page.body().contains(letter.studentName()),
                    "the link's own page: " + page.body());
            assertTrue(page.body().contains(downloadsLeft(3)), "visit " + visit + " used nothing up: " + page.body());
            assertNoLetter(page.status(), page.body(), letter, "the link page, visit " + visit);
        }
        assertEquals(200, head(letter.link()), "a HEAD, as a link checker sends");
        assertTrue(RawHttp.get(portal.baseUrl(), path, host(portal), null).body().contains(downloadsLeft(3)),
                "nor did the HEAD");
    }

    /**
     * The download is a form post: one with a made-up view state, or another visitor's (without their session), is
     * refused with the portal's "expired" page (400), no PDF and no stack trace; one with none is no postback, and
     * the form's address alone names no link (404, "does not open a letter"); none uses anything up. The visitor's
     * own post downloads the letter, and the page counts it.
     */
    private static void aDownloadWithoutItsOwnViewStateIsRefused(RunningPortal portal, LetterPages.Delivered letter)
            throws IOException {
        String path = letter.link().substring(portal.baseUrl().length());
        RawHttp.Answer page = RawHttp.get(portal.baseUrl(), path, host(portal), null);
        String cookies = page.all("set-cookie").stream().map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        assertFalse(cookies.isEmpty(), "the link page keeps its view in a session: " + page.headers());
        String action = PortalHttpSession.attribute(PortalHttpSession.tagWithId(page.body(), "link").orElseThrow(),
                "action").orElseThrow();
        String viewState = URLEncoder.encode(firstGroup(VIEW_STATE, page.body()), StandardCharsets.UTF_8);
        String download = "link=link&link%3Adownload=";

        RawHttp.Answer forged = postForm(portal, action, cookies, download + "&jakarta.faces.ViewState=bogus");
        assertEquals(400, forged.status(), "a made-up view state");
        assertTrue(forged.body().contains("id=\"error-expired\""), forged.body());
        assertPortalHeaders(forged, "a download with a made-up view state");
        assertNoLetter(forged.status(), forged.body(), letter, "a download with a made-up view state");

        RawHttp.Answer stolen = postForm(portal, action, null, download + "&jakarta.faces.ViewState=" + viewState);
        assertEquals(400, stolen.status(), "another visitor's view state, without their session");
        assertTrue(stolen.body().contains("id=\"error-expired\""), stolen.body());
        assertNoLetter(stolen.status(), stolen.body(), letter, "a download with another visitor's view state");

        RawHttp.Answer without = postForm(portal, action, cookies, download);
        assertNoLetter(without.status(), without.body(), letter, "a download without a view state");
        assertEquals(404, without.status(), "no view state, no postback: the form's address alone names no link");
        assertTrue(without.body().contains("id=\"link-unknown\""), without.body());
        assertTrue(RawHttp.get(portal.baseUrl(), path, host(portal), null).body().contains(downloadsLeft(3)),
                "the refused posts used nothing up");

        RawHttp.Answer own = postForm(portal, action, cookies, download + "&jakarta.faces.ViewState=" + viewState);
        assertEquals(200, own.status(), own.body());
        assertTrue(own.body().startsWith("%PDF"), "the visitor's own post downloads the letter");
        assertTrue(RawHttp.get(portal.baseUrl(), path, host(portal), null).body().contains(downloadsLeft(2)),
                "and the page counts it");
    }

    /**
     * Keys made up, cut short, one character too long, or under another hospital, and links without a key or a
     * hospital: each is the portal's 404 "does not open a letter" page, the same page whatever was guessed.
     */
    private static void aGuessedKeyLearnsNothing(RunningPortal portal, LetterPages.Delivered letter)
            throws IOException {
        String key = letter.link().replaceAll(".*key=([^&]+).*", "$1");
        String page = "/letter-link.xhtml";
        Map<String, String> guesses = new LinkedHashMap<>();
        guesses.put("a made-up key", page + "?hospital=st-marys&key=" + "A".repeat(key.length()));
        guesses.put("the key cut short", page + "?hospital=st-marys&key=" + key.substring(0, key.length() - 1));
        guesses.put("the key and one character more", page + "?hospital=st-marys&key=" + key + "A");
        guesses.put("the key under another hospital", page + "?hospital=riverside&key=" + key);
        guesses.put("the key under no hospital", page + "?hospital=nowhere&key=" + key);
        guesses.put("the key without a hospital", page + "?key=" + key);
        guesses.put("no key", page + "?hospital=st-marys");
        guesses.put("not a key at all", page + "?hospital=st-marys&key=%27%20or%201%3D1--");
        guesses.put("nothing", page);
        String first = null;
        for (Map.Entry<String, String> guess : guesses.entrySet()) {
            RawHttp.Answer answer = RawHttp.get(portal.baseUrl(), guess.getValue(), host(portal), null);
            assertEquals(404, answer.status(), guess.getKey());
            assertTrue(answer.body().contains("id=\"link-unknown\""), guess.getKey() + ": " + answer.body());
            for (String hint : List.of(letter.studentName(), LetterPages.WRITER_NAME, letter.title(), "link-from",
                    "link-closed")) {
                assertFalse(answer.body().contains(hint), guess.getKey() + " tells " + hint);
            }
            assertNoLetter(answer.status(), answer.body(), letter, guess.getKey());
            String main = firstGroup(MAIN, answer.body());
            if (first == null) {
                first = main;
            }
            assertEquals(first, main, guess.getKey() + ": the same page as for a made-up key");
        }
    }

    /**
     * The letter for ERAS, its version and the student's CV: the writer gets each (so these are the right
     * addresses); the student, a colleague of the writer's, another hospital's attending and an anonymous visitor get
     * a refusal with not one byte of them. Another student does not read the letter by the student's address either.
     */
    private static void theLettersFilesAndCvAreTheWritersAlone(RunningPortal portal, LetterPages.Delivered letter)
            throws IOException {
        List<String> files = List.of("/attending/letter-file?delivery=" + letter.erasDelivery(),
                "/attending/letter-file?request=" + letter.requestId() + "&version=1",
                "/attending/letter-file?request=" + letter.requestId(),
                "/attending/letter-cv?request=" + letter.requestId());
        PortalHttpSession writer = signedInOverHttp(portal, LetterPages.WRITER, "demo", "/attending/letters.xhtml");
        for (String file : files.subList(0, 2)) {
            assertTrue(writer.get(file).body().startsWith("%PDF"), "the writer gets " + file);
        }
        assertTrue(writer.get(files.get(3)).body().startsWith("%PDF"), "the writer gets the CV sent with the request");

        Map<String, PortalHttpSession> others = new LinkedHashMap<>();
        others.put("the student", signedInOverHttp(portal, letter.student(), letter.password(),
                "/student/letters.xhtml"));
        others.put("the writer's colleague", signedInOverHttp(portal, "baker", "demo", "/attending/letters.xhtml"));
        others.put("another hospital's attending", signedInOverHttp(portal, "chen", "demo",
                "/attending/letters.xhtml"));
        for (String file : files) {
            for (Map.Entry<String, PortalHttpSession> other : others.entrySet()) {
                HttpResponse<String> answer = other.getValue().get(file);
                assertEquals(other.getKey().equals("the student") ? 403 : 404, answer.statusCode(),
                        other.getKey() + ", " + file);
                assertFalse(answer.headers().firstValue("Content-Disposition").isPresent(), other.getKey() + file);
                assertNoLetter(answer.statusCode(), answer.body(), letter, other.getKey() + ", " + file);
            }
            RawHttp.Answer anonymous = RawHttp.get(portal.baseUrl(), file, host(portal), null);
            assertTrue(List.of(302, 303, 401).contains(anonymous.status()),
                    "an anonymous visitor is sent to sign in: " + anonymous.status() + " for " + file);
            assertNoLetter(anonymous.status(), anonymous.body(), letter, "an anonymous visitor, " + file);
        }
        PortalHttpSession sam = signedInOverHttp(portal, "sam", "demo", "/student/letters.xhtml");
        HttpResponse<String> samReads = sam.get("/student/letter-file?request=" + letter.requestId());
        assertEquals(404, samReads.statusCode(), "another student, by the student's own address");
        assertNoLetter(samReads.statusCode(), samReads.body(), letter, "another student's read");
    }

    /**
     * The page where a student sends their letter, for another student: the 404 page, with nothing of the request
     * (student, writer, placement, programs, recipient, letter id), whatever the id (none, another's, not a number);
     * for its own student it shows where the letter goes and never the letter or its link. A page's id that is no
     * number is the 404 page everywhere.
     */
    private static void anotherStudentsSendPageRevealsNothing(RunningPortal portal, LetterPages.Delivered letter)
            throws IOException {
        String sendPage = "/student/send-letter.xhtml?request=" + letter.requestId();
        PortalHttpSession owner = signedInOverHttp(portal, letter.student(), letter.password(),
                "/student/letters.xhtml");
        String own = owner.get(sendPage).body();
        assertTrue(own.contains(letter.recipient()) && own.contains("AB12-3456"), "the student's own page: " + own);
        assertFalse(own.contains("letter-link") || own.contains(letter.link().replaceAll(".*key=", "")),
                "never the link");
        assertNoLetter(200, own, letter, "the student's own send page");

        PortalHttpSession sam = signedInOverHttp(portal, "sam", "demo", "/student/letters.xhtml");
        // an id that is no number finds nothing either: the same 404 page
        for (String path : List.of(sendPage, "/student/send-letter.xhtml", sendPage + "x", sendPage + "%27")) {
            HttpResponse<String> answer = sam.get(path);
            assertEquals(404, answer.statusCode(), path);
            assertTrue(answer.body().contains("id=\"error-404\""), path + ": " + answer.body());
            for (String secret : List.of(letter.studentName(), LetterPages.WRITER_NAME, letter.title(),
                    "Internal medicine programs", "St. Elsewhere", "Program Director", letter.recipient(),
                    "AB12-3456")) {
                assertFalse(answer.body().contains(secret), path + " tells another student " + secret);
            }
            assertNoLetter(answer.statusCode(), answer.body(), letter, path);
        }
        for (String path : List.of("/student/application.xhtml?id=1x", "/student/attendance.xhtml?application=%27",
                "/student/ask-letter.xhtml?application=" + Long.MAX_VALUE + "9")) {
            assertEquals(404, sam.get(path).statusCode(), "every page with an id in its address: " + path);
        }
    }

    /** No PDF, not the letter's text, and no stack trace, whatever the answer is. */
    private static void assertNoLetter(int status, String body, LetterPages.Delivered letter, String what) {
        assertFalse(body.startsWith("%PDF") || body.contains("%PDF-"), what + " (" + status + ") sends a PDF");
        assertFalse(body.contains(letter.sentence()), what + " shows the letter's text");
        assertFalse(STACK_FRAME.matcher(body).find() || body.contains("Caused by:"),
                what + " shows a stack trace: " + body);
    }

    /** What the link page says of the downloads left. */
    private static String downloadsLeft(int left) {
        return "You can download it " + (left == 1 ? "once more" : left + " more times");
    }

    private static int head(String url) throws IOException {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static PortalHttpSession signedInOverHttp(RunningPortal portal, String username, String password,
            String path) throws IOException {
        PortalHttpSession session = new PortalHttpSession(portal.baseUrl());
        assertEquals(200, session.signIn(path, username, password).statusCode(), username);
        return session;
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
