package org.externship.portal.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Optional;

/** coordinator/externships.xhtml: the hospital's externships and their status actions. */
final class CoordinatorExternshipsPage extends PortalPage {

    CoordinatorExternshipsPage(WebDriver driver, RunningPortal portal) {
        super(driver, portal);
    }

    CoordinatorExternshipsPage show() {
        open("/coordinator/externships.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("list:externships")));
        return this;
    }

    boolean lists(String title) {
        return row(title).isPresent();
    }

    /** The status tag's text of the externship titled {@code title}. */
    String statusOf(String title) {
        return requiredRow(title).findElement(By.cssSelector(".status-tag")).getText();
    }

    String seatsOf(String title) {
        return requiredRow(title).findElement(By.cssSelector(".seats-left")).getText();
    }

    void act(String title, String action) {
        clickAjax(By.id(requiredRow(title).findElement(By.cssSelector("[id$=':" + action + "']"))
                .getAttribute("id")));
    }

    /** Closes an externship, answering the confirmation (closing is final). */
    void closeConfirmed(String title) {
        requiredRow(title).findElement(By.cssSelector("[id$=':close']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("list:confirm-yes")));
        clickAjax(By.id("list:confirm-yes"));
    }

    boolean offers(String title, String action) {
        return !requiredRow(title).findElements(By.cssSelector("[id$=':" + action + "']")).isEmpty();
    }

    ExternshipEditorPage edit(String title) {
        requiredRow(title).findElement(By.cssSelector("[id$=':edit']")).click();
        return new ExternshipEditorPage(driver, portal).shown();
    }

    ExternshipEditorPage startNew() {
        driver.findElement(By.id("new-externship")).click();
        return new ExternshipEditorPage(driver, portal).shown();
    }

    private WebElement requiredRow(String title) {
        return row(title).orElseThrow(() -> new AssertionError(title + " is not listed: " + text("list:externships")));
    }

    private Optional<WebElement> row(String title) {
        return driver.findElements(By.cssSelector("#list\\:externships tr.externship-row")).stream()
                .filter(tr -> tr.findElements(By.cssSelector(".externship-title")).stream()
                        .anyMatch(t -> t.getText().equals(title)))
                .findFirst();
    }
}
