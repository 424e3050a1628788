package org.externship.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, reports: carla finds St. Mary's demo program (the consult service under way) in the reports of the last
 * twelve months, narrows the range to a year without periods, and downloads a table as CSV; Riverside's coordinator's
 * file has none of St. Mary's rows; a student gets no file; an unknown table or an unreadable date is refused.
 */
@ExtendWith(PortalExtension.class)
class ReportsPageIT {

    private static final String DEMO = "demo";
    private static final String CONSULT = "Internal medicine consult service";
    private static final String PERIODS_HEADER = "Externship,First day,Last day,Seats,Submitted,Offered,Accepted,"
            + "Placements,Completed,Offered (%),Accepted (%),Completed (%),Seats filled (%)";

    @Test
    void aCoordinatorReadsTheirHospitalsReportsAndDownloadsThemAsCsv(WebDriver driver, RunningPortal portal)
            throws IOException {
        PortalPage page = new PortalPage(driver, portal);
        page.signIn("carla", DEMO);
        page.open("/coordinator/reports.xhtml");
        assertTrue(page.text("periods").contains(CONSULT), "the consult service's period started this month");
        assertTrue(page.has("funnel-chart") && page.has("fill-chart"));
        List<WebElement> consult = driver.findElements(By.xpath(
                "//table[@id='externships']/tbody/tr[td[1][normalize-space()='" + CONSULT + "']]/td"));
        assertEquals(9, consult.size(), "the consult service's row, one cell per column");
        assertTrue(consult.get(3).getAttribute("textContent").matches("\\d+ \\((\\d+ %|\u2013)\\)"),
                "offered, with its rate: " + consult.get(3).getAttribute("textContent"));
        assertTrue(driver.findElement(By.xpath("//table[@id='fill-table']/tbody/tr/th[@scope='row']"
                + "[normalize-space()='" + CONSULT + "']")).isEnabled(), "the fill chart's table names the row");
        assertEquals(9, driver.findElements(By.cssSelector("#externships thead th[scope='col']")).size(),
                "a heading for each of the nine columns");
        String csv = new String(page.download("periods-download"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF" + PERIODS_HEADER + "\r\n"), csv);
        assertTrue(csv.contains(CONSULT), csv);
        // one part at a time, each at an address of its own: the funnel's holds no other part's table
        assertEquals("page", page.field("show-funnel").getAttribute("aria-current"));
        assertFalse(page.has("compliance-section") || page.has("hours-section"), "only applications and seats");

        // onboarding of the placements not started (other tests may have placed students in St. Mary's)
        WebElement funnel = page.field("reports-range");
        page.field("show-compliance").click();
        page.awaitGone(funnel);
        assertTrue(driver.getCurrentUrl().contains("show=compliance"), driver.getCurrentUrl());
        assertEquals("page", page.field("show-compliance").getAttribute("aria-current"));
        assertFalse(page.has("periods") || page.has("funnel-chart"), "no funnel on the onboarding's part");
        assertTrue(page.text("compliance-section").contains("Onboarding of placements not started"));
        String complianceCsv = new String(page.download("compliance-download"), StandardCharsets.UTF_8);
        assertTrue(complianceCsv.startsWith("\uFEFFExternship,Not started,Ready to start,"), "the compliance CSV");
        assertEquals(List.of("Externship", "Not started", "Ready to start", "Not ready", "Documents to check",
                "Evidence lapsing within 30 days"), driver.findElements(By.cssSelector(
                "#compliance thead th[scope='col']")).stream().map(WebElement::getText).toList());

        // the range is a GET form: what it shows has an address of its own
        LocalDate yearsAgo = LocalDate.now().minusYears(3);
        type(page, "from", yearsAgo.withDayOfYear(1));
        type(page, "to", yearsAgo.withDayOfYear(2));
        show(page);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reports-empty")));
        assertFalse(page.has("periods"), "no period then");
        assertTrue(driver.getCurrentUrl().contains("from=" + yearsAgo.withDayOfYear(1) + "&to="
                + yearsAgo.withDayOfYear(2)), driver.getCurrentUrl());
        assertTrue(driver.getCurrentUrl().contains("show=compliance"), "the part stays: " + driver.getCurrentUrl());

        type(page, "to", yearsAgo.withDayOfYear(1).minusDays(1));
        show(page);
        assertTrue(page.text("to-problem").contains("five years"), page.text("to-problem"));
        assertEquals("true", page.field("to").getAttribute("aria-invalid"));
        assertEquals(yearsAgo.withDayOfYear(1).minusDays(1).toString(), page.field("to").getAttribute("value"),
                "the field keeps the day asked for");
        assertTrue(page.text("reports-problem").contains("last twelve months"), page.text("reports-problem"));

        // a report has an address of its own: a bookmark opens its range; dates that cannot be read are said
        page.open("/coordinator/reports.xhtml?from=" + LocalDate.now().minusMonths(2) + "&to="
                + LocalDate.now().plusMonths(1));
        assertTrue(page.text("periods").contains(CONSULT), page.text("periods"));
        assertEquals(LocalDate.now().minusMonths(2).toString(), page.field("from").getAttribute("value"));
        page.open("/coordinator/reports.xhtml?from=yesterday&to=today");
        assertTrue(page.text("reports-problem").contains("could not be read"), page.text("reports-problem"));
        assertTrue(page.text("from-problem").contains("Enter a date"), page.text("from-problem"));
        assertTrue(page.text("periods").contains(CONSULT), "the last twelve months instead");
        page.open("/coordinator/reports.xhtml?show=secrets");
        assertTrue(page.text("reports-problem").contains("does not exist"), page.text("reports-problem"));
        assertTrue(page.text("periods").contains(CONSULT), "applications and seats instead");
        page.signOut();

        PortalHttpSession rita = new PortalHttpSession(portal.baseUrl());
        assertEquals(200, rita.signIn("/coordinator/reports.xhtml", "rita", DEMO).statusCode());
        HttpResponse<String> theirs = rita.get("/coordinator/report.csv?table=periods");
        assertEquals(200, theirs.statusCode());
        assertTrue(theirs.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(theirs.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertTrue(theirs.body().startsWith("\uFEFF" + PERIODS_HEADER), theirs.body());
        assertFalse(theirs.body().contains(CONSULT), "none of St. Mary's periods: " + theirs.body());
        assertEquals("\uFEFF" + PERIODS_HEADER + "\r\n", rita.get("/coordinator/report.csv?table=periods"
                + "&from=2020-01-01&to=2020-01-02").body(), "no period then: the header alone");
        assertEquals(400, rita.get("/coordinator/report.csv?table=secrets").statusCode());
        assertEquals(400, rita.get("/coordinator/report.csv?table=hours&from=yesterday&to=today").statusCode());
        assertEquals(400, rita.get("/coordinator/report.csv?table=hours&from=2026-02-01&to=2026-01-01")
                .statusCode());

        PortalHttpSession sam = new PortalHttpSession(portal.baseUrl());
        assertEquals(200, sam.signIn("/student/home.xhtml", "sam", DEMO).statusCode());
        assertEquals(403, sam.get("/coordinator/report.csv?table=periods").statusCode());
    }

    /** Sends the range form and waits for the page it asks for. */
    private static void show(PortalPage page) {
        WebElement shown = page.field("reports-range");
        page.field("show").click();
        page.awaitGone(shown);
    }

    /** Types a day into a browser's date field, as a person does: month, day and year (the field's own order). */
    private static void type(PortalPage page, String id, LocalDate day) {
        WebElement input = page.field(id);
        input.sendKeys(String.format("%02d%02d%04d", day.getMonthValue(), day.getDayOfMonth(), day.getYear()));
    }
}
