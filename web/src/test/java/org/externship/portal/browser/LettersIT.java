package org.externship.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, asking for a letter as its users meet it: a placed student finds asking not open yet and why; the
 * hospital's coordinator opens it earlier; the student asks Grace Adams from the template, is stopped by a casual
 * wording and a date too soon with a better wording next to each field, fixes both and sends; Grace Adams declines
 * in the placement's end-of-placement task (from My externs), suggesting Henry Baker; the student reads only a
 * neutral sentence, asks Henry Baker at once, and sees him accept with the day he expects to finish. Henry Baker uploads an A4 file (refused, with the
 * reason) and then the letter and reads it back; then he writes the letter in the portal, is refused on marking it
 * complete while it opens "Dear Dr. Smith" (the reason on the text), writes "Dear Program Director", reads the PDF
 * created on the letterhead, signed, and marks it complete; the student, who waived the right to read it,
 * sees "Complete" and reaches its content by no address; carla reviews the access trail, refusal included, and
 * downloads it.
 */
@ExtendWith(PortalExtension.class)
class LettersIT {

    /** Henry Baker, the demo attending of St. Mary's who writes the letter (demo layer). */
    private static final String BAKER_MAIL = "baker@stmarys.example";
    private static final String BAKER_ID = "11111111-0000-4000-8000-000000000003";

    private static final String PASSWORD = "Lena-asks-politely-1";
    private static final String DEMO = "demo";

    @Test
    void tooEarlyThenOnTimeAFlaggedWordingFixedADeclineWithASuggestionAndAnAcceptance(WebDriver driver,
                                                                                     RunningPortal portal)
            throws IOException {
        String run = TestRun.id();
        String student = "lena-letters-" + run;
        String title = "Letters clinic " + run;
        LetterPages page = new LetterPages(driver, portal);
        page.signIn("baker", DEMO);
        page.signOut();
        portal.createUser(student, PASSWORD, "Lena", "Petrova", "student");
        LocalDate start = LocalDate.now().plusDays(7);
        StudentPlacing.place(driver, portal, student, PASSWORD, "Lena Petrova", title, start, "Grace Adams");
        LocalDate lastDay = start.plusWeeks(4);

        page.signIn(student, PASSWORD);
        driver.findElement(By.id("menu-student-letters")).click();
        WebElement placement = page.placementCard(title);
        assertTrue(placement.getText().contains("Asking opens on"), placement.getText());
        assertTrue(placement.findElements(By.cssSelector(".ask-link")).isEmpty(), "nobody to ask yet");
        page.signOut();

        page.signIn("carla", DEMO);
        page.open("/coordinator/letter-rules.xhtml");
        LetterPages.replace(page.field("rules:opensDaysBeforeEnd_input"), "60");
        page.clickAjax(By.id("rules:save"));
        assertTrue(page.text("rules:opensDaysBeforeEnd-message").contains("from 0"),
                "out of range, said on the field");
        LetterPages.replace(page.field("rules:opensDaysBeforeEnd_input"), "40");
        page.clickAjax(By.id("rules:save"));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The rules are saved"));
        page.signOut();

        page.signIn(student, PASSWORD);
        page.open("/student/letters.xhtml");
        placement = page.placementCard(title);
        assertTrue(placement.getText().contains("You may ask until"), placement.getText());
        page.openAsk(title, "Grace Adams");
        String askPath = driver.getCurrentUrl().substring(portal.baseUrl().length());
        String template = page.field("ask:message").getAttribute("value");
        assertTrue(template.startsWith("Dear Dr. Adams,"), template);
        assertTrue(template.contains("supportive letter") && template.contains(title), template);

        WebElement message = page.field("ask:message");
        message.clear();
        message.sendKeys("Hi Grace,\n\nCould you write me a strong letter for my applications?\n\nLena");
        page.field("ask:wantedBy_input").sendKeys(TypedDate.of(LocalDate.now().plusDays(10)));
        page.clickAjax(By.id("ask:send"));
        String aboutMessage = page.text("ask:message-message");
        assertTrue(aboutMessage.contains("Hi Grace") && aboutMessage.contains("Dear Dr. Adams,")
                && aboutMessage.contains("strong"), "the words, why, and a better wording: " + aboutMessage);
        String aboutDate = page.text("ask:wantedBy-message");
        assertTrue(aboutDate.contains("four weeks"), aboutDate);
        assertTrue(page.globalMessages().contains("not sent"), page.globalMessages());

        message = page.field("ask:message");
        message.clear();
        message.sendKeys(template);
        WebElement wanted = page.field("ask:wantedBy_input");
        wanted.clear();
        wanted.sendKeys(TypedDate.of(LocalDate.now().plusWeeks(6)));
        page.sendAsk("Grace Adams");
        assertEquals("Requested", LetterPages.statusOf(page.placementCard(title), "Grace Adams"));
        page.signOut();

        page.signIn("adams", DEMO);
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("letters-waiting"),
                "letter request"));
        assertFalse(page.text("letters-waiting").startsWith("No"), page.text("letters-waiting"));
        page.open("/attending/placements.xhtml");
        driver.findElements(By.cssSelector("#placements tbody tr")).stream()
                .filter(tr -> tr.getText().contains("Lena Petrova") && tr.getText().contains(title))
                .findFirst().orElseThrow().findElement(By.cssSelector("a.wrap-up-link")).click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("letter-step")));
        assertTrue(page.text("wrap-up-title").contains("Lena Petrova"), page.text("wrap-up-title"));
        assertTrue(page.text("signoff-step").contains("Nothing waits for your sign-off."), page.text("signoff-step"));
        WebElement request = driver.findElement(By.id("letter-step"));
        assertTrue(request.getText().contains(title) && request.getText().contains("supportive letter"),
                request.getText());
        page.chooseInMenu("wrap-up:colleague", "Henry Baker");
        driver.findElement(By.id("wrap-up:decline")).click();
        page.wait.until(ExpectedConditions.elementToBeClickable(By.id("wrap-up:confirm-yes")));
        page.clickAjax(By.id("wrap-up:confirm-yes"));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "suggested Henry Baker"));
        assertTrue(page.text("letter-answered").contains("Declined"), page.text("letter-answered"));
        assertTrue(page.text("wrap-up:done").contains("Nothing waits for you on Lena Petrova's placement"),
                page.text("wrap-up:done"));
        page.signOut();

        page.signIn(student, PASSWORD);
        page.open("/student/letters.xhtml");
        placement = page.placementCard(title);
        assertTrue(placement.getText().contains("Grace Adams is unable to write a letter at this time."),
                placement.getText());
        assertEquals("Declined", LetterPages.statusOf(placement, "Grace Adams"));
        assertTrue(placement.getText().contains("(suggested by Grace Adams)"), placement.getText());
        page.openAsk(title, "Henry Baker");
        assertTrue(page.field("ask:message").getAttribute("value").startsWith("Dear Dr. Baker,"));
        assertTrue(page.field("ask:waived_input").isSelected(), "waived by default, as programs expect");
        page.field("ask:targetSpecialties").sendKeys("Internal medicine, Family medicine");
        page.field("ask:goals").sendKeys("I want to train in internal medicine and care for patients in clinics.");
        page.sendAsk("Henry Baker");
        WebElement baker = LetterPages.rowOf(page.placementCard(title), "Henry Baker");
        assertTrue(baker.getText().contains("You waived the right to read this letter."), baker.getText());
        page.clickAjax(By.cssSelector("li.letter-attending:last-child .waive-toggle"));
        baker = LetterPages.rowOf(page.placementCard(title), "Henry Baker");
        assertTrue(baker.getText().contains("You kept the right to read this letter."), baker.getText());
        page.clickAjax(By.cssSelector("li.letter-attending:last-child .waive-toggle"));
        baker = LetterPages.rowOf(page.placementCard(title), "Henry Baker");
        assertTrue(baker.getText().contains("You waived the right to read this letter."),
                "changed back before anything is written: " + baker.getText());
        page.signOut();

        page.signIn("baker", DEMO);
        page.open("/attending/letters.xhtml");
        request = page.requestOf("Lena Petrova");
        assertTrue(request.getText().contains("From the student's packet")
                && request.getText().contains("Internal medicine, Family medicine")
                && request.getText().contains("care for patients in clinics"), request.getText());
        page.accept("Lena Petrova");
        assertTrue(page.text("accepted").contains("Accepted") && page.text("accepted").contains("Expected by"),
                page.text("accepted"));
        assertTrue(page.text("accepted").contains("Lena Petrova"), page.text("accepted"));

        String letterPath = page.openLetter(title);
        long requestId = Long.parseLong(letterPath.replaceAll(".*request=(\\d+).*", "$1"));
        page.uploadLetter(LetterPages.pdf(PDRectangle.A4, "a4.pdf"));
        assertTrue(page.globalMessages().contains("US Letter"), "refused with the reason: " + page.globalMessages());
        assertTrue(page.text("versions:list").contains("No version yet"), "nothing kept: " + page.text("versions:list"));
        Path letter = LetterPages.pdf(PDRectangle.LETTER, "Letter for Lena: final?.pdf");
        page.uploadLetter(letter);
        assertTrue(page.globalMessages().contains("Version 1 of the letter is saved"), page.globalMessages());
        assertArrayEquals(Files.readAllBytes(letter), page.download("download-1"), "the writer reads it back");

        // then he writes it in the portal instead: to one reader first, which the service does not take
        page.writeLetter("Dear Dr. Smith,\n\nI recommend Lena Petrova without reservation.\n\nSincerely,", 2);
        page.completeLetter();
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "cannot be marked"));
        assertTrue(page.text("draft:body-message").contains("“Dear Dr. Smith” addresses one person"),
                "the reason on the letter's text: " + page.text("draft:body-message"));
        assertTrue(page.text("letter-status").contains("In progress"), page.text("letter-status"));
        page.writeLetter("Dear Program Director,\n\nI recommend Lena Petrova without reservation.\n\nSincerely,", 3);
        byte[] writtenLetter = page.download("download-3");
        String written = pdfText(writtenLetter);
        for (String part : List.of("1200 Harbor Street", "Phone: (617) 555-0142", "Dear Program Director,",
                "Henry Baker\nAttending Physician, Internal Medicine")) {
            assertTrue(written.contains(part), part + " in " + written);
        }
        page.completeLetter();
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("letter-status"), "Complete"));
        page.signOut();

        page.signIn(student, PASSWORD);
        page.open("/student/letters.xhtml");
        placement = page.placementCard(title);
        assertEquals("Complete", LetterPages.statusOf(placement, "Henry Baker"));
        assertTrue(placement.findElements(By.cssSelector(".letter-download")).isEmpty(), "waived: nothing to read");
        assertEquals(404L, page.fetchStatus("/student/letter-file?request=" + requestId),
                "nor by the address of its content");
        assertEquals(403L, page.fetchStatus("/attending/letter-file?request=" + requestId + "&version=1"),
                "nor by the writer's address");
        String recipient = "pd-" + run + "@elsewhere.example";
        assignDeliveries(page, requestId, recipient);
        page.signOut();

        page.signIn("baker", DEMO);
        page.open(letterPath);
        String deliveries = page.text("delivery:list");
        assertTrue(deliveries.contains("ERAS, letter ID AB12-3456") && deliveries.contains(recipient), deliveries);
        WebElement erasDownload = driver.findElement(By.cssSelector("#delivery a.eras-download"));
        assertArrayEquals(writtenLetter, page.download(erasDownload.getAttribute("id")));
        assertEquals("attachment; filename=\"Letter_Lena_Petrova_Henry_Baker_AB12-3456.pdf\"",
                page.fetchHeader(erasDownload.getAttribute("href"), "Content-Disposition"),
                "a name the service's letter portal takes: no space, | * ? or :");
        page.confirm(By.cssSelector("#delivery button.mark-uploaded"));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("letter-status"), "Delivered"));
        assertFalse(page.has("upload:submit"), "delivered: the letter is final");
        page.sendLink();
        assertTrue(page.text("delivery:list").contains("works until"), page.text("delivery:list"));
        page.signOut();

        String mail = page.mailTo(recipient);
        assertTrue(mail.contains("Henry Baker of St. Mary's Teaching Hospital has sent you a letter of recommendation "
                + "for Lena Petrova"), mail);
        String link = LetterPages.linkIn(mail);
        driver.get(link);
        assertEquals("Henry Baker of St. Mary's Teaching Hospital wrote this letter for Lena Petrova, for "
                + "St. Elsewhere internal medicine.", page.text("link-from"));
        for (int download = 1; download <= 3; download++) {
            assertArrayEquals(writtenLetter, page.postDownload(), "download " + download);
        }
        assertTrue(new String(page.postDownload(), StandardCharsets.UTF_8).contains("used as often as it allows"),
                "the fourth is refused");
        driver.navigate().refresh();
        assertTrue(page.text("link-closed").contains("no longer opens the letter"), page.text("link-closed"));
        driver.get(link.replaceAll("key=[^&]+", "key=" + "A".repeat(43)));
        assertTrue(page.text("link-unknown").contains("does not open a letter"), "a guessed key opens nothing");

        page.signIn("carla", DEMO);
        page.open("/coordinator/letter-trail.xhtml");
        String trail = page.text("trail");
        assertTrue(trail.contains("Dr. Program Director (link recipient)") && trail.contains("Sent a download link"),
                trail);
        assertTrue(trail.contains("Lena Petrova (student)") && trail.contains("Refused")
                && trail.contains("Henry Baker (attending)") && trail.contains("Wrote a version"), trail);
        String csv = new String(page.download("trail-download"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("Refused") && csv.contains("Opened the letter"), csv);

        // People (issue 10): St. Mary's deactivates Henry Baker. His complete letter is still Lena's to send, by link
        // only (the portal sends it for him); her letters page and the send page say so. He is reactivated after.
        StaffPage staff = new StaffPage(driver, portal);
        boolean reactivated = false;
        try {
            staff.show().click(BAKER_MAIL, "deactivate");
            assertTrue(staff.row(BAKER_MAIL).contains("Deactivated"), staff.row(BAKER_MAIL));
            page.signOut();
            page.signIn(student, PASSWORD);
            page.open("/student/letters.xhtml");
            String gone = LetterPages.rowOf(page.placementCard(title), "Henry Baker").getText();
            assertTrue(gone.contains("Henry Baker no longer works with St. Mary's Teaching Hospital through the portal."
                    + " Their letter is complete and still yours to send by link"), gone);
            page.openSend(requestId);
            assertTrue(page.text("writer-gone").contains("the portal e-mails each recipient you name a download link"
                    + " for them") && page.text("writer-gone").contains("cannot upload the letter to ERAS"),
                    page.text("writer-gone"));
            assertFalse(page.text("send").contains("Through ERAS"), "ERAS is not offered: " + page.text("send"));
            String second = "pd2-" + run + "@elsewhere.example";
            page.assignLinkOnlyWay("Riverside family medicine", "Dr. Second Reader", second);
            assertTrue(page.globalMessages().contains("The portal will e-mail the recipient a download link to the "
                    + "letter of Henry Baker"), page.globalMessages());
            assertTrue(page.text("deliveries:list").contains("The portal sends the link for Henry Baker"),
                    page.text("deliveries:list"));
            page.signOut();
            page.signIn("carla", DEMO);
            staff.show().click(BAKER_MAIL, "reactivate");
            assertFalse(staff.row(BAKER_MAIL).contains("Deactivated"), staff.row(BAKER_MAIL));
            reactivated = true;
        } finally {
            if (!reactivated) { // as the coordinator would have: his account and St. Mary's back, for the next tests
                var bakersAccount = portal.realm().users().get(BAKER_ID);
                var account = bakersAccount.toRepresentation();
                account.setEnabled(true);
                bakersAccount.update(account);
                String stMarys = portal.realm().organizations().getAll().stream()
                        .filter(o -> "st-marys".equals(o.getAlias())).findFirst().orElseThrow().getId();
                portal.realm().organizations().get(stMarys).members().addMember(BAKER_ID).close();
            }
        }
        page.signOut();

        assertTrue(lastDay.isAfter(LocalDate.now()), "the placement has not even ended");

        page.signIn("sam", DEMO);
        page.open(askPath);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-404")));
        assertFalse(driver.getPageSource().contains("Grace Adams"), "another student learns nothing of it");
        page.open("/attending/letters.xhtml");
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-403")));
        assertFalse(driver.getPageSource().contains("Lena Petrova"), "nor of the attending's requests");
    }

    /** The student sends the complete letter to ERAS (a malformed letter id first) and by link to {@code recipient}. */
    private static void assignDeliveries(LetterPages page, long requestId, String recipient) {
        page.openSend(requestId);
        page.assignEras("Internal medicine programs", "12");
        assertTrue(page.text("send:erasLetterId-message").contains("4 to 30 letters, digits or hyphens"),
                page.text("send:erasLetterId-message"));
        page.assignEras("Internal medicine programs", "AB12-3456");
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deliveries:list"),
                "ERAS, letter ID AB12-3456"));
        page.assignLink("St. Elsewhere internal medicine", "Dr. Program Director", recipient);
        assertTrue(page.text("deliveries:list").contains("Waiting for Henry Baker to deliver it"),
                page.text("deliveries:list"));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
