package org.externship.portal.browser;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, onboarding compliance in the browser: a student placed at St. Mary's (whose demo requirements apply)
 * hands in a document on each requirement's row; carla finds the placement red on the onboarding dashboard, opens its
 * items, downloads one and verifies them all; the dashboard turns green. A student placed at St. Mary's and at
 * Riverside sees both checklists on one page, hands in a file at Riverside and downloads it; another student and
 * St. Mary's coordinator, given its address, get the portal's own pages and never the file; Riverside's coordinator
 * gets it.
 */
@ExtendWith(PortalExtension.class)
class ComplianceIT {

    private static final String PASSWORD = "Hands-it-in-1";
    private static final String DEMO = "demo";

    @Test
    void aStudentHandsInTheDocumentsAndTheCoordinatorVerifiesThemUntilTheDashboardIsGreen(WebDriver driver,
            RunningPortal portal, @TempDir Path files) throws IOException {
        String run = TestRun.id();
        String last = "Ready" + run.replaceAll("[0-9]", "x");
        String title = "Onboarding wards " + run;
        LocalDate start = LocalDate.now().plusDays(14);
        portal.createUser("onb-" + run, PASSWORD, "Olga", last, "student");
        long application = StudentPlacing.place(driver, portal, "onb-" + run, PASSWORD, "Olga " + last, title, start,
                null);
        Path pdf = pdf(files);

        PortalPage student = new PortalPage(driver, portal);
        student.signIn("onb-" + run, PASSWORD);
        student.open("/student/compliance.xhtml?application=" + application);
        student.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("compliance-title")));
        List<String> requirements = rows(driver, application).stream()
                .map(r -> r.findElement(By.className("requirement-name")).getText()).toList();
        assertFalse(requirements.isEmpty(), "St. Mary's demo requirements apply");
        for (String requirement : requirements) {
            handIn(student, application, requirement, pdf, start.plusYears(1));
            assertTrue(student.globalMessages().contains("Handed in"), student.globalMessages());
        }
        assertEquals(requirements.size(), driver.findElements(By.cssSelector(".standing-SUBMITTED")).size());
        student.signOut();

        PortalPage carla = new PortalPage(driver, portal);
        carla.signIn("carla", DEMO);
        carla.open("/coordinator/compliance.xhtml");
        assertTrue(row(driver, "Olga " + last).contains("Not ready"), row(driver, "Olga " + last));
        driver.findElement(By.linkText("Olga " + last)).click();
        carla.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-title")));
        byte[] evidence = carla.download("items:checklist:0:evidence");
        assertEquals("%PDF-", new String(evidence, 0, 5, StandardCharsets.US_ASCII),
                "the coordinator downloads what was handed in");
        while (!driver.findElements(By.cssSelector("[id$=':verify']")).isEmpty()) {
            carla.clickAjax(By.cssSelector("[id$=':verify']"));
        }
        assertEquals(requirements.size(), driver.findElements(By.cssSelector(".standing-VERIFIED.ui-tag-success"))
                .size(), "each item green");
        assertTrue(carla.text("check-standing").contains("Ready"), carla.text("check-standing"));
        carla.open("/coordinator/compliance.xhtml");
        String row = row(driver, "Olga " + last);
        assertTrue(row.contains("Ready") && !row.contains("Not ready"), row);
        carla.signOut();
    }

    @Test
    void aStudentPlacedAtTwoHospitalsSeesBothChecklistsAndOnlyTheyAndTheHospitalsCoordinatorGetTheirFile(
            WebDriver driver, RunningPortal portal, @TempDir Path files) throws IOException {
        String run = TestRun.id();
        String last = "Twice" + run.replaceAll("[0-9]", "x");
        String atStMarys = "Onboarding clinic " + run;
        String atRiverside = "Onboarding outreach " + run;
        LocalDate first = LocalDate.now().plusDays(21);
        LocalDate second = first.plusWeeks(6);
        portal.createUser("two-" + run, PASSWORD, "Tomas", last, "student");
        portal.createUser("nosy-" + run, PASSWORD, "Nora", "Nosy", "student");
        long stMarys = StudentPlacing.place(driver, portal, "two-" + run, PASSWORD, "Tomas " + last, atStMarys, first,
                null);
        long riverside = StudentPlacing.placeBy("rita", driver, portal, "two-" + run, PASSWORD, "Tomas " + last,
                atRiverside, second, second.plusWeeks(4), null);

        PortalPage student = new PortalPage(driver, portal);
        student.signIn("two-" + run, PASSWORD);
        student.open("/student/compliance.xhtml");
        student.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("compliance-title")));
        List<WebElement> checklists = driver.findElements(By.cssSelector("section.checklist"));
        assertEquals(List.of("placement-" + stMarys, "placement-" + riverside),
                checklists.stream().map(c -> c.getAttribute("id")).toList(), "both placements, by first day");
        String stMarysCard = checklists.get(0).getText();
        String riversideCard = checklists.get(1).getText();
        assertTrue(stMarysCard.contains("St. Mary's Teaching Hospital") && stMarysCard.contains(atStMarys)
                && stMarysCard.contains("BLS provider card") && !stMarysCard.contains("HIPAA"), stMarysCard);
        assertTrue(riversideCard.contains("Riverside Community Health Center") && riversideCard.contains(atRiverside)
                && riversideCard.contains("HIPAA training certificate") && !riversideCard.contains("BLS"),
                riversideCard);
        assertTrue(stMarysCard.contains(String.valueOf(first.getYear()))
                && riversideCard.contains(String.valueOf(second.getYear())), "the dates");
        assertTrue(driver.findElements(By.cssSelector("section.checklist .standing-MISSING")).stream()
                .allMatch(tag -> tag.getAttribute("class").contains("ui-tag-danger")), "missing: red");

        handIn(student, riverside, "HIPAA training certificate", pdf(files), null);
        assertTrue(student.globalMessages().contains("Handed in"), student.globalMessages());
        WebElement handedIn = row(driver, riverside, "HIPAA training certificate");
        assertTrue(handedIn.findElement(By.cssSelector(".standing-SUBMITTED")).getAttribute("class")
                .contains("ui-tag-warning"), "waiting for a check: amber");
        String link = handedIn.findElement(By.cssSelector("a[id$=':evidence']")).getAttribute("href");
        String address = link.substring(link.indexOf("/student/compliance-evidence"));
        assertTrue(address.matches("/student/compliance-evidence\\?item=\\d+"), address);
        PortalPage.Fetched own = student.fetch(address);
        assertEquals(200, own.status());
        assertEquals("%PDF-", new String(own.body(), 0, 5, StandardCharsets.US_ASCII), "she downloads her file");
        assertTrue(own.header("Content-Type").startsWith("application/pdf"), own.headers().toString());
        assertTrue(own.header("Content-Disposition").startsWith("attachment;"), own.headers().toString());
        assertTrue(own.header("Cache-Control").contains("no-store")
                && own.header("Cache-Control").contains("private"), own.headers().toString());
        student.signOut();

        String coordinatorsAddress = address.replace("/student/", "/coordinator/");
        PortalPage nosy = new PortalPage(driver, portal);
        nosy.signIn("nosy-" + run, PASSWORD);
        refused(nosy, address, "error-404", "another student, with the item's id");
        nosy.signOut();

        PortalPage carla = new PortalPage(driver, portal);
        carla.signIn("carla", DEMO);
        refused(carla, coordinatorsAddress, "error-404", "another hospital's coordinator");
        refused(carla, address, "error-403", "a coordinator through the students' door");
        carla.signOut();

        PortalPage rita = new PortalPage(driver, portal);
        rita.signIn("rita", DEMO);
        PortalPage.Fetched hers = rita.fetch(coordinatorsAddress);
        assertEquals(200, hers.status(), "the coordinator of the placement's hospital");
        assertEquals("%PDF-", new String(hers.body(), 0, 5, StandardCharsets.US_ASCII));
        rita.signOut();
    }

    /** {@code who} opens {@code address} as if typed: the portal's own error page {@code page}, never the file. */
    private static void refused(PortalPage who, String address, String page, String what) {
        who.open(address);
        who.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(page)));
        assertFalse(who.driver.getPageSource().contains("%PDF"), what);
        PortalPage.Fetched answer = who.fetch(address);
        assertEquals(page.equals("error-404") ? 404 : 403, answer.status(), what);
        assertFalse(answer.header("Content-Disposition").contains("attachment"), what);
    }

    /** Hands in {@code file} on the row of {@code requirement} of the placement of {@code application}. */
    private static void handIn(PortalPage student, long application, String requirement, Path file,
            LocalDate validUntil) {
        WebElement row = row(student.driver, application, requirement);
        Optional<WebElement> date = row.findElements(By.cssSelector("input[id$=':expiresOn_input']")).stream()
                .findFirst();
        if (validUntil != null && date.isPresent()) {
            date.get().clear();
            date.get().sendKeys(TypedDate.of(validUntil), Keys.ESCAPE);
        }
        row.findElement(By.cssSelector("input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        WebElement upload = row.findElement(By.cssSelector("button[id$=':upload']"));
        upload.click();
        student.awaitGone(upload);
        student.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("compliance-title")));
    }

    /** The rows of the checklist of the placement of {@code application}. */
    private static List<WebElement> rows(WebDriver driver, long application) {
        return driver.findElements(By.cssSelector("[id='placement-" + application + "'] tbody tr"));
    }

    private static WebElement row(WebDriver driver, long application, String requirement) {
        return rows(driver, application).stream()
                .filter(r -> r.findElement(By.className("requirement-name")).getText().equals(requirement))
                .findFirst().orElseThrow(() -> new AssertionError(requirement + " of placement " + application));
    }

    private static String row(WebDriver driver, String student) {
        return driver.findElements(By.cssSelector("[id='dashboard'] tbody tr")).stream().map(WebElement::getText)
                .filter(text -> text.contains(student)).findFirst().orElse("");
    }

    private static Path pdf(Path files) throws IOException {
        Path pdf = files.resolve("evidence.pdf");
        if (!Files.exists(pdf)) {
            try (PDDocument document = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
                document.addPage(new PDPage());
                document.save(out);
                Files.write(pdf, out.toByteArray());
            }
        }
        return pdf;
    }
}
