package org.externship.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, the coordinator's review queue: a bookmarked, filtered address opens that queue (and an address with bad
 * values or another hospital's externship says so in words and shows nothing of the other hospital); rows are
 * selected with the keyboard only and moved together; the filtered queue downloads as CSV; and the page fits a phone.
 * The applications are set up over HTTP, as {@link SeatRaceIT} sets up its rounds.
 */
@ExtendWith(PortalExtension.class)
class ReviewQueueIT {

    private static final String QUEUE = "/coordinator/applications.xhtml";
    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void aBookmarkedQueueIsSelectedByKeyboardMovedDownloadedAndFitsAPhone(WebDriver driver, RunningPortal portal)
            throws Exception {
        String run = TestRun.id();
        String wanted = "Queue wards " + run;
        // markup in a title is shown as the text it is, never read as markup (the rows are written by ep:rows)
        String other = "Queue <i>clinic</i> & co " + run;
        PortalHttpSession carla = SeatRaceIT.signedIn(portal, "carla", "/coordinator/externship.xhtml");
        PortalHttpSession omar = SeatRaceIT.signedIn(portal, "omar", "/student/passport.xhtml");
        PortalHttpSession priya = SeatRaceIT.signedIn(portal, "priya", "/student/passport.xhtml");
        SeatRaceIT.ensurePassport(omar, "omar");
        SeatRaceIT.ensurePassport(priya, "priya");
        long wantedPeriod = SeatRaceIT.publishWithOneSeat(carla, wanted, TODAY.plusDays(200));
        long otherPeriod = SeatRaceIT.publishWithOneSeat(carla, other, TODAY.plusDays(230));
        SeatRaceIT.applyAndSubmit(omar, "omar", wantedPeriod);
        SeatRaceIT.applyAndSubmit(priya, "priya", wantedPeriod);
        SeatRaceIT.applyAndSubmit(priya, "priya", otherPeriod);

        PortalPage page = new PortalPage(driver, portal).signIn("carla", "demo");
        page.open(QUEUE);
        String wantedId = optionValue(driver, page, wanted);

        // a bookmark of "submitted applications to one externship" opens exactly that queue
        page.open(QUEUE + "?status=SUBMITTED&externship=" + wantedId);
        List<String> rows = rows(driver, page);
        assertEquals(2, rows.size(), "the two applications to " + wanted + ": " + rows);
        assertTrue(rows.stream().allMatch(row -> row.contains(wanted) && row.contains("Submitted")), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.contains("Omar Farouk"))
                && rows.stream().anyMatch(row -> row.contains("Priya Raman")), rows.toString());
        assertEquals(wanted, new Select(driver.findElement(By.id("queue:externship"))).getFirstSelectedOption()
                .getText());
        assertEquals("Submitted", page.text("queue:statuses").strip());

        // the CSV of this queue: every matching row, in words, for Excel
        String csv = download(driver, page.field("download").getAttribute("href"));
        assertTrue(csv.startsWith("\uFEFFStudent,E-mail,Externship,First day,Last day,Status,Submitted,Last change\r\n"),
                csv);
        List<String> lines = csv.lines().skip(1).toList();
        assertEquals(2, lines.size(), csv);
        assertTrue(lines.stream().allMatch(line -> line.contains("," + wanted + "," + TODAY.plusDays(200) + ",")
                && line.contains(",Submitted,")), csv);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("Omar Farouk,") && line.contains("@")), csv);
        assertFalse(csv.contains(other), "only the filtered externship: " + csv);

        // keyboard only: Tab to each row's checkbox, Space ticks it; the header's selects the whole page
        WebElement omarsBox = tabTo(driver, "Select Omar Farouk\u2019s application");
        omarsBox.sendKeys(Keys.SPACE);
        page.wait.until(d -> omarsBox.isSelected());
        WebElement priyasBox = tabTo(driver, "Select Priya Raman\u2019s application");
        priyasBox.sendKeys(Keys.SPACE);
        page.wait.until(d -> priyasBox.isSelected());
        assertTrue(focusVisible(driver), "the focused checkbox shows its focus");
        WebElement all = driver.findElement(By.id("select-all"));
        page.wait.until(d -> all.isSelected());
        all.sendKeys(Keys.SPACE);
        page.wait.until(d -> checked(d).equals(List.of(false, false)));
        all.sendKeys(Keys.SPACE);
        page.wait.until(d -> checked(d).equals(List.of(true, true)));

        WebElement waitlist = tabTo(driver, "Waitlist");
        waitlist.sendKeys(Keys.ENTER);
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "2 applications are now: Waitlisted."));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue-rows"),
                "No application matches."));

        // Show leads to the chosen queue's address
        String otherId = optionValue(driver, page, other);
        new Select(driver.findElement(By.id("queue:externship"))).selectByVisibleText(other);
        page.field("queue:student").sendKeys("Priya");
        page.field("queue:search").click();
        page.wait.until(d -> d.getCurrentUrl().contains("externship=" + otherId)
                && d.getCurrentUrl().contains("student=Priya"));
        assertTrue(driver.getCurrentUrl().contains("status=SUBMITTED"), driver.getCurrentUrl());
        rows = rows(driver, page);
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).contains(other) && rows.get(0).contains("Priya Raman"), rows.toString());
        assertTrue(driver.findElements(By.cssSelector("#queue-rows tbody i")).isEmpty(), "no markup from a title");

        // bad values and another hospital's externship: said in words, nothing of the other hospital shown
        page.open(QUEUE + "?status=BOGUS&externship=900006&page=two");
        String problems = page.text("queue-problems");
        assertTrue(problems.contains("\u201cBOGUS\u201d is not a status of the queue"), problems);
        assertTrue(problems.contains("\u201c900006\u201d is not one of your hospital\u2019s externships"), problems);
        assertTrue(problems.contains("there is no page \u201ctwo\u201d"), problems);
        assertFalse(driver.getPageSource().contains("Community psychiatry"), "nothing of Riverside's externship");
        String theirs = download(driver, portal.baseUrl() + "/coordinator/applications.csv?status=all&externship=900006");
        assertFalse(theirs.contains("Community psychiatry"), theirs);

        // a phone: 390 px wide, no sideways scrolling of the page
        driver.manage().window().setSize(new Dimension(390, 844));
        page.open(QUEUE + "?status=all&externship=" + wantedId);
        rows(driver, page);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long inner = ((Number) js.executeScript("return window.innerWidth;")).longValue();
        long wide = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        assertTrue(inner <= 400, "the window is a phone's: " + inner);
        assertTrue(wide <= inner, "the page is " + wide + " px wide on a " + inner + " px screen");
    }

    private static List<String> rows(WebDriver driver, PortalPage page) {
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue-rows")));
        page.awaitAjax();
        return driver.findElements(By.cssSelector("#queue-rows tbody tr.queue-row")).stream()
                .map(WebElement::getText).toList();
    }

    /** The externship filter's value for {@code title}: the externship's id. */
    private static String optionValue(WebDriver driver, PortalPage page, String title) {
        page.wait.until(d -> optionValueNow(d, title) != null);
        return optionValueNow(driver, title);
    }

    private static String optionValueNow(WebDriver driver, String title) {
        return driver.findElements(By.cssSelector("[id='queue:externship'] option")).stream()
                .filter(option -> title.equals(option.getAttribute("textContent").strip()))
                .map(option -> option.getAttribute("value")).findFirst().orElse(null);
    }

    /** Presses Tab until the focus is on the element named {@code name}; fails if Tab never gets there. */
    private static WebElement tabTo(WebDriver driver, String name) {
        for (int presses = 0; presses < 80; presses++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            String label = focused.getAttribute("aria-label");
            if (name.equals(label) || name.equals(focused.getText().strip())) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reaches \u201c" + name + "\u201d");
    }

    private static boolean focusVisible(WebDriver driver) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "var s = getComputedStyle(document.activeElement);"
                        + " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;");
    }

    private static List<Boolean> checked(WebDriver driver) {
        return driver.findElements(By.cssSelector("#queue-rows tbody input[name='selected']"))
                .stream().map(WebElement::isSelected).toList();
    }

    /** Fetches {@code address} with the browser's cookies, as the browser would download it. */
    private static String download(WebDriver driver, String address) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode(), address);
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                answer.headers().map().toString());
        assertTrue(answer.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        return new String(answer.body(), StandardCharsets.UTF_8);
    }
}
