package org.externship.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, the rotation calendar in the browser: carla opens the calendar and finds a placement on it, opens it,
 * tries a full period of its externship (refused, with the reason) and moves it to a free one; the supervising
 * attending downloads their placements as an iCalendar file, with the new dates.
 */
@ExtendWith(PortalExtension.class)
class CalendarIT {

    private static final String PASSWORD = "Moves-with-care-1";
    private static final String DEMO = "demo";

    @Test
    void aCoordinatorMovesAPlacementOnTheCalendarAndTheAttendingDownloadsTheirCalendar(WebDriver driver,
                                                                                    RunningPortal portal)
            throws IOException {
        String run = TestRun.id();
        String last = "Mover" + run.replaceAll("[0-9]", "x");
        String title = "Calendar wards " + run;
        LocalDate start = LocalDate.now().plusDays(7);
        portal.createUser("cal-" + run, PASSWORD, "Cleo", last, "student");
        portal.createUser("cal-full-" + run, PASSWORD, "Finn", last, "student");
        StudentPlacing.place(driver, portal, "cal-" + run, PASSWORD, "Cleo " + last, title, start,
                start.plusWeeks(4), "Grace Adams");

        PortalPage page = new PortalPage(driver, portal);
        page.signIn("carla", DEMO);
        ExternshipEditorPage editor = new CoordinatorExternshipsPage(driver, portal).show().edit(title);
        editor.period(1, start.plusWeeks(6), start.plusWeeks(10), 1);
        editor.period(2, start.plusWeeks(12), start.plusWeeks(16), 1);
        editor.save();
        page.wait.until(d -> editor.periodIds().stream().noneMatch(String::isEmpty));
        List<String> periods = editor.periodIds();
        page.signOut();
        StudentPlacing.placeIn(driver, portal, "cal-full-" + run, PASSWORD, "Finn " + last, title,
                Long.parseLong(periods.get(1)), null);

        page.signIn("carla", DEMO);
        page.open("/coordinator/calendar.xhtml");
        WebElement event = placementOnCalendar(driver, page, "Cleo " + last);
        assertTrue(event.getText().contains("Grace Adams"), event.getText());
        open(driver, page, "Cleo " + last);
        assertTrue(page.text("edit-title").contains(title));
        page.clickAjax(By.id("edit:save"));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "placement is as it was: nothing changed"));
        assertFalse(page.has("edit-title"), "closed: there was nothing to save");
        open(driver, page, "Cleo " + last);
        Select period = new Select(driver.findElement(By.id("edit:periodId")));
        assertEquals(3, period.getOptions().size(), "the three periods of its externship");
        period.selectByIndex(1);
        page.clickAjax(By.id("edit:save"));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "no free seat"));
        assertTrue(page.has("edit-title"), "still open, nothing saved");

        new Select(driver.findElement(By.id("edit:periodId"))).selectByIndex(2);
        page.clickAjax(By.id("edit:save"));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "placement is saved"));
        assertFalse(page.has("edit-title"), "closed once saved");
        page.signOut();

        PortalHttpSession adams = new PortalHttpSession(portal.baseUrl());
        assertEquals(200, adams.signIn("/attending/calendar.xhtml", "adams", DEMO).statusCode());
        HttpResponse<String> ics = adams.get("/attending/calendar.ics");
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String body = ics.body().replace("\r\n ", "");
        assertTrue(body.startsWith("BEGIN:VCALENDAR\r\n"));
        String cleo = body.substring(body.indexOf("SUMMARY:Cleo " + last));
        String firstDay = start.plusWeeks(12).toString().replace("-", "");
        assertTrue(body.contains("DTSTART;VALUE=DATE:" + firstDay), "the new period's first day");
        assertFalse(cleo.isEmpty());
        assertFalse(body.contains("Finn " + last), "Finn has no supervisor: not in Grace Adams's calendar");
        PortalHttpSession student = new PortalHttpSession(portal.baseUrl());
        assertEquals(200, student.signIn("/student/home.xhtml", "cal-" + run, PASSWORD).statusCode());
        assertEquals(403, student.get("/attending/calendar.ics").statusCode(), "an attending's file only");
        assertTrue(student.get("/student/calendar.ics").body().contains("DTSTART;VALUE=DATE:" + firstDay),
                "the student's own file has the new dates");
    }

    /**
     * Opens the student's placement in the edit panel as a user would: scrolled into the middle of the window first
     * (the calendar's sticky header row covers an event at the window's top edge), and found again if the schedule
     * redrew its events in the meantime.
     */
    private static void open(WebDriver driver, PortalPage page, String student) {
        page.wait.until(d -> {
            WebElement event = placementOnCalendar(driver, page, student);
            try {
                ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", event);
                event.click();
                return true;
            } catch (ElementClickInterceptedException | StaleElementReferenceException redrawn) {
                return false;
            }
        });
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-title")));
    }

    /** The placement's event, going on to the next month while it does not show (the calendar opens on this one). */
    private static WebElement placementOnCalendar(WebDriver driver, PortalPage page, String student) {
        for (int month = 0; ; month++) {
            page.awaitAjax();
            try {
                return new WebDriverWait(driver, Duration.ofSeconds(month == 0 ? 30 : 10)).until(d -> d.findElements(
                                By.cssSelector("#calendar-form .fc-event")).stream()
                        .filter(e -> e.getText().contains(student)).findFirst().orElse(null));
            } catch (TimeoutException e) {
                if (month >= 2) {
                    throw e;
                }
                driver.findElement(By.cssSelector(".fc-next-button")).click();
            }
        }
    }
}
