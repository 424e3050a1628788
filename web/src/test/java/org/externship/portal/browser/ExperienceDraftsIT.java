package org.externship.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, application material in a real browser: a new student placed in a hospital drafts an ERAS experience from
 * the placement (the hospital and a seeded description filled in); the live counter counts every tricky string of the
 * shared fixture as the server's rule does, agrees with the server's count of the same text after saving (the browser
 * submits line breaks as CRLF), warns past 750 where the server refuses; the page fits a 390 px phone.
 */
@ExtendWith(PortalExtension.class)
class ExperienceDraftsIT {

    /** The fixture the ejb's ErasCharacterCountTest asserts of the Java rule. */
    private static final Path CASES = Path.of(System.getProperty("eras.countCases",
            "../ejb/src/test/resources/org/externship/portal/learninglog/eras-count-cases.txt"));
    /** The demo users' password (carla's). */
    /** The new student's: the realm's policy asks 12 characters at least. */
    private static final String PASSWORD = "Eras-drafts-2027";

    @Test
    void aPlacedStudentDraftsAnExperienceAndTheCounterAgreesWithTheServer(WebDriver driver, RunningPortal portal)
            throws IOException {
        String run = TestRun.id();
        String student = "eras-" + run;
        portal.createUser(student, PASSWORD, "Eras", "Drafter", "student");
        long application = StudentPlacing.place(driver, portal, student, PASSWORD, "Eras Drafter",
                "ERAS drafts " + run, LocalDate.now().plusDays(200), null);

        ExperiencesPage page = new ExperiencesPage(driver, portal);
        page.signIn(student, PASSWORD);
        driver.findElement(By.id("menu-student-experiences")).click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("start:draft")));
        String hospital = page.chosenPlacement().split(" \u00b7 ")[1];
        page.draftFromPlacement();
        assertEquals(hospital, page.field("editor:organization").getAttribute("value"), "the verified facts");
        assertEquals("Clinical extern", page.field("editor:positionTitle").getAttribute("value"));
        assertTrue(page.description().startsWith("ERAS drafts " + run + ": a "), page.description());
        assertEquals(page.erasCount(page.description()) + " of 750 characters", page.counter());

        for (Case c : cases()) {
            assertEquals(c.expected(), page.erasCount(c.text()), c.what());
        }

        page.typeDescription("Caf\u00e9 rounds", Keys.ENTER, "Day two");
        page.pasteIntoDescription("\uD83E\uDE7A");
        assertEquals("21 of 750 characters", page.counter(), "11 + a line break + 7 + an emoji of two");
        page.save();
        assertTrue(page.globalMessages().contains("\u201cClinical extern\u201d is saved."), page.globalMessages());
        assertEquals("21 of 750 characters", page.counter(), "the server counts the submitted CRLF as one");
        assertTrue(page.rows().get(0).contains("21 of 750 characters"), page.rows().toString());

        page.typeDescription("x".repeat(700), Keys.ENTER, "y".repeat(50));
        assertEquals("751 of 750 characters", page.counter());
        assertTrue(page.counterWarns());
        page.save();
        assertTrue(page.descriptionMessage().startsWith("ERAS takes at most 750 characters here"),
                page.descriptionMessage());
        assertEquals("751 of 750 characters", page.counter(), "the server counts what the counter counted");
        assertTrue(page.rows().get(0).contains("21 of 750 characters"), "nothing saved: " + page.rows());

        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            page.show().editFirst();
            assertTrue(page.overflow() <= 0, "the page is " + page.overflow()
                    + " px wider than a phone: " + page.widest());
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
        assertTrue(application > 0);

        page.show();
        String csv = new String(page.download("download-csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("Clinical extern") && csv.contains("Caf\u00e9 rounds") && csv.contains(",21,"),
                "the spreadsheet holds the draft and its count: " + csv);
        try (PDDocument pdf = Loader.loadPDF(page.download("download-pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("ERAS experiences of Eras Drafter") && text.contains("Clinical extern")
                    && text.contains("21 of 750 characters"), text);
        }
    }

    /** One line of the shared fixture: expected count, text (escapes \r \n \t \\), what it shows. */
    private record Case(int expected, String text, String what) {
    }

    private static List<Case> cases() throws IOException {
        return Files.readAllLines(CASES, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("\t", 3))
                .map(columns -> new Case(Integer.parseInt(columns[0]), columns[1].translateEscapes(), columns[2]))
                .toList();
    }
}
