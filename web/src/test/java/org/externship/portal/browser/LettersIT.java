package org.externship.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final String PASSWORD = "Lena-asks-politely-1";
    private static final String DEMO = "demo";

    @Test
    void tooEarlyThenOnTimeAFlaggedWordingFixedADeclineWithASuggestionAndAnAcceptance(WebDriver driver,
                                                                                     RunningPortal portal)
            throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String student = "lena-letters-" + run;
        String title = "Letters clinic " + run;
        PortalPage page = new PortalPage(driver, portal);
        page.signIn("baker", DEMO);
        page.signOut();
        portal.createUser(student, PASSWORD, "Lena", "Petrova", "student");
        LocalDate start = LocalDate.now().plusDays(7);
        StudentPlacing.place(driver, portal, student, PASSWORD, "Lena Petrova", title, start, "Grace Adams");
        LocalDate lastDay = start.plusWeeks(4);

        page.signIn(student, PASSWORD);
        driver.findElement(By.id("menu-student-letters")).click();
        WebElement placement = placementCard(page, title);
        assertTrue(placement.getText().contains("Asking opens on"), placement.getText());
        assertTrue(placement.findElements(By.cssSelector(".ask-link")).isEmpty(), "nobody to ask yet");
        page.signOut();

        page.signIn("carla", DEMO);
        page.open("/coordinator/letter-rules.xhtml");
        replace(page.field("rules:opensDaysBeforeEnd_input"), "60");
        page.clickAjax(By.id("rules:save"));
        assertTrue(page.text("rules:opensDaysBeforeEnd-message").contains("from 0"),
                "out of range, said on the field");
        replace(page.field("rules:opensDaysBeforeEnd_input"), "40");
        page.clickAjax(By.id("rules:save"));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The rules are saved"));
        page.signOut();

        page.signIn(student, PASSWORD);
        page.open("/student/letters.xhtml");
        placement = placementCard(page, title);
        assertTrue(placement.getText().contains("You may ask until"), placement.getText());
        placement.findElement(By.linkText("Ask Grace Adams for a letter")).click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ask:message")));
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
        page.clickAjax(By.id("ask:send"));
        page.wait.until(ExpectedConditions.urlContains("/student/letters.xhtml"));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Your request went to Grace Adams."));
        assertEquals("Requested", statusOf(placementCard(page, title), "Grace Adams"));
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
        placement = placementCard(page, title);
        assertTrue(placement.getText().contains("Grace Adams is unable to write a letter at this time."),
                placement.getText());
        assertEquals("Declined", statusOf(placement, "Grace Adams"));
        assertTrue(placement.getText().contains("(suggested by Grace Adams)"), placement.getText());
        placement.findElement(By.linkText("Ask Henry Baker for a letter")).click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ask:message")));
        assertTrue(page.field("ask:message").getAttribute("value").startsWith("Dear Dr. Baker,"));
        assertTrue(page.field("ask:waived_input").isSelected(), "waived by default, as programs expect");
        page.field("ask:targetSpecialties").sendKeys("Internal medicine, Family medicine");
        page.field("ask:goals").sendKeys("I want to train in internal medicine and care for patients in clinics.");
        page.clickAjax(By.id("ask:send"));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Your request went to Henry Baker."));
        WebElement baker = rowOf(placementCard(page, title), "Henry Baker");
        assertTrue(baker.getText().contains("You waived the right to read this letter."), baker.getText());
        page.clickAjax(By.cssSelector("li.letter-attending:last-child .waive-toggle"));
        baker = rowOf(placementCard(page, title), "Henry Baker");
        assertTrue(baker.getText().contains("You kept the right to read this letter."), baker.getText());
        page.clickAjax(By.cssSelector("li.letter-attending:last-child .waive-toggle"));
        baker = rowOf(placementCard(page, title), "Henry Baker");
        assertTrue(baker.getText().contains("You waived the right to read this letter."),
                "changed back before anything is written: " + baker.getText());
        page.signOut();

        page.signIn("baker", DEMO);
        page.open("/attending/letters.xhtml");
        request = requestOf(page, "Lena Petrova");
        assertTrue(request.getText().contains("From the student's packet")
                && request.getText().contains("Internal medicine, Family medicine")
                && request.getText().contains("care for patients in clinics"), request.getText());
        String accept = request.findElement(By.cssSelector("button[id$=':accept']")).getAttribute("id");
        page.clickAjax(By.id(accept));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "You accepted"));
        assertTrue(page.text("accepted").contains("Accepted") && page.text("accepted").contains("Expected by"),
                page.text("accepted"));
        assertTrue(page.text("accepted").contains("Lena Petrova"), page.text("accepted"));

        driver.findElement(By.cssSelector("#accepted a.write-link")).click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload:submit")));
        String letterPath = driver.getCurrentUrl().substring(portal.baseUrl().length());
        String requestId = letterPath.replaceAll(".*request=(\\d+).*", "$1");
        uploadLetter(page, pdf(PDRectangle.A4, "a4.pdf"));
        assertTrue(page.globalMessages().contains("US Letter"), "refused with the reason: " + page.globalMessages());
        assertTrue(page.text("versions:list").contains("No version yet"), "nothing kept: " + page.text("versions:list"));
        Path letter = pdf(PDRectangle.LETTER, "Letter for Lena: final?.pdf");
        uploadLetter(page, letter);
        assertTrue(page.globalMessages().contains("Version 1 of the letter is saved"), page.globalMessages());
        assertArrayEquals(Files.readAllBytes(letter), page.download("download-1"), "the writer reads it back");

        // then he writes it in the portal instead: to one reader first, which the service does not take
        writeLetter(page, "Dear Dr. Smith,\n\nI recommend Lena Petrova without reservation.\n\nSincerely,", 2);
        completeLetter(page);
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "cannot be marked"));
        assertTrue(page.text("draft:body-message").contains("“Dear Dr. Smith” addresses one person"),
                "the reason on the letter's text: " + page.text("draft:body-message"));
        assertTrue(page.text("letter-status").contains("In progress"), page.text("letter-status"));
        writeLetter(page, "Dear Program Director,\n\nI recommend Lena Petrova without reservation.\n\nSincerely,", 3);
        byte[] writtenLetter = page.download("download-3");
        String written = pdfText(writtenLetter);
        for (String part : List.of("1200 Harbor Street", "Phone: (617) 555-0142", "Dear Program Director,",
                "Henry Baker\nAttending Physician, Internal Medicine")) {
            assertTrue(written.contains(part), part + " in " + written);
        }
        completeLetter(page);
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("letter-status"), "Complete"));
        page.signOut();

        page.signIn(student, PASSWORD);
        page.open("/student/letters.xhtml");
        placement = placementCard(page, title);
        assertEquals("Complete", statusOf(placement, "Henry Baker"));
        assertTrue(placement.findElements(By.cssSelector(".letter-download")).isEmpty(), "waived: nothing to read");
        assertEquals(404L, fetchStatus(driver, "/student/letter-file?request=" + requestId),
                "nor by the address of its content");
        assertEquals(403L, fetchStatus(driver, "/attending/letter-file?request=" + requestId + "&version=1"),
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
                fetchHeader(driver, erasDownload.getAttribute("href"), "Content-Disposition"),
                "a name the service's letter portal takes: no space, | * ? or :");
        confirm(page, By.cssSelector("#delivery button.mark-uploaded"));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("letter-status"), "Delivered"));
        assertFalse(page.has("upload:submit"), "delivered: the letter is final");
        confirm(page, By.cssSelector("#delivery button.send-link"));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "on its way"));
        assertTrue(page.text("delivery:list").contains("works until"), page.text("delivery:list"));
        page.signOut();

        String link = linkIn(page, recipient);
        driver.get(link);
        assertEquals("Henry Baker of St. Mary's Teaching Hospital wrote this letter for Lena Petrova, for "
                + "St. Elsewhere internal medicine.", page.text("link-from"));
        for (int download = 1; download <= 3; download++) {
            assertArrayEquals(writtenLetter, postDownload(driver), "download " + download);
        }
        assertTrue(new String(postDownload(driver), StandardCharsets.UTF_8).contains("used as often as it allows"),
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
    private static void assignDeliveries(PortalPage page, String requestId, String recipient) {
        page.driver.findElement(By.id("send-" + requestId)).click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("send:assign")));
        page.field("send:program").sendKeys("Internal medicine programs");
        page.field("send:erasLetterId").sendKeys("12");
        page.clickAjax(By.id("send:assign"));
        assertTrue(page.text("send:erasLetterId-message").contains("4 to 30 letters, digits or hyphens"),
                page.text("send:erasLetterId-message"));
        replace(page.field("send:erasLetterId"), "AB12-3456");
        page.clickAjax(By.id("send:assign"));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deliveries:list"),
                "ERAS, letter ID AB12-3456"));
        page.driver.findElement(By.cssSelector("label[for='send:kind:1']")).click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("send:recipientEmail")));
        page.field("send:program").sendKeys("St. Elsewhere internal medicine");
        page.field("send:recipientName").sendKeys("Dr. Program Director");
        page.field("send:recipientEmail").sendKeys(recipient);
        page.clickAjax(By.id("send:assign"));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deliveries:list"), recipient));
        assertTrue(page.text("deliveries:list").contains("Waiting for Henry Baker to deliver it"),
                page.text("deliveries:list"));
    }

    private static void confirm(PortalPage page, By button) {
        page.driver.findElement(button).click();
        page.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        page.clickAjax(By.cssSelector(".ui-confirmdialog-yes"));
    }

    /** The letter link in the e-mail {@code recipient} received. */
    private static String linkIn(PortalPage page, String recipient) {
        String text = page.wait.until(d -> Arrays.stream(page.portal.mail().getReceivedMessagesForDomain(recipient))
                .map(MailText::of).filter(t -> t.contains("letter-link")).findFirst().orElse(null));
        assertTrue(text.contains("Henry Baker of St. Mary's Teaching Hospital has sent you a letter of recommendation "
                + "for Lena Petrova"), text);
        Matcher link = Pattern.compile("(http\\S+letter-link\\S+)").matcher(text);
        assertTrue(link.find(), text);
        return link.group(1);
    }

    /** Presses the link page's download button as the browser would post it, and answers with the response's body. */
    private static byte[] postDownload(WebDriver driver) {
        Object base64 = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "var form = document.getElementById('link'); var data = new URLSearchParams(new FormData(form));"
                + "data.append('link:download', '');"
                + "fetch(form.action, {method: 'POST', body: data}).then(function (r) { return r.arrayBuffer(); })"
                + ".then(function (b) { var s = ''; new Uint8Array(b).forEach(function (x) {"
                + " s += String.fromCharCode(x); }); done(btoa(s)); })"
                + ".catch(function (e) { done('failed ' + e); });");
        assertFalse(base64.toString().startsWith("failed"), base64.toString());
        return Base64.getDecoder().decode(base64.toString());
    }

    private static String fetchHeader(WebDriver driver, String href, String header) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "var header = arguments[1];"
                + "fetch(arguments[0]).then(function (r) { done(r.headers.get(header)); });", href, header);
    }

    /** Writes the letter in the portal's form and creates it, as version {@code version}. */
    private static void writeLetter(PortalPage page, String body, int version) {
        replace(page.field("draft:address"), "1200 Harbor Street\nBoston, MA 02118");
        replace(page.field("draft:phone"), "(617) 555-0142");
        replace(page.field("draft:signerTitle"), "Attending Physician, Internal Medicine");
        replace(page.field("draft:body"), body);
        page.clickAjax(By.id("draft:render"));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Version " + version + " of the letter is created"));
    }

    private static void completeLetter(PortalPage page) {
        page.driver.findElement(By.id("versions:complete")).click();
        page.wait.until(ExpectedConditions.elementToBeClickable(By.id("versions:confirm-yes")));
        page.clickAjax(By.id("versions:confirm-yes"));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void uploadLetter(PortalPage page, Path file) {
        page.driver.findElement(By.cssSelector("#upload input[type='file']")).sendKeys(file.toAbsolutePath()
                .toString());
        WebElement submit = page.field("upload:submit");
        submit.click();
        page.wait.until(ExpectedConditions.stalenessOf(submit));
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("versions:list")));
    }

    /** A one-page letter on {@code size} paper, as a file to upload. */
    private static Path pdf(PDRectangle size, String name) throws IOException {
        Path folder = Files.createTempDirectory("letters-it");
        Path file = folder.resolve(name.replaceAll("[:?]", "_"));
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(size));
            document.save(file.toFile());
        }
        return file;
    }

    /** The HTTP status the signed-in browser gets for {@code path} (a fetch in the page, the user's session). */
    private static long fetchStatus(WebDriver driver, String path) {
        return (Long) ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(function (r) { done(r.status); });", path);
    }

    /** Replaces what a field holds, as a person does (a PrimeFaces number field ignores clear()). */
    private static void replace(WebElement input, String value) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    private static WebElement placementCard(PortalPage page, String title) {
        return page.wait.until(d -> d.findElements(By.cssSelector("section.letters-placement")).stream()
                .filter(s -> s.getText().contains(title)).findFirst().orElse(null));
    }

    private static WebElement requestOf(PortalPage page, String student) {
        return page.wait.until(d -> d.findElements(By.cssSelector("section.letter-request")).stream()
                .filter(s -> s.getText().contains(student)).findFirst().orElse(null));
    }

    private static String statusOf(WebElement placement, String attending) {
        return rowOf(placement, attending).findElement(By.cssSelector(".letter-status")).getText();
    }

    private static WebElement rowOf(WebElement placement, String attending) {
        return placement.findElements(By.cssSelector("li.letter-attending")).stream()
                .filter(li -> li.findElement(By.cssSelector(".name")).getText().equals(attending))
                .findFirst().orElseThrow(() -> new AssertionError(attending + " not in " + placement.getText()));
    }
}
