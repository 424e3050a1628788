package org.externship.portal.browser;

import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, a coordinator's week with the program under way, in the browser, on the demo data: St. Mary's demo
 * program has Mariam Nasser in the last days of four weeks on the internal medicine consult service, supervised by
 * Grace Adams, with fifteen confirmed days of eight hours (db/demo/R__demo_program.sql). Carla invites a new
 * attending (the invitation arrives in the mail sink) and finds Mariam on the rotation calendar; Grace Adams, told on
 * her home page that her evaluation is due, sends it from the end-of-placement task, and the home page says it is
 * sent; Carla completes the placement; Mariam downloads her certificate, and the
 * public verification page, opened from the short link printed on it, says it is genuine.
 */
@ExtendWith(PortalExtension.class)
class CoordinatorsWeekIT {

    private static final String DEMO = "demo";
    private static final String MARIAM = "Mariam Nasser";
    private static final String SERVICE = "Internal medicine consult service";

    @Test
    void aCoordinatorRunsTheProgramFromInvitationToAVerifiedCertificate(WebDriver driver, RunningPortal portal)
            throws Exception {
        String invited = "ravi.menon-" + TestRun.id() + "@stmarys.example";
        try {
            // Monday: a new attending joins; Keycloak's account and the portal's invitation e-mail
            StaffPage staff = new StaffPage(driver, portal);
            staff.signIn("carla", DEMO);
            staff.show().invite("Ravi", "Menon", invited, "Attending");
            assertTrue(staff.globalMessages().contains("Ravi Menon (" + invited + ") is on your staff now"),
                    staff.globalMessages());
            staff.wait.until(d -> portal.mail().getReceivedMessagesForDomain(invited).length > 0);
            MimeMessage invitation = portal.mail().getReceivedMessagesForDomain(invited)[0];
            assertTrue(MailText.of(invitation).contains("St. Mary's Teaching Hospital invites you to the Externship"
                    + " Portal as an attending."), MailText.of(invitation));

            // the calendar: who is where this month
            staff.open("/coordinator/calendar.xhtml");
            staff.awaitAjax();
            WebElement onCalendar = staff.wait.until(d -> d.findElements(By.cssSelector("#calendar-form .fc-event"))
                    .stream().filter(e -> e.getText().contains(MARIAM)).findFirst().orElse(null));
            assertTrue(onCalendar.getText().contains("Grace Adams"), onCalendar.getText());
            staff.signOut();

            // her attending's one end-of-placement task: the evaluation, open in the final week; the home page says
            // it is still due and leads to it
            PortalPage adams = new PortalPage(driver, portal).signIn("adams", DEMO);
            adams.open("/attending/home.xhtml");
            WebElement ending = endingOf(adams, MARIAM);
            assertTrue(ending.getText().contains("your evaluation is due by"), ending.getText());
            ending.findElement(By.cssSelector("a.evaluation-link")).click();
            adams.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wrap-up:evaluation-form")));
            assertTrue(adams.text("hours-totals").contains("120"), adams.text("hours-totals"));
            List<WebElement> competencies = driver.findElements(By.cssSelector("#wrap-up\\:evaluation-form"
                    + " fieldset.competency"));
            assertEquals(5, competencies.size(), "five competencies");
            for (int row = 0; row < competencies.size(); row++) {
                driver.findElement(By.cssSelector("label[for='wrap-up:competencies:" + row + ":score:"
                        + (row == 1 ? 3 : 4) + "']")).click();
            }
            adams.field("wrap-up:overall").sendKeys("Thorough, kind and well prepared; her consult notes were a"
                    + " model for the residents.");
            adams.clickAjax(By.id("wrap-up:send-evaluation"));
            adams.wait.until(ExpectedConditions.elementToBeClickable(By.id("wrap-up:confirm-yes")));
            adams.clickAjax(By.id("wrap-up:confirm-yes"));
            adams.wait.until(d -> !d.findElements(By.id("evaluation-sent")).isEmpty()
                    || !adams.globalMessages().isBlank());
            assertEquals(1, driver.findElements(By.id("evaluation-sent")).size(), adams.globalMessages());
            adams.open("/attending/home.xhtml");
            WebElement evaluated = endingOf(adams, MARIAM);
            assertTrue(evaluated.getText().contains("your evaluation is sent"), evaluated.getText());
            assertTrue(evaluated.findElements(By.cssSelector("a.evaluation-link")).isEmpty(), "nothing left to do");
            adams.signOut();

            // the coordinator completes the placement: the certificate is issued
            PortalPage carla = new PortalPage(driver, portal).signIn("carla", DEMO);
            carla.open("/coordinator/placements.xhtml");
            WebElement placement = carla.wait.until(d -> d.findElements(By.cssSelector("#supervision\\:placements"
                    + " tbody tr")).stream().filter(row -> row.getText().contains(MARIAM)).findFirst().orElse(null));
            placement.findElement(By.cssSelector("button[id$=':complete']")).click();
            carla.wait.until(ExpectedConditions.elementToBeClickable(By.id("supervision:confirm-yes")));
            carla.clickAjax(By.id("supervision:confirm-yes"));
            carla.wait.until(d -> d.findElements(By.cssSelector("#supervision\\:placements tbody tr")).stream()
                    .filter(row -> row.getText().contains(MARIAM)).anyMatch(row -> row.findElements(
                            By.cssSelector("button[id$=':complete']")).isEmpty()));
            carla.signOut();

            // the student: her evaluation, her certificate as a PDF, and its short link
            PortalPage mariam = new PortalPage(driver, portal).signIn("mariam", DEMO);
            mariam.open("/student/attendance.xhtml?application=900290");
            WebElement download = mariam.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("download-certificate")));
            String pdf = pdfText(download.getAttribute("href"),
                    "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue());
            assertTrue(pdf.contains(MARIAM) && pdf.contains(SERVICE) && pdf.contains("120"), pdf);
            assertTrue(pdf.contains("Grace Adams"), pdf);
            String shortLink = driver.findElement(By.id("verify-certificate")).getAttribute("href");
            mariam.signOut();

            // anyone, signed in or not, checks it from the link printed on it
            driver.get(shortLink);
            mariam.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificate-facts")));
            assertTrue(driver.findElement(By.id("certificate-facts")).getText().contains("Genuine"),
                    driver.findElement(By.id("certificate-facts")).getText());
            assertEquals(MARIAM, mariam.text("fact-student"));
            assertEquals("St. Mary's Teaching Hospital", mariam.text("fact-hospital"));
            assertTrue(mariam.text("fact-hours").startsWith("120"), mariam.text("fact-hours"));
        } finally {
            for (UserRepresentation user : portal.realm().users().searchByEmail(invited, true)) {
                portal.realm().users().delete(user.getId()).close();
            }
        }
    }

    /** The home page's "Placements ending" line of {@code student}. */
    private static WebElement endingOf(PortalPage page, String student) {
        return page.wait.until(d -> d.findElements(By.cssSelector("#ending li")).stream()
                .filter(li -> li.getText().contains(student)).findFirst().orElse(null));
    }

    private static String pdfText(String url, String session) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse("")
                .replaceAll(";.*", ""));
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
