package org.externship.portal.browser;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One user's session with a portal over plain HTTP, as a browser without JavaScript has it: a cookie jar of its own,
 * redirects followed, Keycloak's sign-in form filled in and posted (username and password on one page, or on two
 * with Organizations). For tests that send many requests fast, or talk to a portal of their own.
 */
public final class PortalHttpSession {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern SECURE = Pattern.compile(";\\s*Secure(?=;|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");

    private final String baseUrl;
    private final HttpClient client;

    public PortalHttpSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new LocalhostCookies())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(TIMEOUT)
                .build();
    }

    /** Opens {@code path} of the portal, signing in at Keycloak on the way if the portal sends the user there. */
    public HttpResponse<String> signIn(String path, String username, String password) throws IOException {
        HttpResponse<String> page = get(path);
        for (int form = 0; form < 3 && !page.uri().toString().startsWith(baseUrl); form++) {
            String body = page.body();
            Matcher login = LOGIN_FORM.matcher(body);
            if (!login.find()) {
                throw new IllegalStateException("No sign-in form at " + page.uri() + ": " + body);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            if (body.contains("name=\"username\"")) {
                fields.put("username", username);
            }
            if (body.contains("name=\"password\"")) {
                fields.put("password", password);
            }
            String action = attribute(login.group(), "action")
                    .orElseThrow(() -> new IllegalStateException("A sign-in form without action: " + login.group()));
            page = send(HttpRequest.newBuilder(URI.create(action)).header("Content-Type", FORM).POST(form(fields)));
        }
        if (!page.uri().toString().startsWith(baseUrl)) {
            throw new IllegalStateException(username + " is not signed in, still at " + page.uri() + ": "
                    + page.body());
        }
        return page.uri().getPath().equals(path) ? page : get(path);
    }

    /** The portal's session cookie as a {@code Cookie} header has it, for another client to act in this session. */
    public String sessionCookie() {
        return ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().get(URI.create(baseUrl))
                .stream().filter(cookie -> cookie.getName().equals("JSESSIONID")).findFirst()
                .map(cookie -> "JSESSIONID=" + cookie.getValue())
                .orElseThrow(() -> new IllegalStateException("No session at " + baseUrl));
    }

    HttpResponse<String> get(String path) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** Posts {@code fields} to {@code path} as PrimeFaces' AJAX does (a JSF partial request). */
    HttpResponse<String> postAjax(String path, Map<String, String> fields) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", FORM)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(form(fields)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    /**
     * A cookie jar that, like Chromium for localhost (a secure origin to it), sends the cookies marked Secure over
     * plain HTTP too: Keycloak marks its sign-in cookies so, and Java's own jar would drop them.
     */
    private static final class LocalhostCookies extends CookieManager {

        LocalhostCookies() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            Map<String, List<String>> notSecure = new LinkedHashMap<>();
            headers.forEach((name, values) -> notSecure.put(name, !"Set-Cookie".equalsIgnoreCase(name) ? values
                    : values.stream().map(cookie -> SECURE.matcher(cookie).replaceAll("")).toList()));
            super.put(uri, notSecure);
        }
    }

    /** The value of {@code name} in an HTML tag, its entities for &amp; and quotes decoded. */
    static Optional<String> attribute(String tag, String name) {
        Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return value.find()
                ? Optional.of(value.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&"))
                : Optional.empty();
    }

    /** The whole tag of the element whose {@code id} is given, as the page has it. */
    static Optional<String> tagWithId(String page, String id) {
        Matcher tag = Pattern.compile("<[a-z]+\\s[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(page);
        return tag.find() ? Optional.of(tag.group()) : Optional.empty();
    }
}
