package org.externship.portal.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

/** student/passport.xhtml: the student's profile form, document table and upload form. */
final class PassportPage extends PortalPage {

    PassportPage(WebDriver driver, RunningPortal portal) {
        super(driver, portal);
    }

    PassportPage show() {
        open("/student/passport.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile:save")));
        return this;
    }

    PassportPage type(String field, String value) {
        field("profile:" + field).clear();
        field("profile:" + field).sendKeys(value);
        return this;
    }

    /**
     * Picks {@code label} in the select menu {@code form:id}: opens its panel, waits until the panel's opening
     * transition is over, clicks the item, and checks the menu shows it (again if a click fell into the transition).
     */
    PassportPage choose(String menu, String label) {
        String panel = "jQuery(PrimeFaces.escapeClientId('" + menu + "_panel'))";
        String settled = "return " + panel + ".is(':visible') && !" + panel + ".is(':animated') && !" + panel
                + ".is('.ui-connected-overlay-enter, .ui-connected-overlay-enter-active');";
        By item = By.cssSelector("#" + menu.replace(":", "\\:") + "_items li[data-label=\"" + label + "\"]");
        WebDriverWait shortWait = new WebDriverWait(driver, Duration.ofSeconds(3));
        for (int attempt = 0; attempt < 5; attempt++) {
            if (!(Boolean) ((JavascriptExecutor) driver).executeScript("return " + panel + ".is(':visible');")) {
                driver.findElement(By.id(menu)).click();
            }
            wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(settled));
            wait.until(ExpectedConditions.elementToBeClickable(item)).click();
            try {
                shortWait.until(d -> label.equals(d.findElement(By.id(menu + "_label")).getText())
                        && !(Boolean) ((JavascriptExecutor) d).executeScript("return " + panel + ".is(':visible');"));
                return this;
            } catch (TimeoutException e) {
                // the click came too early or too late for the overlay: try again
            }
        }
        throw new AssertionError(label + " could not be chosen in " + menu);
    }

    PassportPage tickSpecialty(String label) {
        driver.findElement(By.xpath("//*[@id='profile:specialties']//label[normalize-space()='" + label + "']"))
                .click();
        return this;
    }

    void save() {
        clickAjax(By.id("profile:save"));
    }

    /** Uploads {@code file} as the document {@code kindLabel}, valid until {@code expiresOn} (null: none). */
    void upload(String kindLabel, LocalDate expiresOn, Path file) {
        choose("upload:kind", kindLabel);
        WebElement date = field("upload:expiresOn_input");
        date.clear();
        if (expiresOn != null) {
            date.sendKeys(expiresOn.toString(), Keys.ESCAPE);
        }
        driver.findElement(By.cssSelector("#upload input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        WebElement submit = field("upload:submit");
        submit.click();
        wait.until(ExpectedConditions.stalenessOf(submit));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload:submit")));
    }

    /** The text of the document table's row for {@code kindLabel}. */
    String documentRow(String kindLabel) {
        return driver.findElements(By.cssSelector("[id='documents:list'] tbody tr")).stream()
                .map(WebElement::getText)
                .filter(text -> text.contains(kindLabel))
                .findFirst()
                .orElse("");
    }

    String messageOn(String field) {
        return driver.findElements(By.cssSelector("[id='profile:" + field + "'] ~ .ui-message")).stream()
                .map(WebElement::getText).findFirst().orElse("");
    }
}
