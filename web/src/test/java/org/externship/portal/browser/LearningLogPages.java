package org.externship.portal.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/** The learning log's pages: the student's log and entry form, the attending's sign-off. */
final class LearningLogPages extends PortalPage {

    LearningLogPages(WebDriver driver, RunningPortal portal) {
        super(driver, portal);
    }

    LearningLogPages newEntry() {
        open("/student/log-entry.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entry:topic")));
        return this;
    }

    LearningLogPages repeatLast() {
        open("/student/log.xhtml");
        driver.findElement(By.id("repeat-entry")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entry:topic")));
        return this;
    }

    LearningLogPages topic(String topic) {
        type("entry:topic", topic);
        return this;
    }

    LearningLogPages notes(String notes) {
        type("entry:notes", notes);
        return this;
    }

    /** Chooses the student's part (a radio button by its label, e.g. "Presented"). */
    LearningLogPages part(String label) {
        driver.findElement(By.xpath("//*[@id='entry:involvement']//label[normalize-space()='" + label + "']"))
                .click();
        return this;
    }

    String value(String id) {
        return field(id).getAttribute("value");
    }

    /** Saves; answers whether the portal took it (back on the log) or kept the form with messages. */
    boolean save() {
        clickAjax(By.id("entry:save"));
        wait.until(d -> d.getCurrentUrl().contains("/student/log.xhtml")
                || !d.findElements(By.cssSelector("#entry .ui-message-error")).isEmpty());
        return driver.getCurrentUrl().contains("/student/log.xhtml");
    }

    /** The message shown next to field {@code id} ({@code entry:notes}). */
    String messageOf(String id) {
        return text(id + "-message");
    }

    /** The topics of the log's entries, newest first. */
    List<String> topics() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("log-summary")));
        return driver.findElements(By.cssSelector(".log-entry-topic")).stream().map(WebElement::getText).toList();
    }

    /** The sign-off status shown on the entry {@code topic} (the first with that topic). */
    String statusOf(String topic) {
        return entry(topic).findElement(By.cssSelector(".log-status")).getText();
    }

    String entryText(String topic) {
        return entry(topic).getText();
    }

    private WebElement entry(String topic) {
        return wait.until(d -> d.findElements(By.cssSelector("li.log-entry")).stream()
                .filter(li -> li.findElement(By.cssSelector(".log-entry-topic")).getText().equals(topic))
                .findFirst().orElse(null));
    }

    /** Opens the entry {@code topic} from the log and lets the coordinators of its hospital read it. */
    void share(String topic) {
        entry(topic).findElement(By.cssSelector("a.log-entry-topic")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sharing:share")));
        clickAjax(By.id("sharing:share"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sharing-state"), "Shared with"));
    }

    // ---- the coordinator's view of shared entries

    /** From the coordinator's placements, the entries {@code student} shared: their text. */
    String sharedBy(String student) {
        open("/coordinator/placements.xhtml");
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("[id='supervision:placements'] tbody tr"))
                .stream().filter(r -> r.getText().contains(student)).findFirst().orElse(null));
        row.findElement(By.cssSelector("a.placement-shared")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("shared-entries")));
        return text("shared-entries");
    }

    void filterByWords(String words) {
        type("filters:text", words);
        clickAjax(By.id("filters:search"));
    }

    // ---- the attending's sign-off

    LearningLogPages signoffs() {
        open("/attending/signoffs.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signoffs:entries")));
        return this;
    }

    String signoffTable() {
        return text("signoffs:entries");
    }

    private WebElement row(String topic) {
        return wait.until(d -> d.findElements(By.cssSelector("[id='signoffs:entries'] tbody tr")).stream()
                .filter(r -> r.getText().contains(topic)).findFirst().orElse(null));
    }

    void returnWith(String topic, String comment) {
        row(topic).findElement(By.cssSelector("[id$=':return']")).click();
        awaitAjax();
        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$=':comment']")));
        box.sendKeys(comment);
        clickAjax(By.cssSelector("[id$=':send-back']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "went back to the student"));
    }

    /** Ticks the row's checkbox with the keyboard-reachable box, then "Verify selected". */
    void verifySelected(String topic) {
        row(topic).findElement(By.cssSelector(".ui-chkbox-box")).click();
        clickAjax(By.id("signoffs:verify-selected"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "verified"));
    }

    private void type(String id, String text) {
        WebElement input = field(id);
        input.clear();
        input.sendKeys(text);
    }
}
