package org.externship.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, the learning log as its users meet it: a placed student records a case on a phone (390 px), is stopped
 * by the de-identification guard with the words and why next to the notes, fixes them without retyping the rest,
 * repeats the entry for a similar case and finds it again; the supervising attending returns one entry with a note
 * and verifies the other; the student sees both, shares the verified one with the hospital's coordinators, and the
 * coordinator reads that one and not the other; another hospital's coordinator at the same address reads nothing.
 */
@ExtendWith(PortalExtension.class)
class LearningLogIT {

    private static final String PASSWORD = "Lena-logs-her-cases-1";

    @Test
    void aPlacedStudentRecordsOnAPhoneIsStoppedByTheGuardAndTheAttendingSignsOff(WebDriver driver,
                                                                               RunningPortal portal)
            throws IOException {
        String run = TestRun.id();
        String student = "lena-" + run;
        String title = "Clinic cardiology " + run;
        placed(driver, portal, student, title);

        LearningLogPages log = new LearningLogPages(driver, portal);
        log.signIn(student, PASSWORD);
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.findElement(By.id("menu-toggle")).click();
        log.wait.until(ExpectedConditions.elementToBeClickable(By.id("menu-student-log"))).click();
        log.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("log-empty")));

        log.newEntry();
        assertEquals(TypedDate.of(LocalDate.now()), log.value("entry:date_input"), "today by default");
        assertTrue(log.text("entry:placement").contains(title), "the placement going on is chosen: "
                + log.text("entry:placement"));
        assertEquals("Grace Adams", log.text("entry:supervisor_label"), "and its attending");
        assertEquals("", overflowingSideways(driver), "the form fits a phone");
        log.topic("Community-acquired pneumonia").part("Presented")
                .notes("Mr. Jones, MRN 48213377, came in on 3/14 with fever; CURB-65 of 2, started ceftriaxone.");
        assertFalse(log.save(), "the guard stops the save");
        String said = log.messageOf("entry:notes");
        assertTrue(said.contains("Mr. Jones") && said.contains("48213377") && said.contains("3/14"),
                "the words found are named next to the notes: " + said);
        assertEquals("Community-acquired pneumonia", log.value("entry:topic"), "nothing typed is lost");
        log.notes("An older man came in with fever; CURB-65 of 2, started ceftriaxone and azithromycin.");
        assertTrue(log.save(), "saved once de-identified: " + log.globalMessages());
        assertTrue(log.globalMessages().contains("The entry is in your log."), log.globalMessages());
        assertEquals("Awaiting sign-off", log.statusOf("Community-acquired pneumonia"));

        // the session ends while the student writes: after signing in again (Keycloak's own session), the text is back
        log.newEntry().topic("Sepsis").notes("Typed as the session ended: lactate cleared after fluids.");
        driver.manage().deleteCookieNamed("JSESSIONID");
        driver.findElement(By.id("entry:save")).click();
        log.wait.ignoring(StaleElementReferenceException.class).until(ExpectedConditions
                .textToBePresentInElementLocated(By.id("messages"), "Your session had ended"));
        assertEquals("Typed as the session ended: lactate cleared after fluids.", log.value("entry:notes"),
                "nothing typed is lost");
        assertEquals("Sepsis", log.value("entry:topic"));

        log.repeatLast();
        assertEquals("Community-acquired pneumonia", log.value("entry:topic"), "the last entry, for today");
        log.topic("Aspiration pneumonia").notes("Bedside swallow screen before any oral intake.");
        assertTrue(log.save());
        assertEquals(List.of("Aspiration pneumonia", "Community-acquired pneumonia"), log.topics());
        log.filterByWords("swallow");
        assertEquals(List.of("Aspiration pneumonia"), log.topics(), "found by a word of its notes");
        log.signOut();

        driver.manage().window().setSize(new Dimension(1280, 900));
        LearningLogPages attending = new LearningLogPages(driver, portal);
        attending.signIn("adams", "demo");
        driver.findElement(By.id("menu-attending-signoffs")).click();
        attending.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signoffs:entries")));
        String waiting = attending.signoffTable();
        assertTrue(waiting.contains("Lena Petrova") && waiting.contains("Aspiration pneumonia")
                && waiting.contains("Community-acquired pneumonia"), waiting);
        attending.returnWith("Aspiration pneumonia", "Say what the swallow screen showed.");
        attending.verifySelected("Community-acquired pneumonia");
        assertFalse(attending.signoffTable().contains("Lena Petrova"), "nothing of hers waits any more");
        attending.signOut();

        log.signIn(student, PASSWORD);
        log.open("/student/log.xhtml");
        assertEquals("Verified", log.statusOf("Community-acquired pneumonia"));
        assertEquals("Returned to you", log.statusOf("Aspiration pneumonia"));
        assertTrue(log.entryText("Aspiration pneumonia").contains("Say what the swallow screen showed."),
                log.entryText("Aspiration pneumonia"));

        log.share("Community-acquired pneumonia");
        assertTrue(log.globalMessages().contains("The coordinators of St. Mary"), log.globalMessages());
        log.open("/student/log.xhtml");
        assertTrue(log.entryText("Community-acquired pneumonia").contains("Shared with coordinators"));

        log.open("/student/log-progress.xhtml");
        assertEquals("1 of 2 entries verified", log.text("verified-summary"));
        log.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='weeks-chart'] canvas")));
        String kinds = driver.findElement(By.id("kinds-table")).getAttribute("textContent");
        assertTrue(kinds.contains("Case"), "the numbers behind the charts: " + kinds);
        log.open("/student/log.xhtml");

        String csv = new String(log.download("download-csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("Verified by Grace Adams on ") && csv.contains(title + ", St. Mary"),
                "the spreadsheet carries the verification mark and the hospital: " + csv);
        try (PDDocument pdf = Loader.loadPDF(log.download("download-pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Learning log of Lena Petrova") && text.contains("Verified by Grace Adams on ")
                    && text.contains("Aspiration pneumonia"), text);
        }
        log.signOut();

        LearningLogPages coordinator = new LearningLogPages(driver, portal);
        coordinator.signIn("carla", "demo");
        String shared = coordinator.sharedBy("Lena Petrova");
        assertTrue(shared.contains("Community-acquired pneumonia") && shared.contains("CURB-65 of 2")
                && shared.contains("Verified"), "the shared entry, as it stands: " + shared);
        assertFalse(shared.contains("Aspiration pneumonia"), "what she keeps private stays hers: " + shared);
        String address = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("/coordinator/"));
        coordinator.signOut();

        coordinator.signIn("rita", "demo");
        coordinator.open(address);
        coordinator.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-404")));
        assertFalse(driver.getPageSource().contains("CURB-65"), "another hospital's coordinator reads nothing");
    }

    /** carla publishes, the new student applies, is offered the seat, accepts, and carla names Grace Adams. */
    private static void placed(WebDriver driver, RunningPortal portal, String student, String title)
            throws IOException {
        portal.createUser(student, PASSWORD, "Lena", "Petrova", "student");
        StudentPlacing.place(driver, portal, student, PASSWORD, "Lena Petrova", title, LocalDate.now().plusDays(40),
                "Grace Adams");
    }

    /** The elements that reach past the window's right edge (tag, id, class), or nothing when the page fits. */
    private static String overflowingSideways(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "var width = document.documentElement.clientWidth;"
                        + "if (document.documentElement.scrollWidth <= width + 1) { return ''; }"
                        + "return Array.from(document.querySelectorAll('body *'))"
                        + ".filter(function (e) { return e.getBoundingClientRect().right > width + 1; })"
                        + ".slice(0, 5).map(function (e) { return e.tagName + '#' + e.id + '.' + e.className; })"
                        + ".join(', ') || 'something';");
    }
}
