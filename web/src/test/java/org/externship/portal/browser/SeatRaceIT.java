package org.externship.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13: the race for the last seat, over plain HTTP. Two coordinator sessions of the same hospital (St. Mary's
 * has one coordinator in the demo realm, Carla, so she is signed in twice, in two independent HTTP sessions) each
 * press "Offer a seat" at the same moment, on two different submitted applications (Omar's and Priya's) for a
 * rotation period with exactly one seat. Exactly one offer may succeed; the other coordinator's AJAX postback must be
 * answered like any refusal of the portal: HTTP 200, a partial response saying every seat is taken (or that another
 * coordinator is offering it right now), never a 403 or an empty answer.
 * <p>
 * Every round is set up through the portal's own pages, fresh: Carla writes and publishes an externship with one
 * period of one seat, both students apply for it and submit. After the race both applications are opened again (one
 * must show "Offered"), and the one still in review is rejected, so the hospital's queue stays short. Each round's
 * status codes and answers are printed, then one summary line.
 */
@ExtendWith(PortalExtension.class)
class SeatRaceIT {

    private static final int ROUNDS = 10;
    private static final String COORDINATOR = "carla";
    private static final String PASSWORD = "demo";
    private static final String PASSPORT = "/student/passport.xhtml";
    private static final String EDITOR = "/coordinator/externship.xhtml";
    private static final String APPLY = "/student/apply.xhtml?period=";
    private static final String APPLICANT = "/coordinator/application.xhtml?id=";
    private static final LocalDate TODAY = LocalDate.now();

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("org.externship.portal.web.messages",
            Locale.ENGLISH);
    private static final String OFFERED = text("application.movedNow", TEXTS.getString("application.status.OFFERED"));
    private static final String REJECTED = text("application.movedNow",
            TEXTS.getString("application.status.REJECTED"));
    private static final String NO_SEAT = text("application.noSeat", 1);
    private static final String SEAT_BUSY = text("application.seatBusy");
    private static final String PASSPORT_SAVED = text("passport.saved");

    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final Pattern VIEW_STATE_INPUT = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(VIEW_STATE)
            + "\"[^>]*>");
    private static final Pattern NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");
    private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]*)\"");
    private static final Pattern ID_PARAMETER = Pattern.compile("[?&]id=(\\d+)");
    private static final Pattern PERIOD_ID = Pattern.compile("class=\"period-id\"[^>]*>\\s*(\\d+)\\s*<");
    private static final Pattern STATUS_TAG = Pattern.compile("id=\"applicant:status\"[^>]*>\\s*(?:<span[^>]*>\\s*)*"
            + "([^<]+)<");
    private static final Pattern MOVE_BUTTON = Pattern.compile("<button[^>]*\\sid=\"([^\"]+:move)\"[^>]*>(.*?)"
            + "</button>", Pattern.DOTALL);
    private static final Pattern MESSAGES_UPDATE = Pattern.compile("<update id=\"messages\"><!\\[CDATA\\[(.*?)]]>"
            + "</update>", Pattern.DOTALL);

    @Test
    void twoCoordinatorsOfferTheLastSeatAtOnceAndExactlyOneGetsIt(RunningPortal portal) throws Exception {
        PortalHttpSession first = signedIn(portal, COORDINATOR, EDITOR);
        PortalHttpSession second = signedIn(portal, COORDINATOR, EDITOR);
        PortalHttpSession omar = signedIn(portal, "omar", PASSPORT);
        PortalHttpSession priya = signedIn(portal, "priya", PASSPORT);
        ensurePassport(omar, "omar");
        ensurePassport(priya, "priya");

        String run = TestRun.id();
        List<Round> rounds = new ArrayList<>();
        ExecutorService racers = Executors.newFixedThreadPool(2);
        try {
            for (int number = 1; number <= ROUNDS; number++) {
                long period = publishWithOneSeat(first, "Seat race " + run + " round " + number,
                        TODAY.plusDays(300 + number));
                long omarsApplication = applyAndSubmit(omar, "omar", period);
                long priyasApplication = applyAndSubmit(priya, "priya", period);

                Offer one = Offer.prepare("carla#1", first, "omar", omarsApplication);
                Offer other = Offer.prepare("carla#2", second, "priya", priyasApplication);
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Answer> oneAnswer = racers.submit(() -> one.press(together));
                Future<Answer> otherAnswer = racers.submit(() -> other.press(together));
                Round round = new Round(number, period, one, oneAnswer.get(2, TimeUnit.MINUTES), other,
                        otherAnswer.get(2, TimeUnit.MINUTES));
                round.afterwards(first, second);
                rounds.add(round);
                System.out.println(round.line());
            }
        } finally {
            racers.shutdownNow();
            System.out.println(summary(rounds));
        }
        assertAll(rounds.stream().map(round -> (Executable) round::check));
    }

    // ---- set-up through the portal's pages

    static PortalHttpSession signedIn(RunningPortal portal, String username, String path) throws IOException {
        PortalHttpSession session = new PortalHttpSession(portal.baseUrl());
        HttpResponse<String> page = session.signIn(path, username, PASSWORD);
        if (page.statusCode() != 200) {
            throw new IllegalStateException(username + " signed in, but " + path + " answered " + page.statusCode()
                    + ": " + excerpt(page.body()));
        }
        return session;
    }

    /**
     * Gives the student a clinical passport if they have none yet (a student without one cannot submit). An existing
     * passport is left as it is: other tests fill in these students' passports themselves.
     */
    static void ensurePassport(PortalHttpSession student, String name) throws IOException {
        Page passport = Page.open(student, PASSPORT);
        if (!passport.valueOf("profile:medicalSchool").orElse("").isBlank()) {
            return;
        }
        Map<String, String> profile = new LinkedHashMap<>();
        profile.put("profile:medicalSchool", "Ross University School of Medicine");
        profile.put("profile:schoolCountry", "Barbados");
        profile.put("profile:graduationYear", String.valueOf(Year.now().getValue() - 1));
        profile.put("profile:step1_input", "PASSED");
        profile.put("profile:step2ck_input", "NOT_TAKEN");
        profile.put("profile:step2ckScore", "");
        profile.put("profile:step3_input", "NOT_TAKEN");
        profile.put("profile:ecfmg_input", "IN_PROGRESS");
        profile.put("profile:visa_input", "B1");
        HttpResponse<String> saved = passport.press("profile", "profile:save", profile);
        if (saved.statusCode() != 200 || !plain(saved.body()).contains(PASSPORT_SAVED)) {
            throw new IllegalStateException(name + "'s passport is not saved (" + saved.statusCode() + "): "
                    + excerpt(saved.body()));
        }
    }

    /**
     * The coordinator writes an externship that any student with a passport qualifies for, with one rotation period
     * of one seat from {@code start} for four weeks, and saves and publishes it; answers the period's id.
     */
    static long publishWithOneSeat(PortalHttpSession coordinator, String title, LocalDate start)
            throws IOException {
        return publishWithOneSeat(coordinator, title, start, start.plusWeeks(4));
    }

    /** As {@link #publishWithOneSeat(PortalHttpSession, String, LocalDate)}, the period ending on {@code end}. */
    static long publishWithOneSeat(PortalHttpSession coordinator, String title, LocalDate start, LocalDate end)
            throws IOException {
        Page editor = Page.open(coordinator, EDITOR);
        Map<String, String> externship = new LinkedHashMap<>();
        externship.put("editor:title", title);
        externship.put("editor:type_input", "HANDS_ON_CLINICAL");
        externship.put("editor:specialty_input", "CARDIOLOGY");
        externship.put("editor:setting_input", "OUTPATIENT");
        externship.put("editor:durationWeeks_input", "4");
        externship.put("editor:durationWeeks_hinput", "4");
        externship.put("editor:description", "Four weeks in a cardiology clinic, with a single seat.");
        externship.put("editor:scope", "Take histories, examine patients and present them to the attending.");
        externship.put("editor:city", "Brooklyn");
        externship.put("editor:state_input", "NY");
        externship.put("editor:graduatedWithinYears_input", "");
        externship.put("editor:graduatedWithinYears_hinput", "");
        externship.put("editor:finalYearAccepted_input", "on");
        externship.put("editor:minStep2ckScore_input", "");
        externship.put("editor:minStep2ckScore_hinput", "");
        externship.put("editor:malpracticeProvided", "true");
        externship.put("editor:fee_input", "");
        externship.put("editor:fee_hinput", "");
        externship.put("editor:feeCovers", "");
        externship.put("editor:refundPolicy", "");
        externship.put("editor:letterPolicy", "");
        externship.put("editor:periods:0:startDate_input", TypedDate.of(start));
        externship.put("editor:periods:0:endDate_input", TypedDate.of(end));
        externship.put("editor:periods:0:seats_input", "1");
        externship.put("editor:periods:0:seats_hinput", "1");
        externship.put("editor:applicationDeadline_input", TypedDate.of(TODAY.plusDays(30)));
        long id = redirectedToId(editor.press("editor", "editor:saveAndPublish", externship),
                "\u201c" + title + "\u201d is saved and published");
        Page saved = Page.open(coordinator, EDITOR + "?id=" + id);
        Matcher period = PERIOD_ID.matcher(saved.body());
        if (!period.find()) {
            throw new IllegalStateException("No saved period on externship " + id + ": " + excerpt(saved.body()));
        }
        return Long.parseLong(period.group(1));
    }

    /** The student applies for {@code period} and submits at once; answers the application's id. */
    static long applyAndSubmit(PortalHttpSession student, String name, long period) throws IOException {
        Page apply = Page.open(student, APPLY + period);
        if (!apply.has("apply:submit")) {
            throw new IllegalStateException(name + " cannot apply for period " + period + ": "
                    + excerpt(apply.body()));
        }
        return redirectedToId(apply.press("apply", "apply:submit", Map.of("apply:statement",
                "I would like to learn how a US outpatient cardiology clinic works.")), name + " submits");
    }

    /** The id in the address a successful postback redirects to (a partial response's redirect). */
    private static long redirectedToId(HttpResponse<String> answer, String what) {
        Matcher redirect = REDIRECT.matcher(answer.body());
        Matcher id = redirect.find() ? ID_PARAMETER.matcher(redirect.group(1).replace("&amp;", "&")) : null;
        if (answer.statusCode() != 200 || id == null || !id.find()) {
            throw new IllegalStateException(what + ": no redirect to the saved page (" + answer.statusCode() + "): "
                    + excerpt(answer.body()));
        }
        return Long.parseLong(id.group(1));
    }

    // ---- the race

    /**
     * One coordinator session's offer, ready to be sent: the applicant's page opened (its view state, nonce and the
     * offer form's default hold days read), the postback built.
     */
    private record Offer(String session, PortalHttpSession coordinator, String student, long application,
                         String action, Map<String, String> postback) {

        static Offer prepare(String session, PortalHttpSession coordinator, String student, long application)
                throws IOException {
            Page page = Page.open(coordinator, APPLICANT + application);
            if (!page.has("applicant:offer")) {
                throw new IllegalStateException(session + " may not offer " + student + "'s application "
                        + application + ": " + excerpt(page.body()));
            }
            Map<String, String> offer = new LinkedHashMap<>();
            offer.put("applicant:note", "");
            offer.put("applicant:hold-days_input", page.valueOf("applicant:hold-days_input")
                    .filter(days -> !days.isBlank()).orElse("7"));
            return new Offer(session, coordinator, student, application, page.action("applicant"),
                    page.postback("applicant", "applicant:offer", offer));
        }

        /** Waits for the other racer, then presses "Offer a seat"; a failed exchange is an answer too. */
        Answer press(CyclicBarrier together) throws Exception {
            together.await(1, TimeUnit.MINUTES);
            long sent = System.nanoTime();
            try {
                HttpResponse<String> answer = coordinator.postAjax(action, postback);
                return new Answer(answer.statusCode(), answer.body(), (System.nanoTime() - sent) / 1_000_000);
            } catch (IOException e) {
                return new Answer(-1, "no answer: " + e, (System.nanoTime() - sent) / 1_000_000);
            }
        }

        String who() {
            return session + " -> " + student + "'s application " + application;
        }
    }

    /** What one offer postback was answered. */
    private record Answer(int status, String body, long millis) {

        boolean offered() {
            return status == 200 && plain(body).contains(OFFERED);
        }

        /** The portal's refusal: HTTP 200, a partial response, the message that every seat is taken (or busy). */
        boolean refused() {
            return status == 200 && body.contains("<partial-response") && !offered()
                    && (plain(body).contains(NO_SEAT) || plain(body).contains(SEAT_BUSY));
        }

        String outcome() {
            if (offered()) {
                return "offered";
            }
            if (refused()) {
                return plain(body).contains(NO_SEAT) ? "refused: no seat" : "refused: seat busy";
            }
            return body.isBlank() ? "EMPTY ANSWER" : "UNEXPECTED ANSWER";
        }

        String line() {
            return "HTTP " + status + " in " + millis + " ms, " + outcome() + " \u00ab" + excerpt(body) + "\u00bb";
        }
    }

    /** One round: the two offers, their answers, and the applications' statuses on their pages afterwards. */
    private static final class Round {

        private final int number;
        private final long period;
        private final Offer one;
        private final Answer oneAnswer;
        private final Offer other;
        private final Answer otherAnswer;
        private String oneStatus = "?";
        private String otherStatus = "?";
        private final List<String> notes = new ArrayList<>();

        Round(int number, long period, Offer one, Answer oneAnswer, Offer other, Answer otherAnswer) {
            this.number = number;
            this.period = period;
            this.one = one;
            this.oneAnswer = oneAnswer;
            this.other = other;
            this.otherAnswer = otherAnswer;
        }

        /** Opens both applications again to read their status, and rejects the one still in review. */
        void afterwards(PortalHttpSession oneCoordinator, PortalHttpSession otherCoordinator) throws IOException {
            oneStatus = statusAndCleanUp(oneCoordinator, one.application());
            otherStatus = statusAndCleanUp(otherCoordinator, other.application());
        }

        private String statusAndCleanUp(PortalHttpSession coordinator, long application) throws IOException {
            Page page = Page.open(coordinator, APPLICANT + application);
            Matcher status = STATUS_TAG.matcher(page.body());
            String shown = status.find() ? status.group(1).strip() : "(no status on the page)";
            Optional<String> reject = page.moveButton(TEXTS.getString("queue.moveTo.REJECTED"));
            if (reject.isPresent()) {
                HttpResponse<String> rejected = page.press("applicant", reject.get(), Map.of("applicant:note", ""));
                if (rejected.statusCode() != 200 || !plain(rejected.body()).contains(REJECTED)) {
                    notes.add("rejecting application " + application + " after the round failed ("
                            + rejected.statusCode() + "): " + excerpt(rejected.body()));
                }
            }
            return shown;
        }

        long offers() {
            return Stream.of(oneAnswer, otherAnswer).filter(Answer::offered).count();
        }

        /** The answer of the session that did not get the seat (when exactly one did). */
        Answer refusal() {
            return oneAnswer.offered() ? otherAnswer : oneAnswer;
        }

        String line() {
            return String.format(Locale.ROOT,
                    "Seat race round %d/%d (period %d): %s: %s | %s: %s | afterwards %s / %s%s", number, ROUNDS, period,
                    one.who(), oneAnswer.line(), other.who(), otherAnswer.line(), oneStatus, otherStatus,
                    notes.isEmpty() ? "" : " | " + String.join("; ", notes));
        }

        void check() {
            assertEquals(1, offers(), "exactly one offer succeeds: " + line());
            Answer refusal = refusal();
            assertEquals(200, refusal.status(), "the other offer is answered with HTTP 200: " + line());
            assertTrue(!refusal.body().isBlank(), "the other offer gets an answer with a body: " + line());
            assertTrue(refusal.refused(), "the other offer is told every seat is taken, in a partial response: "
                    + line());
            String offered = TEXTS.getString("application.status.OFFERED");
            assertEquals(1, Stream.of(oneStatus, otherStatus).filter(offered::equals).count(),
                    "exactly one of the two applications shows \"" + offered + "\" afterwards: " + line());
        }
    }

    private static String summary(List<Round> rounds) {
        long exactlyOne = rounds.stream().filter(r -> r.offers() == 1).count();
        long refusedWell = rounds.stream().filter(r -> r.offers() == 1 && r.refusal().refused()).count();
        Map<Integer, Long> statuses = rounds.stream()
                .flatMap(r -> Stream.of(r.oneAnswer.status(), r.otherAnswer.status()))
                .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
        Map<String, Long> outcomes = rounds.stream()
                .flatMap(r -> Stream.of(r.oneAnswer.outcome(), r.otherAnswer.outcome()))
                .collect(Collectors.groupingBy(o -> o, TreeMap::new, Collectors.counting()));
        return String.format(Locale.ROOT, "Seat race: %d of %d rounds run; %d with exactly one offer, %d of them with "
                        + "the other refused properly (HTTP 200, every seat taken); status codes %s; answers %s",
                rounds.size(), ROUNDS, exactlyOne, refusedWell, statuses, outcomes);
    }

    // ---- one page of the portal over HTTP, and its PrimeFaces AJAX postbacks

    /** A page as the session's GET answered it, for reading its fields and posting its forms back. */
    private record Page(PortalHttpSession session, String path, String body) {

        static Page open(PortalHttpSession session, String path) throws IOException {
            HttpResponse<String> page = session.get(path);
            if (page.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + page.statusCode() + ": "
                        + excerpt(page.body()));
            }
            return new Page(session, path, page.body());
        }

        boolean has(String id) {
            return PortalHttpSession.tagWithId(body, id).isPresent();
        }

        Optional<String> valueOf(String id) {
            return PortalHttpSession.tagWithId(body, id).flatMap(tag -> PortalHttpSession.attribute(tag, "value"));
        }

        /** The id of the move button (in the applicant's repeated moves) labelled {@code label}, if shown. */
        Optional<String> moveButton(String label) {
            Matcher button = MOVE_BUTTON.matcher(body);
            while (button.find()) {
                if (plain(button.group(2).replaceAll("<[^>]+>", " ")).strip().equals(label)) {
                    return Optional.of(button.group(1));
                }
            }
            return Optional.empty();
        }

        /** Where the form posts to (as PrimeFaces' AJAX does): its action, as a path of the portal. */
        String action(String form) {
            String action = PortalHttpSession.tagWithId(body, form)
                    .flatMap(tag -> PortalHttpSession.attribute(tag, "action"))
                    .orElseThrow(() -> new IllegalStateException("No form " + form + " on " + path));
            if (action.startsWith("http")) {
                URI uri = URI.create(action);
                return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
            return action;
        }

        /**
         * The fields PrimeFaces posts when {@code button} of {@code form} is pressed (process and update the whole
         * form): the form's inputs given, the button as the source, the view state and the page's script nonce.
         */
        Map<String, String> postback(String form, String button, Map<String, String> inputs) {
            Matcher viewState = VIEW_STATE_INPUT.matcher(body);
            if (!viewState.find()) {
                throw new IllegalStateException("No view state on " + path + ": " + excerpt(body));
            }
            Matcher nonce = NONCE.matcher(body);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("jakarta.faces.partial.ajax", "true");
            fields.put("jakarta.faces.source", button);
            fields.put("jakarta.faces.partial.execute", form);
            fields.put("jakarta.faces.partial.render", form);
            fields.put(button, button);
            fields.put(form, form);
            fields.putAll(inputs);
            fields.put(VIEW_STATE, PortalHttpSession.attribute(viewState.group(), "value").orElseThrow());
            fields.put("primefaces.nonce", nonce.find() ? nonce.group(1) : "");
            return fields;
        }

        HttpResponse<String> press(String form, String button, Map<String, String> inputs) throws IOException {
            return session.postAjax(action(form), postback(form, button, inputs));
        }
    }

    // ---- texts

    /** A message of the portal's bundle as the portal words it ({@code Feedback.text}). */
    private static String text(String key, Object... arguments) {
        String pattern = TEXTS.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }

    /** HTML text with the entities JSF writes for quotes and ampersands turned back into characters. */
    private static String plain(String html) {
        return html.replace("&#39;", "'").replace("&#039;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }

    /**
     * A short excerpt of an answer for the report: the text of the page's messages when a partial response updates
     * them, otherwise the answer's text without its markup (an error page from its main content, a partial
     * response's error), or the answer as it came.
     */
    private static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        Matcher messages = MESSAGES_UPDATE.matcher(body);
        int main = body.indexOf("<main");
        String shown = messages.find() ? messages.group(1) : main >= 0 ? body.substring(main) : body;
        String text = plain(shown)
                .replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?s)<!\\[CDATA\\[|]]>", " ")
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (text.isEmpty()) {
            text = body.strip();
        }
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }
}
