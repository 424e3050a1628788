package org.externship.portal.browser;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The letters' pages (issue 11) as their people use them: the student's letters, ask and send pages; the attending's
 * requests and letter page; the link in the recipient's e-mail. {@link #deliveredByLink} walks one letter from the
 * placement to that link, for the tests whose subject comes after it.
 */
final class LetterPages extends PortalPage {

    /** The attending who writes the letters of {@link #deliveredByLink}, a demo user. */
    static final String WRITER = "adams";
    static final String WRITER_NAME = "Grace Adams";
    private static final String DEMO = "demo";

    LetterPages(WebDriver driver, RunningPortal portal) {
        super(driver, portal);
    }

    /**
     * A letter {@link #deliveredByLink} delivered: the student (user name, password, name), the placement's title,
     * the request, the delivery through the residency application service, the link's recipient and the link, and a
     * sentence of the letter that nothing but the letter has.
     */
    record Delivered(String student, String password, String studentName, String title, long requestId,
                     long erasDelivery, String recipient, String link, String sentence) {
    }

    /**
     * A new student, {@code firstName} {@code lastName}, placed under {@link #WRITER_NAME} for six days from tomorrow
     * (asking for a letter is open at once under the hospital's rules, which this leaves as they are), with a CV in
     * the passport, asks for a letter with the template and the CV; the writer accepts, writes it in the portal and
     * marks it complete; the student sends it through the residency application service and by a link; the writer
     * sends the link. {@code onEachPage} is told the name of each page on the way while the browser shows it (a
     * test may check it); everyone is signed out at the end.
     */
    static Delivered deliveredByLink(WebDriver driver, RunningPortal portal, String firstName, String lastName,
                                     Consumer<String> onEachPage) throws IOException {
        String run = TestRun.id();
        String student = "letter-" + run;
        String password = "Letter-walk-" + run;
        String studentName = firstName + " " + lastName;
        String title = "Letter walk " + run;
        String recipient = "pd-" + run + "@elsewhere.example";
        String sentence = "I recommend " + studentName + " without reservation, for the care given to every patient.";
        portal.createUser(student, password, firstName, lastName, "student");
        LocalDate start = LocalDate.now().plusDays(1);
        StudentPlacing.place(driver, portal, student, password, studentName, title, start, start.plusDays(5),
                WRITER_NAME);
        LetterPages page = new LetterPages(driver, portal);

        page.signIn(student, password);
        new PassportPage(driver, portal).show().upload("CV", null, pdf(PDRectangle.LETTER, "cv.pdf"));
        page.open("/student/letters.xhtml");
        page.openAsk(title, WRITER_NAME);
        onEachPage.accept("student: ask for a letter");
        page.sendAsk(WRITER_NAME);
        page.signOut();

        page.signIn(WRITER, DEMO);
        page.open("/attending/letters.xhtml");
        page.requestOf(title);
        onEachPage.accept("attending: a letter request waiting");
        page.accept(title);
        String letterPath = page.openLetter(title);
        long requestId = Long.parseLong(letterPath.replaceAll(".*request=(\\d+).*", "$1"));
        onEachPage.accept("attending: letter, the writer's draft form");
        page.writeLetter("Dear Program Director,\n\n" + sentence + "\n\nSincerely,", 1);
        onEachPage.accept("attending: letter, written");
        page.completeLetter();
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("letter-status"), "Complete"));
        page.signOut();

        page.signIn(student, password);
        page.open("/student/letters.xhtml");
        page.openSend(requestId);
        onEachPage.accept("student: send a letter");
        page.assignEras("Internal medicine programs", "AB12-3456");
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deliveries:list"), "AB12-3456"));
        page.assignLink("St. Elsewhere internal medicine", "Dr. Program Director", recipient);
        onEachPage.accept("student: send a letter, two deliveries");
        page.signOut();

        page.signIn(WRITER, DEMO);
        page.open(letterPath);
        long erasDelivery = Long.parseLong(driver.findElement(By.cssSelector("#delivery a.eras-download"))
                .getAttribute("id").replace("eras-download-", ""));
        page.sendLink();
        onEachPage.accept("attending: letter, link sent");
        page.signOut();
        return new Delivered(student, password, studentName, title, requestId, erasDelivery, recipient,
                linkIn(page.mailTo(recipient)), sentence);
    }

    // ---- the student's pages

    /** student/letters.xhtml: the card of the placement in {@code title}. */
    WebElement placementCard(String title) {
        return wait.until(d -> d.findElements(By.cssSelector("section.letters-placement")).stream()
                .filter(s -> s.getText().contains(title)).findFirst().orElse(null));
    }

    /** student/letters.xhtml: opens the page that asks {@code attending} for a letter on placement {@code title}. */
    void openAsk(String title, String attending) {
        placementCard(title).findElement(By.linkText("Ask " + attending + " for a letter")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ask:message")));
    }

    /** student/ask-letter.xhtml: sends the request as the form has it, and waits for the word that it went. */
    void sendAsk(String attending) {
        clickAjax(By.id("ask:send"));
        wait.until(ExpectedConditions.urlContains("/student/letters.xhtml"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Your request went to " + attending + "."));
    }

    /** student/letters.xhtml: opens the page that sends the complete letter of request {@code requestId}. */
    void openSend(long requestId) {
        driver.findElement(By.id("send-" + requestId)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("send:assign")));
    }

    /** student/send-letter.xhtml: assigns the letter to {@code program} through ERAS, under {@code letterId}. */
    void assignEras(String program, String letterId) {
        replace(field("send:program"), program);
        replace(field("send:erasLetterId"), letterId);
        clickAjax(By.id("send:assign"));
    }

    /** student/send-letter.xhtml: assigns the letter to {@code program} by a link to one recipient. */
    void assignLink(String program, String recipientName, String recipientEmail) {
        driver.findElement(By.cssSelector("label[for='send:kind:1']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("send:recipientEmail")));
        replace(field("send:program"), program);
        replace(field("send:recipientName"), recipientName);
        replace(field("send:recipientEmail"), recipientEmail);
        clickAjax(By.id("send:assign"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deliveries:list"), recipientEmail));
    }

    /**
     * student/send-letter.xhtml once the writer no longer works with the hospital: a link is the only way offered, so
     * there is nothing to choose; assigns the letter to {@code program} by a link to one recipient.
     */
    void assignLinkOnlyWay(String program, String recipientName, String recipientEmail) {
        replace(field("send:program"), program);
        replace(field("send:recipientName"), recipientName);
        replace(field("send:recipientEmail"), recipientEmail);
        clickAjax(By.id("send:assign"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deliveries:list"), recipientEmail));
    }

    static String statusOf(WebElement placement, String attending) {
        return rowOf(placement, attending).findElement(By.cssSelector(".letter-status")).getText();
    }

    static WebElement rowOf(WebElement placement, String attending) {
        return placement.findElements(By.cssSelector("li.letter-attending")).stream()
                .filter(li -> li.findElement(By.cssSelector(".name")).getText().equals(attending))
                .findFirst().orElseThrow(() -> new AssertionError(attending + " not in " + placement.getText()));
    }

    // ---- the attending's pages

    /** attending/letters.xhtml: the waiting request whose card says {@code text} (the student, the placement). */
    WebElement requestOf(String text) {
        return wait.until(d -> d.findElements(By.cssSelector("section.letter-request")).stream()
                .filter(s -> s.getText().contains(text)).findFirst().orElse(null));
    }

    /** attending/letters.xhtml: accepts the waiting request whose card says {@code text}. */
    void accept(String text) {
        clickAjax(By.id(requestOf(text).findElement(By.cssSelector("button[id$=':accept']")).getAttribute("id")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "You accepted"));
    }

    /** attending/letters.xhtml: opens the accepted letter whose line says {@code text}; answers the page's path. */
    String openLetter(String text) {
        driver.findElements(By.cssSelector("#accepted li")).stream().filter(li -> li.getText().contains(text))
                .findFirst().orElseThrow(() -> new AssertionError(text + " not in " + text("accepted")))
                .findElement(By.cssSelector("a.write-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload:submit")));
        return driver.getCurrentUrl().substring(portal.baseUrl().length());
    }

    /** attending/letter.xhtml: writes the letter in the portal's form and creates it, as version {@code version}. */
    void writeLetter(String body, int version) {
        replace(field("draft:address"), "1200 Harbor Street\nBoston, MA 02118");
        replace(field("draft:phone"), "(617) 555-0142");
        replace(field("draft:signerTitle"), "Attending Physician, Internal Medicine");
        replace(field("draft:body"), body);
        clickAjax(By.id("draft:render"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Version " + version + " of the letter is created"));
    }

    /** attending/letter.xhtml: uploads {@code file} as the letter's next version. */
    void uploadLetter(Path file) {
        driver.findElement(By.cssSelector("#upload input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        WebElement submit = field("upload:submit");
        submit.click();
        awaitGone(submit);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("versions:list")));
    }

    /** attending/letter.xhtml: marks the letter complete, answering the confirmation. */
    void completeLetter() {
        driver.findElement(By.id("versions:complete")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("versions:confirm-yes")));
        clickAjax(By.id("versions:confirm-yes"));
    }

    /** attending/letter.xhtml: sends the waiting link delivery's recipient the link. */
    void sendLink() {
        confirm(By.cssSelector("#delivery button.send-link"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "on its way"));
    }

    /** Presses {@code button} and answers "Yes" in the confirmation it opens. */
    void confirm(By button) {
        driver.findElement(button).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        clickAjax(By.cssSelector(".ui-confirmdialog-yes"));
    }

    // ---- the link's recipient

    /** The text of the e-mail with a letter link that {@code recipient} received. */
    String mailTo(String recipient) {
        return wait.until(d -> Arrays.stream(portal.mail().getReceivedMessagesForDomain(recipient))
                .map(MailText::of).filter(t -> t.contains("letter-link")).findFirst().orElse(null));
    }

    /** The letter link in an e-mail's text. */
    static String linkIn(String mail) {
        Matcher link = Pattern.compile("(http\\S+letter-link\\S+)").matcher(mail);
        assertTrue(link.find(), mail);
        return link.group(1);
    }

    /** Presses the link page's download button as the browser would post it, and answers with the response's body. */
    byte[] postDownload() {
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

    // ---- the browser's own requests

    /** The HTTP status the browser gets for {@code path} (a fetch in the page, the user's session). */
    long fetchStatus(String path) {
        return (Long) ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(function (r) { done(r.status); });", path);
    }

    /** The header {@code header} of the answer to {@code href} (a fetch in the page, the user's session). */
    String fetchHeader(String href, String header) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "var header = arguments[1];"
                + "fetch(arguments[0]).then(function (r) { done(r.headers.get(header)); });", href, header);
    }

    /** Replaces what a field holds, as a person does (a PrimeFaces number field ignores clear()). */
    static void replace(WebElement input, String value) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    /** A one-page document on {@code size} paper, as a file to upload. */
    static Path pdf(PDRectangle size, String name) throws IOException {
        Path folder = Files.createTempDirectory("letters-it");
        Path file = folder.resolve(name.replaceAll("[:?]", "_"));
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(size));
            document.save(file.toFile());
        }
        return file;
    }
}
