package org.externship.portal.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Path;
import java.time.LocalDate;

/** student/passport.xhtml: the student's profile form, document table and upload form. */
final class PassportPage extends PortalPage {

    PassportPage(WebDriver driver, RunningPortal portal) {
        super(driver, portal);
    }

    PassportPage(WebDriver driver, RunningPortal portal, String baseUrl) {
        super(driver, portal, baseUrl);
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

    /** Picks {@code label} in the select menu {@code form:id}. */
    PassportPage choose(String menu, String label) {
        chooseInMenu(menu, label);
        return this;
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
            date.sendKeys(TypedDate.of(expiresOn), Keys.ESCAPE);
        }
        driver.findElement(By.cssSelector("#upload input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        WebElement submit = field("upload:submit");
        submit.click();
        awaitGone(submit);
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
