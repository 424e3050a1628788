package org.externship.portal.browser;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole path of issue 3 in a real browser: the coordinator posts and publishes an externship, the student
 * (Priya, who fills in a clinical passport that meets it) finds it in the public search, applies for a period,
 * the coordinator offers the seat, the student is told by e-mail and in the portal, accepts, and the placement shows on both sides.
 */
@ExtendWith(PortalExtension.class)
class ApplicationJourneyIT {

    private static final LocalDate START = LocalDate.now().plusMonths(3).withDayOfMonth(1);

    @Test
    void postFindApplyOfferAcceptAndThePlacementShowsOnBothSides(WebDriver driver, RunningPortal portal) {
        String title = "Hospital medicine " + TestRun.id();
        CoordinatorExternshipsPage list = new CoordinatorExternshipsPage(driver, portal);
        list.signIn("carla", "demo");
        ExternshipEditorPage editor = list.show().startNew();
        editor.fill(title, "Four weeks on the hospital medicine service; we do not guarantee a residency.",
                LocalDate.now().plusMonths(1)).period(0, START, START.plusWeeks(4), 2);
        editor.saveAndPublish();
        list.show();
        assertEquals("Published", list.statusOf(title));
        list.signOut();

        ApplicationPages student = new ApplicationPages(driver, portal);
        student.signIn("priya", "demo");
        PassportPage passport = new PassportPage(driver, portal);
        passport.show();
        passport.type("medicalSchool", "American University of the Caribbean").type("schoolCountry", "Sint Maarten")
                .type("graduationYear", String.valueOf(Year.now().getValue() - 1))
                .choose("profile:step1", "Passed").choose("profile:step2ck", "Not taken yet")
                .choose("profile:step3", "Not taken yet").choose("profile:ecfmg", "In progress")
                .choose("profile:visa", "B-1 business visitor");
        passport.save();
        assertTrue(passport.globalMessages().contains("Your clinical passport is saved."), passport.globalMessages());

        SearchPage search = new SearchPage(driver, portal);
        search.openSearch().searchFor(title).submit();
        assertEquals(List.of(title), search.titles());
        search.openResult(title);
        assertTrue(student.text("externship-periods").contains("2 of 2 seats left"), "the public page counts seats"
                + " left: " + student.text("externship-periods"));
        driver.findElement(By.cssSelector("a.apply-link")).click();
        assertTrue(student.eligibility().contains("You meet every requirement."), student.eligibility());
        student.submit("I would like to learn how a US hospital medicine service works, and to help.");
        assertEquals("Submitted", student.status());
        student.signOut();

        ApplicationPages coordinator = new ApplicationPages(driver, portal);
        coordinator.signIn("carla", "demo");
        assertTrue(Integer.parseInt(coordinator.text("new-applications")) >= 1,
                "the home page counts the new application: " + coordinator.text("new-applications"));
        coordinator.openFromQueue(title, "Priya Raman");
        assertTrue(coordinator.text("statement").contains("hospital medicine service"));
        assertTrue(coordinator.text("visa").contains("B-1"), "the coordinator sees the clinical passport");
        coordinator.offer();
        coordinator.signOut();

        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> mailAbout(portal, title, "offered a seat"));
        String offerMail = Arrays.stream(portal.mail().getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(title) && m.getSubject().contains("offered a seat");
            } catch (MessagingException e) {
                return false;
            }
        }).map(MailText::of).findFirst().orElseThrow();
        assertTrue(offerMail.startsWith("Dear Priya Raman,") && offerMail.contains("Please answer by")
                && offerMail.contains("/student/application.xhtml?id="), "the offer mail says what to do: " + offerMail);
        student.signIn("priya", "demo");
        assertTrue(student.text("offers").contains(title) && student.text("offers").contains("holds the seat for you"
                + " until"), "the home page shows the offer and until when it holds: " + student.text("offers"));
        String unread = driver.findElement(By.id("unread-count")).getAttribute("textContent").strip();
        assertTrue(unread.matches("[1-9]\\d*\\s*\\([1-9]\\d* unread\\)"), "the menu counts what is new: " + unread);
        driver.findElement(By.id("menu-student-notifications")).click();
        assertTrue(student.text("notifications").contains(title), student.text("notifications"));
        driver.findElement(By.id("menu-student-applications")).click();
        WebElement application = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.linkText(title)));
        assertTrue(!student.has("unread-count"), "read once the list was opened");
        application.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("application:accept")));
        assertEquals("Offered", student.status());
        student.accept();
        assertEquals("Accepted", student.status());
        assertEquals(List.of("Draft", "Submitted", "Offered", "Accepted"), student.timeline());
        assertEquals(List.of("Draft (done)", "Submitted (done)", "Under review (done)", "Offered (done)",
                "Accepted (where it stands now)"), student.stepper());
        assertTrue(student.placement().contains("No supervising attending named yet"), student.placement());
        student.signOut();

        coordinator.signIn("carla", "demo");
        assertEquals("1 of 2 seats left", list.show().seatsOf(title), "the accepted offer holds a seat");
        coordinator.open("/coordinator/placements.xhtml");
        String placements = coordinator.text("supervision:placements");
        assertTrue(placements.contains("Priya Raman") && placements.contains(title), placements);
        coordinator.superviseBy("Priya Raman", "Grace Adams");
        coordinator.signOut();

        // the attending the coordinator named sees the extern they supervise
        PortalPage attending = new PortalPage(driver, portal).signIn("adams", "demo");
        assertTrue(attending.text("externs").contains("Priya Raman"), "the attending's home lists the extern: "
                + attending.text("externs"));
        driver.findElement(By.id("menu-attending-placements")).click();
        String supervised = attending.text("placements");
        assertTrue(supervised.contains("Priya Raman") && supervised.contains(title), supervised);
        attending.signOut();

        // plans change before the rotation starts: priya gives the placement up, and the seat goes back
        student.signIn("priya", "demo");
        driver.findElement(By.id("menu-student-applications")).click();
        driver.findElement(By.linkText(title)).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("application:withdraw"), "Give up this placement"));
        assertTrue(student.placement().contains("Grace Adams"), "the student sees who supervises: "
                + student.placement());
        assertEquals(List.of("Draft", "Submitted", "Offered", "Accepted", "Placement changed"), student.timeline(),
                "naming the attending is on the timeline");
        assertTrue(student.text("timeline").contains("Supervised by Grace Adams."), student.text("timeline"));
        student.giveUp();
        assertFalse(student.has("placement"), "no placement any more");
        assertEquals(List.of("Draft", "Submitted", "Offered", "Accepted", "Placement changed", "Withdrawn"),
                student.timeline());
        assertEquals("Withdrawn (where it ended)", student.stepper().get(student.stepper().size() - 1));
        student.signOut();

        coordinator.signIn("carla", "demo");
        coordinator.open("/coordinator/placements.xhtml");
        assertFalse(coordinator.text("content").contains(title), coordinator.text("content"));
    }

    /** Whether the mail sink holds a message to the student whose subject names the externship and the news. */
    private static boolean mailAbout(RunningPortal portal, String title, String news) {
        return Arrays.stream(portal.mail().getReceivedMessages()).anyMatch(message -> {
            try {
                return message.getSubject().contains(title) && message.getSubject().contains(news);
            } catch (MessagingException e) {
                return false;
            }
        });
    }
}
