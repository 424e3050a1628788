package org.externship.portal.shared.view;

import jakarta.enterprise.context.SessionScoped;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a signed-in user typed into a page's form when the portal could not take it (sign-in was unavailable), kept
 * in their session until they open that page again, when {@link HeldWorkRestorer} puts it back into the form's
 * fields. Only the form's own fields are kept, never Faces' or PrimeFaces' request parameters (view state, source,
 * partial-request markers): the user saves again with the page's own button, through all its checks.
 * Bounded: a few pages, a limited number of fields and characters per user.
 */
@SessionScoped
public class HeldWork implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_PAGES = 5;
    static final int MAX_FIELDS = 200;
    static final int MAX_CHARACTERS = 200_000;
    /** After a session ended the sender is not signed in: less room (an application statement fits easily). */
    static final int MAX_CHARACTERS_WITHOUT_SESSION = 20_000;

    /** Why the portal could not take the form. */
    public enum Reason {
        /** Keycloak did not answer; the user is still signed in. */
        SIGN_IN_UNAVAILABLE,
        /** The user's session had ended; they sign in again. */
        SESSION_ENDED
    }

    /**
     * One page's form, as the user left it. {@code owner} is who may get it back: null while the session is the
     * user's own (sign-in unavailable), else the sign-in's fingerprint from before the session ended
     * ({@code identity.security.SignInFingerprint}), so that nobody else signing in on the same browser does.
     */
    public record HeldForm(String page, String returnTo, Map<String, List<String>> fields, Instant heldAt,
                           Reason reason, String owner) implements Serializable {
    }

    private final Map<String, HeldForm> byPage = new LinkedHashMap<>();

    /**
     * Keeps the form fields of this POST to a page and answers the address to come back to: the page the user was
     * on (their browser's referrer, when it is that same page of the portal, keeps its query, e.g. which period),
     * else the page itself.
     */
    public synchronized String hold(HttpServletRequest request, Reason reason, String owner) {
        String page = request.getServletPath();
        String returnTo = returnAddress(request);
        Map<String, List<String>> fields = formFields(request.getParameterMap(),
                reason == Reason.SESSION_ENDED ? MAX_CHARACTERS_WITHOUT_SESSION : MAX_CHARACTERS);
        if (!fields.isEmpty()) {
            byPage.remove(page);
            byPage.put(page, new HeldForm(page, returnTo, fields, Instant.now(), reason, owner));
            Iterator<String> oldest = byPage.keySet().iterator();
            while (byPage.size() > MAX_PAGES) {
                oldest.next();
                oldest.remove();
            }
        }
        return returnTo;
    }

    /** Whether something is kept for this page. */
    public synchronized boolean holds(String page) {
        return byPage.containsKey(page);
    }

    /** What was kept for this page (its view id, e.g. {@code /student/apply.xhtml}), given once. */
    public synchronized Optional<HeldForm> take(String page) {
        return Optional.ofNullable(byPage.remove(page));
    }

    /** The newest form kept while the session ended, if any: where to send the user once they are back. */
    public synchronized Optional<HeldForm> latestAfterSessionEnded() {
        return byPage.values().stream().filter(form -> form.reason() == Reason.SESSION_ENDED)
                .reduce((older, newer) -> newer);
    }

    /** The page the user was on (see {@link #hold}). */
    public static String returnAddress(HttpServletRequest request) {
        String page = request.getContextPath() + request.getServletPath();
        String referrer = request.getHeader("Referer");
        if (referrer != null) {
            try {
                URI uri = URI.create(referrer);
                URI self = URI.create(request.getRequestURL().toString());
                if (self.getHost() != null && self.getHost().equalsIgnoreCase(uri.getHost())
                        && self.getPort() == uri.getPort() && page.equals(uri.getRawPath())) {
                    return uri.getRawQuery() == null ? page : page + "?" + uri.getRawQuery();
                }
            } catch (IllegalArgumentException notAnAddress) {
                // fall back to the page itself
            }
        }
        return page;
    }

    /** The user's own fields among a Faces postback's parameters, within the bounds. */
    static Map<String, List<String>> formFields(Map<String, String[]> parameters) {
        return formFields(parameters, MAX_CHARACTERS);
    }

    static Map<String, List<String>> formFields(Map<String, String[]> parameters, int maxCharacters) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int characters = 0;
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            String[] values = parameter.getValue();
            if (isFacesOwn(name, values) || fields.size() >= MAX_FIELDS) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String value : values) {
                characters += name.length() + value.length();
                if (characters > maxCharacters) {
                    return fields;
                }
                kept.add(value);
            }
            fields.put(name, List.copyOf(kept));
        }
        return fields;
    }

    private static boolean isFacesOwn(String name, String[] values) {
        return name.startsWith("jakarta.faces.") || name.startsWith("javax.faces.") || name.startsWith("primefaces.")
                || name.endsWith("_focus") || name.endsWith("_selection")
                // the form's own marker: <input type="hidden" name="form" value="form">
                || values.length == 1 && name.equals(values[0]);
    }
}
