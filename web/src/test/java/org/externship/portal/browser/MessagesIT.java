package org.externship.portal.browser;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, a message held until the attending's working hours, as its users meet it: Henry Baker's hours leave out
 * today (his days without today: refused first with the hours backwards, said on the field); his placed student writes
 * to him casually, reads the tone advice next to the message and sends anyway; the page says when it will be
 * delivered; Henry Baker's inbox does not show it and no e-mail reached him. With today back in his hours the
 * student's next message arrives at once with its e-mail, the menu counts it (not the held one) until he reads the
 * conversation; he reports it, and Carla Mendes, his hospital's coordinator (not Riverside's), gets a notification
 * and an e-mail without the message, and marks the report handled with a note; he replies, and the student's e-mail,
 * menu and page show the reply; reading it clears her count.
 * Henry Baker's hours are the defaults again at the end.
 */
@ExtendWith(PortalExtension.class)
class MessagesIT {

    private static final String PASSWORD = "Lena-writes-politely-1";
    private static final String DEMO = "demo";
    private static final String BAKER_MAIL = "baker@stmarys.example";
    private static final String CARLA_MAIL = "carla@stmarys.example";
    private static final String RITA_MAIL = "rita@riverside.example";

    @Test
    void aMessageOutsideTheAttendingsHoursWaitsAndOneWithinThemArrivesWithItsEmail(WebDriver driver,
                                                                                  RunningPortal portal)
            throws IOException {
        String run = TestRun.id();
        String student = "lena-messages-" + run;
        String title = "Messages clinic " + run;
        String topic = "Rounds on Monday " + run;
        PortalPage page = new PortalPage(driver, portal);
        page.signIn("baker", DEMO);
        page.signOut();
        portal.createUser(student, PASSWORD, "Lena", "Petrova", "student");
        StudentPlacing.place(driver, portal, student, PASSWORD, "Lena Petrova", title, LocalDate.now().plusDays(7),
                "Henry Baker");
        DayOfWeek today = LocalDate.now(ZoneId.of("America/New_York")).getDayOfWeek();

        page.signIn("baker", DEMO);
        driver.findElement(By.id("menu-attending-working-hours")).click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hours:save")));
        page.chooseInMenu("hours:zone", "Eastern (New York)");
        page.chooseInMenu("hours:start", "18:00");
        page.chooseInMenu("hours:end", "08:00");
        page.clickAjax(By.id("hours:save"));
        assertTrue(page.text("hours:end-message").contains("end after they start"), page.text("hours:end-message"));
        page.chooseInMenu("hours:start", "00:00");
        page.chooseInMenu("hours:end", "23:59");
        workOn(page, Arrays.stream(DayOfWeek.values()).filter(d -> d != today).toList());
        page.clickAjax(By.id("hours:save"));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "are saved"));
        page.signOut();
        int bakerMails = mailsTo(portal, BAKER_MAIL);

        page.signIn(student, PASSWORD);
        driver.findElement(By.id("menu-student-messages")).click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("compose:to")));
        page.chooseInMenu("compose:to", labelStartingWith(page, "compose:to", "Henry Baker · Attending"));
        page.awaitAjax();
        page.field("compose:topic").sendKeys(topic);
        page.field("compose:body").sendKeys("Hi Henry, thx for today. May I join rounds on Monday?\n\nLena");
        page.clickAjax(By.id("compose:send"));
        String advice = page.text("compose:body-message");
        assertTrue(advice.contains("Hi Henry") && advice.contains("Dear Dr. Baker,") && advice.contains("thx"),
                "the words, why, and a better wording: " + advice);
        page.clickAjax(By.id("compose:send-anyway"));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "will be delivered at the start of their working hours"));
        WebElement thread = threadOf(page, topic);
        String held = thread.findElement(By.cssSelector(".held")).getText();
        String tomorrow = today.plus(1).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US);
        assertTrue(held.startsWith("Delivered " + tomorrow) && held.contains("12:00 AM")
                && held.contains("Henry Baker's working hours"), held);
        page.signOut();

        page.signIn("baker", DEMO);
        page.open("/staff/messages.xhtml");
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages-title")));
        assertFalse(page.text("inbox").contains(topic), "not in his inbox before his hours");
        assertEquals(bakerMails, mailsTo(portal, BAKER_MAIL), "and no e-mail");
        page.open("/staff/working-hours.xhtml");
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hours:save")));
        workOn(page, Arrays.asList(DayOfWeek.values()));
        page.clickAjax(By.id("hours:save"));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "are saved"));
        page.signOut();

        page.signIn(student, PASSWORD);
        page.open("/student/messages.xhtml");
        thread = threadOf(page, topic);
        String reply = thread.findElement(By.cssSelector("textarea")).getAttribute("id");
        page.field(reply).sendKeys("Dear Dr. Baker,\n\nI will bring my notes on Monday.\n\nLena Petrova");
        page.clickAjax(By.id(reply.replace(":reply", ":write")));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Your reply is sent."));
        assertEquals(1, threadOf(page, topic).findElements(By.cssSelector(".held")).size(),
                "only the first message waits");
        page.signOut();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> mailsTo(portal, BAKER_MAIL) > bakerMails);
        String mail = lastMailTo(portal, BAKER_MAIL);
        assertTrue(mail.contains("Lena Petrova sent you a message") && mail.contains("/staff/messages.xhtml")
                && !mail.contains("notes on Monday"), "a link, never the message: " + mail);

        page.signIn("baker", DEMO);
        assertEquals("1", unreadMessages(page, "attending"), "the menu counts the message within his hours, not the "
                + "held one (he read his conversations before)");
        page.open("/staff/messages.xhtml");
        thread = threadOf(page, topic);
        assertTrue(thread.getText().contains("I will bring my notes") && !thread.getText().contains("thx for today"),
                "the message within his hours, not the held one: " + thread.getText());
        assertTrue(thread.getText().contains("1 new"), "what was new stays marked on the page: " + thread.getText());
        int carlaMails = mailsTo(portal, CARLA_MAIL);
        int ritaMails = mailsTo(portal, RITA_MAIL);
        thread.findElement(By.cssSelector("button.report")).click();
        page.clickAjax(By.id("inbox:confirm-yes"));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "reported to your hospital's coordinators"));
        thread = threadOf(page, topic);
        assertTrue(thread.getText().contains("Reported to the coordinators."), thread.getText());
        int studentMails = mailsTo(portal, student + "@example.org");
        reply = thread.findElement(By.cssSelector("textarea")).getAttribute("id");
        page.field(reply).sendKeys("Dear Lena,\n\nYes, see you at seven.\n\nHenry Baker");
        page.clickAjax(By.id(reply.replace(":reply", ":send")));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Your reply is sent."));
        page.open("/staff/working-hours.xhtml");
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hours:save")));
        assertFalse(page.has("unread-messages-attending"), "reading the conversation cleared the menu's count");
        page.chooseInMenu("hours:start", "08:00");
        page.chooseInMenu("hours:end", "18:00");
        workOn(page, Arrays.asList(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY));
        page.clickAjax(By.id("hours:save"));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "are saved"));
        page.signOut();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> mailsTo(portal, student + "@example.org") > studentMails);
        assertTrue(lastMailTo(portal, student + "@example.org").contains("Henry Baker wrote to you"));

        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> mailsTo(portal, CARLA_MAIL) > carlaMails);
        String reportMail = lastMailTo(portal, CARLA_MAIL);
        assertTrue(reportMail.contains("Henry Baker reported a message that Lena Petrova wrote to them")
                && reportMail.contains("/coordinator/reported-messages.xhtml") && !reportMail.contains(topic)
                && !reportMail.contains("notes on Monday"), "whose conversation and a link, never the message: "
                + reportMail);
        assertEquals(ritaMails, mailsTo(portal, RITA_MAIL), "another hospital's coordinator is not told");
        page.signIn("carla", DEMO);
        page.open("/coordinator/notifications.xhtml");
        assertTrue(page.text("notifications").contains("Henry Baker reported a message from Lena Petrova"),
                page.text("notifications"));
        page.open("/coordinator/reported-messages.xhtml");
        String note = reportOf(page, topic).findElement(By.cssSelector("textarea")).getAttribute("id");
        page.field(note).sendKeys("Spoke with the student about the tone.");
        page.clickAjax(By.id(note.replace(":note", ":handle")));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is marked handled"));
        assertTrue(page.driver.findElements(By.cssSelector("section.reported-message")).stream()
                .noneMatch(r -> topic.equals(r.getAttribute("aria-label"))), "handled: off the open list");
        page.driver.findElement(By.id("show-handled")).click();
        String handled = reportOf(page, topic).getText();
        assertTrue(handled.contains("Handled by Carla Mendes") && handled.contains("about the tone"), handled);
        page.signOut();

        page.signIn(student, PASSWORD);
        assertEquals("1", unreadMessages(page, "student"), "the menu counts his reply");
        page.open("/student/messages.xhtml");
        assertTrue(threadOf(page, topic).getText().contains("see you at seven"));
        page.open("/student/home.xhtml");
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menu-student-messages")));
        assertFalse(page.has("unread-messages-student"), "reading the conversation cleared the menu's count");
        page.signOut();
    }

    /** The number the menu shows beside "Messages" for {@code role}, once the page shows it. */
    private static String unreadMessages(PortalPage page, String role) {
        return page.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#unread-messages-" + role + " [aria-hidden='true']"))).getText();
    }

    /** Ticks exactly {@code days} among the working days (their labels, which the checkboxes are named by). */
    private static void workOn(PortalPage page, java.util.List<DayOfWeek> days) {
        Set<DayOfWeek> wanted = Set.copyOf(days);
        for (DayOfWeek day : DayOfWeek.values()) {
            String id = "hours:days:" + day.ordinal();
            boolean ticked = page.field(id).isSelected();
            if (ticked != wanted.contains(day)) {
                page.field(id).findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' ui-chkbox ')][1]"))
                        .findElement(By.cssSelector(".ui-chkbox-box")).click();
            }
        }
    }

    /** The label of the item of select menu {@code menuId} that starts with {@code start}. */
    private static String labelStartingWith(PortalPage page, String menuId, String start) {
        page.driver.findElement(By.id(menuId)).click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(menuId + "_panel")));
        java.util.List<String> labels = page.driver.findElements(By.cssSelector("[id='" + menuId + "_items'] li"))
                .stream().map(li -> li.getAttribute("data-label")).toList();
        return labels.stream().filter(l -> l != null && l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError(start + " is not among " + labels));
    }

    private static WebElement reportOf(PortalPage page, String topic) {
        return page.wait.until(d -> d.findElements(By.cssSelector("section.reported-message")).stream()
                .filter(s -> s.getAttribute("aria-label").equals(topic)).findFirst().orElse(null));
    }

    private static WebElement threadOf(PortalPage page, String topic) {
        return page.wait.until(d -> d.findElements(By.cssSelector("section.thread")).stream()
                .filter(s -> s.getAttribute("aria-label").equals(topic)).findFirst().orElse(null));
    }

    private static int mailsTo(RunningPortal portal, String address) {
        return (int) Arrays.stream(portal.mail().getReceivedMessages()).filter(m -> to(m, address)).count();
    }

    private static String lastMailTo(RunningPortal portal, String address) {
        MimeMessage[] all = portal.mail().getReceivedMessages();
        for (int i = all.length - 1; i >= 0; i--) {
            if (to(all[i], address)) {
                return MailText.of(all[i]);
            }
        }
        throw new AssertionError("no e-mail to " + address);
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}
