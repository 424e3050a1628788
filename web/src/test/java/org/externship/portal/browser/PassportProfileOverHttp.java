package org.externship.portal.browser;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The profile form of student/passport.xhtml over plain HTTP: opened once for its view state, then posted as its
 * AJAX save button posts it (the whole form, the button as the source, the form re-rendered), as fast as the portal
 * answers. A save is acknowledged when the answer says the passport is saved.
 */
final class PassportProfileOverHttp {

    static final String PATH = "/student/passport.xhtml";
    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final String SAVED = "Your clinical passport is saved.";
    private static final Pattern VIEW_STATE_INPUT = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(VIEW_STATE)
            + "\"[^>]*>");
    /** PrimeFaces' Content-Security-Policy nonce, on the page's scripts; its AJAX requests carry it. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE_UPDATE = Pattern.compile("<update id=\"[^\"]*" + Pattern.quote(VIEW_STATE)
            + "[^\"]*\"><!\\[CDATA\\[(.*?)]]></update>");

    private final PortalHttpSession session;
    private final String medicalSchool;
    private final String nonce;
    private String viewState;

    /** The page as the session's user sees it now (the user is signed in). */
    PassportProfileOverHttp(PortalHttpSession session) throws IOException {
        this.session = session;
        HttpResponse<String> page = session.get(PATH);
        Matcher input = VIEW_STATE_INPUT.matcher(page.body());
        if (page.statusCode() != 200 || !input.find()) {
            throw new IllegalStateException("No passport form at " + page.uri() + " (" + page.statusCode() + ")");
        }
        viewState = PortalHttpSession.attribute(input.group(), "value").orElseThrow();
        Matcher script = NONCE.matcher(page.body());
        nonce = script.find() ? script.group(1) : "";
        medicalSchool = PortalHttpSession.tagWithId(page.body(), "profile:medicalSchool")
                .flatMap(tag -> PortalHttpSession.attribute(tag, "value"))
                .orElse("");
    }

    /** The medical school the form showed when it was opened. */
    String medicalSchool() {
        return medicalSchool;
    }

    /**
     * Saves a complete profile whose medical school is {@code medicalSchool}, and returns once the portal has
     * acknowledged it. An {@link IOException} means no answer came (the portal is gone), an
     * {@link IllegalStateException} that the answer was not the acknowledgement.
     */
    void save(String medicalSchool) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "profile:save");
        fields.put("jakarta.faces.partial.execute", "profile");
        fields.put("jakarta.faces.partial.render", "profile");
        fields.put("profile:save", "profile:save");
        fields.put("profile", "profile");
        fields.put("profile:medicalSchool", medicalSchool);
        fields.put("profile:schoolCountry", "Grenada");
        fields.put("profile:graduationYear", String.valueOf(Year.now().getValue() - 1));
        fields.put("profile:step1_input", "PASSED");
        fields.put("profile:step2ck_input", "PASSED");
        fields.put("profile:step2ckScore", "240");
        fields.put("profile:step3_input", "NOT_TAKEN");
        fields.put("profile:ecfmg_input", "CERTIFIED");
        fields.put("profile:visa_input", "B1");
        fields.put("profile:specialties", "INTERNAL_MEDICINE");
        fields.put(VIEW_STATE, viewState);
        fields.put("primefaces.nonce", nonce);
        HttpResponse<String> answer = session.postAjax(PATH, fields);
        Matcher newViewState = VIEW_STATE_UPDATE.matcher(answer.body());
        if (newViewState.find()) {
            viewState = newViewState.group(1);
        }
        if (answer.statusCode() != 200 || !answer.body().contains(SAVED)) {
            throw new IllegalStateException("Not saved (" + answer.statusCode() + "): " + answer.body());
        }
    }
}
