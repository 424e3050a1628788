package org.externship.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, accessible: every page of the portal, in every role, at a desktop's width (1280 x 900) and a phone's
 * (390 x 844), has no serious or critical WCAG 2.0/2.1 A or AA violation that axe-core finds ({@link Accessibility}).
 * One browser goes through the portal as its people do, so that the pages that need data have it: the public pages
 * and Keycloak's sign-in and registration pages; the coordinator posts an externship; the student applies to it;
 * the coordinator offers the seat; the student accepts; the coordinator names an attending; the attending sees the
 * extern; a letter of recommendation is asked for, written, sent and opened by its link; the platform admin. Every
 * violation found is listed at the end (and in target/browser-it/accessibility.txt).
 */
@ExtendWith(PortalExtension.class)
class AccessibilityIT {

    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);
    /** A demo student; others' tests give him a passport of their own, which this one may overwrite. */
    private static final String STUDENT = "omar";
    private static final String STUDENT_NAME = "Omar Farouk";

    private final Map<String, List<Accessibility.Violation>> failures = new LinkedHashMap<>();
    private WebDriver driver;
    private PortalPage page;
    private Path report;
    private int checked;

    @Test
    void everyPageInEveryRoleAtDesktopAndPhoneWidthsHasNoSeriousViolation(WebDriver driver, RunningPortal portal)
            throws IOException {
        this.driver = driver;
        this.page = new PortalPage(driver, portal);
        report = Path.of(System.getProperty("test.workDir", "target/browser-it"), "accessibility.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "", StandardCharsets.UTF_8);
        String title = "Accessible medicine " + TestRun.id();

        publicPages();
        coordinatorPostsAnExternship(portal, title);
        studentApplies(portal, title);
        coordinatorOffers(portal, title);
        studentAccepts(portal, title);
        coordinatorPages(portal, title);
        studentLogPages(portal);
        attendingPages();
        letterPages(portal);
        adminPages();

        String summary = failures.entrySet().stream().map(e -> e.getKey() + ":\n" + Accessibility.describe(
                e.getValue())).collect(Collectors.joining("\n"));
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked
                + " page views have serious or critical accessibility violations:\n" + summary);
    }

    private void publicPages() {
        page.open("/");
        visible("landing-title");
        check("landing page");
        firstTabReachesAVisibleSkipLink();
        openPhoneMenuAndCheck("landing page, menu open");

        SearchPage search = new SearchPage(driver, page.portal).openSearch();
        assertTrue(!search.titles().isEmpty(), "the demo data gives the search results");
        check("search with results");
        search.openResult(search.titles().get(0));
        check("an externship's page");

        page.open("/no/such/page.xhtml");
        visible("error-404");
        check("404 page");

        page.open("/letter-link.xhtml?hospital=st-marys&key=" + "A".repeat(43));
        visible("link-unknown");
        check("a letter link that opens nothing");

        page.open("/c/ZZZZ-ZZZZ-ZZZZ");
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "Not confirmed"));
        check("certificate verification: not confirmed");

        // a multipart post from a visitor: refused with 415, the "refused" page
        post("/index.xhtml", "multipart/form-data", "x", "1");
        visible("error-415");
        check("refused page (415)");

        // a postback with a view state the portal never gave: the "expired" page
        post("/index.xhtml", "application/x-www-form-urlencoded", "jakarta.faces.ViewState", "bogus");
        visible("error-expired");
        check("expired page");

        page.open("/");
        driver.findElement(By.id("landing-signin")).click();
        new KeycloakLoginPage(driver).shown();
        check("Keycloak sign-in");
        page.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#kc-registration a"))).click();
        visible("firstName");
        check("Keycloak registration");
    }

    private void coordinatorPostsAnExternship(RunningPortal portal, String title) {
        // a new sign-in from the landing page: Back from the registration page would be Keycloak's "expired" page
        page.signIn("carla", "demo");
        CoordinatorExternshipsPage list = new CoordinatorExternshipsPage(driver, portal);
        ExternshipEditorPage editor = list.show().startNew();
        check("coordinator: new externship");
        LocalDate start = LocalDate.now().plusMonths(3).withDayOfMonth(1);
        editor.fill(title, "Four weeks on the wards, with every page checked for accessibility.",
                LocalDate.now().plusMonths(1)).period(0, start, start.plusWeeks(4), 2);
        check("coordinator: externship editor, filled in");
        editor.saveAndPublish();
        page.signOut();
    }

    private void studentApplies(RunningPortal portal, String title) {
        ApplicationPages student = new ApplicationPages(driver, portal);
        student.signIn(STUDENT, "demo");
        check("student: home");
        // a clinical passport, without which no application can be submitted
        PassportPage passport = new PassportPage(driver, portal).show();
        check("student: passport");
        passport.type("medicalSchool", "University of Ibadan").type("schoolCountry", "Nigeria")
                .type("graduationYear", String.valueOf(Year.now().getValue() - 1))
                .choose("profile:step1", "Passed").choose("profile:step2ck", "Not taken yet")
                .choose("profile:step3", "Not taken yet").choose("profile:ecfmg", "In progress")
                .choose("profile:visa", "B-1 business visitor");
        passport.save();
        check("student: passport, saved");
        SearchPage search = new SearchPage(driver, portal).openSearch().searchFor(title).submit();
        check("student: search");
        search.openResult(title);
        check("student: externship's page");
        driver.findElement(By.cssSelector("a.apply-link")).click();
        visible("apply:statement");
        check("student: apply");
        student.submit("I would like to learn how a US hospital medicine service works.");
        check("student: application, submitted");
        student.open("/student/applications.xhtml");
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(title)));
        check("student: applications");
        student.open("/student/notifications.xhtml");
        visible("notifications");
        check("student: notifications");
        student.open("/coordinator/home.xhtml");
        visible("error-403");
        check("403 page");
        student.signOut();
    }

    private void coordinatorOffers(RunningPortal portal, String title) {
        ApplicationPages coordinator = new ApplicationPages(driver, portal);
        coordinator.signIn("carla", "demo");
        check("coordinator: home");
        openPhoneMenuAndCheck("coordinator: home, menu open");
        coordinator.open("/coordinator/applications.xhtml");
        visible("queue-rows");
        check("coordinator: applications (queue)");
        coordinator.openFromQueue(title, STUDENT_NAME);
        check("coordinator: application");
        coordinator.offer();
        check("coordinator: application, offered");
        coordinator.signOut();
    }

    private void studentAccepts(RunningPortal portal, String title) {
        ApplicationPages student = new ApplicationPages(driver, portal);
        student.signIn(STUDENT, "demo");
        check("student: home with an offer");
        student.open("/student/applications.xhtml");
        page.wait.until(ExpectedConditions.elementToBeClickable(By.linkText(title))).click();
        visible("application:accept");
        check("student: application, offered");
        driver.findElement(By.id("application:accept")).click();
        page.wait.until(ExpectedConditions.elementToBeClickable(By.id("application:confirm-yes")));
        check("student: application, accept confirmation");
        student.clickAjax(By.id("application:confirm-yes"));
        visible("placement");
        check("student: application, accepted");
        driver.findElement(By.id("attendance-link")).click();
        visible("not-started");
        check("student: hours on site");
        student.open("/student/compliance.xhtml");
        visible("compliance-title");
        check("student: onboarding checklist");
        student.signOut();
    }

    private void coordinatorPages(RunningPortal portal, String title) {
        ApplicationPages coordinator = new ApplicationPages(driver, portal);
        coordinator.signIn("carla", "demo");
        coordinator.open("/coordinator/placements.xhtml");
        visible("supervision:placements");
        check("coordinator: placements");
        coordinator.superviseBy(STUDENT_NAME, "Grace Adams");
        check("coordinator: placements, attending named");
        driver.findElements(By.cssSelector("[id='supervision:placements'] tbody tr")).stream()
                .filter(row -> row.getText().contains(STUDENT_NAME)).findFirst().orElseThrow()
                .findElement(By.cssSelector("a[id$=':record']")).click();
        visible("record-title");
        assertTrue(driver.findElement(By.id("no-certificate")).isDisplayed(), "upcoming: no certificate yet");
        check("coordinator: a placement's record");
        String placementId = driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        coordinator.open("/coordinator/compliance.xhtml");
        visible("compliance-title");
        check("coordinator: onboarding dashboard");
        coordinator.open("/coordinator/compliance-requirements.xhtml");
        visible("requirements-title");
        check("coordinator: onboarding requirements");
        coordinator.open("/coordinator/compliance-check.xhtml?placement=" + placementId);
        visible("check-title");
        check("coordinator: a placement's onboarding items");
        coordinator.open("/coordinator/calendar.xhtml");
        visible("calendar-form");
        page.awaitAjax();
        check("coordinator: rotation calendar");
        coordinator.open("/coordinator/reports.xhtml");
        visible("reports-range");
        page.awaitAjax();
        check("coordinator: reports");
        CoordinatorExternshipsPage list = new CoordinatorExternshipsPage(driver, portal).show();
        check("coordinator: externships");
        list.edit(title);
        check("coordinator: externship editor");
        coordinator.open("/coordinator/hospital.xhtml");
        visible("content");
        page.awaitAjax();
        check("coordinator: hospital");
        coordinator.open("/coordinator/staff.xhtml");
        visible("content");
        page.awaitAjax();
        check("coordinator: staff");
        driver.findElements(By.cssSelector("[id='staff:members'] .ui-row-editor-pencil")).get(0).click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='staff:members'] input")));
        check("coordinator: staff, a row being edited");
        driver.findElements(By.cssSelector("[id='staff:members'] .ui-row-editor-close")).get(0).click();
        page.awaitAjax();
        coordinator.open("/coordinator/notifications.xhtml");
        visible("notifications");
        check("coordinator: notifications");
        coordinator.open("/coordinator/letter-rules.xhtml");
        visible("rules:save");
        page.awaitAjax();
        check("coordinator: rules for letter requests");
        coordinator.open("/coordinator/letter-trail.xhtml");
        visible("trail-title");
        page.awaitAjax();
        check("coordinator: letter access trail");
        coordinator.open("/coordinator/reported-messages.xhtml");
        visible("reported-title");
        check("coordinator: reported messages");
        coordinator.signOut();
    }

    /** The learning log: the log, the entry form, the guard's findings on it, the log with an entry. */
    private void studentLogPages(RunningPortal portal) {
        LearningLogPages log = new LearningLogPages(driver, portal);
        log.signIn(STUDENT, "demo");
        log.open("/student/log.xhtml");
        visible("log-summary");
        check("student: learning log");
        log.newEntry();
        check("student: new log entry");
        log.topic("Heart failure exacerbation").notes("Mrs. Alvarez was seen on 3/14; diuresed 2 L.");
        log.save();
        check("student: log entry, patient identifiers found");
        log.notes("Diuresed 2 L overnight; weights daily.");
        log.save();
        visible("log-summary");
        check("student: learning log with an entry");
        log.share("Heart failure exacerbation");
        check("student: log entry, shared");
        log.open("/student/log-progress.xhtml");
        visible("verified-summary");
        check("student: learning log progress");
        new ExperiencesPage(driver, portal).show();
        check("student: ERAS experiences");
        log.open("/student/letters.xhtml");
        visible("letters-title");
        check("student: letters of recommendation");
        log.open("/student/messages.xhtml");
        visible("messages-title");
        check("student: messages");
        log.signOut();
        log.signIn("carla", "demo");
        log.sharedBy(STUDENT_NAME);
        check("coordinator: shared log entries");
        log.signOut();
    }

    private void attendingPages() {
        page.signIn("adams", "demo");
        visible("externs");
        check("attending: home");
        page.open("/attending/placements.xhtml");
        visible("placements");
        check("attending: placements");
        driver.findElements(By.cssSelector("#placements tbody tr")).stream()
                .filter(row -> row.getText().contains(STUDENT_NAME)).findFirst().orElseThrow()
                .findElement(By.cssSelector("a.wrap-up-link")).click();
        visible("hours-step");
        check("attending: end-of-placement task");
        page.open("/attending/calendar.xhtml");
        visible("calendar-form");
        page.awaitAjax();
        check("attending: rotation calendar");
        page.open("/attending/signoffs.xhtml");
        visible("signoffs:entries");
        check("attending: log sign-off");
        page.open("/attending/letters.xhtml");
        visible("answers-title");
        check("attending: letter requests");
        page.open("/staff/messages.xhtml");
        visible("messages-title");
        check("attending: messages");
        page.open("/staff/working-hours.xhtml");
        visible("hours:save");
        check("attending: working hours");
        page.signOut();
    }

    /**
     * A letter on its way, page by page ({@link LetterPages#deliveredByLink}): the student's ask and send pages, the
     * attending's waiting request and letter page with the writer's draft form, and the link's page for its recipient,
     * open and used up.
     */
    private void letterPages(RunningPortal portal) throws IOException {
        LetterPages.Delivered letter = LetterPages.deliveredByLink(driver, portal, "Ada", "Quill", this::check);
        driver.get(letter.link());
        visible("link-from");
        check("a letter link, for its recipient");
        LetterPages recipient = new LetterPages(driver, portal);
        for (int download = 0; download < 3; download++) {
            recipient.postDownload();
        }
        driver.navigate().refresh();
        visible("link-closed");
        check("a letter link, used up");
    }

    private void adminPages() {
        page.signIn("admin", "demo");
        check("admin: home");
        page.open("/admin/onboard.xhtml");
        visible("content");
        page.awaitAjax();
        check("admin: onboard");
        page.signOut();
    }

    /** Keyboard: the first Tab reaches the skip link, which then shows, with a visible focus outline. */
    private void firstTabReachesAVisibleSkipLink() {
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertEquals("skip-link", focused.getAttribute("class"), "the first Tab reaches the skip link");
        assertTrue(focused.getRect().getX() >= 0 && focused.getRect().getY() >= 0, "the skip link shows on focus");
        assertNotEquals("none", ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.activeElement).outlineStyle;"), "focus is visible");
        assertEquals("#content", focused.getDomAttribute("href"));
        assertEquals("main", driver.findElement(By.id("content")).getTagName());
    }

    /**
     * Checks the page the browser shows at a phone's width, then at a desktop's, where the walk goes on. Failing
     * violations are kept for the end; every violation, failing or not, is written to the report.
     */
    private void check(String name) {
        checkAt(name + " @ phone", PHONE);
        checkAt(name + " @ desktop", DESKTOP);
    }

    private void checkAt(String name, Dimension size) {
        resize(size);
        List<Accessibility.Violation> violations = Accessibility.violations(driver);
        checked++;
        List<Accessibility.Violation> failing = violations.stream().filter(Accessibility.Violation::failing)
                .toList();
        if (!failing.isEmpty()) {
            failures.put(name + " (" + driver.getCurrentUrl() + ")", failing);
        }
        write(name + " (" + driver.getCurrentUrl() + "): " + (violations.isEmpty() ? "no violation\n"
                : violations.size() + " rule(s) violated\n" + Accessibility.describe(violations) + "\n"));
    }

    /** At a phone's width: opens the folded menu and checks the page with it open. */
    private void openPhoneMenuAndCheck(String name) {
        resize(PHONE);
        driver.findElement(By.id("menu-toggle")).click();
        page.wait.until(ExpectedConditions.attributeToBe(By.id("menu-toggle"), "aria-expanded", "true"));
        checkAt(name + " @ phone", PHONE);
        driver.findElement(By.id("menu-toggle")).click();
        resize(DESKTOP);
    }

    private void resize(Dimension size) {
        driver.manage().window().setSize(size);
        boolean phone = size.getWidth() <= 640;
        page.wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return window.matchMedia('(max-width: 640px)').matches === arguments[0]"
                        + " && document.readyState === 'complete';", phone));
        page.awaitAjax();
    }

    /** Sends a form from the page, as a browser does, with one field. */
    private void post(String path, String encoding, String name, String value) {
        ((JavascriptExecutor) driver).executeScript("""
                var form = document.createElement('form');
                form.method = 'post'; form.enctype = arguments[1]; form.action = arguments[0];
                var field = document.createElement('input');
                field.type = 'hidden'; field.name = arguments[2]; field.value = arguments[3];
                form.appendChild(field); document.body.appendChild(form); form.submit();
                """, path, encoding, name, value);
    }

    private void visible(String id) {
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void write(String text) {
        try {
            Files.writeString(report, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
