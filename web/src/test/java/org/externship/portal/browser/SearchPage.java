package org.externship.portal.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/** externships.xhtml: the public search form and its results. */
class SearchPage extends PortalPage {

    SearchPage(WebDriver driver, RunningPortal portal) {
        super(driver, portal);
    }

    SearchPage openSearch() {
        open("/externships.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
        return this;
    }

    SearchPage searchFor(String text) {
        WebElement field = field("q");
        field.clear();
        field.sendKeys(text);
        return this;
    }

    SearchPage choose(String selectId, String visibleText) {
        new Select(field(selectId)).selectByVisibleText(visibleText);
        return this;
    }

    String chosen(String selectId) {
        return new Select(field(selectId)).getFirstSelectedOption().getText();
    }

    SearchPage type(String id, String value) {
        WebElement field = field(id);
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /** Submits the GET form and waits for the new page's results. */
    SearchPage submit() {
        WebElement results = driver.findElement(By.id("results"));
        driver.findElement(By.id("search-submit")).click();
        wait.until(ExpectedConditions.stalenessOf(results));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
        return this;
    }

    String resultCount() {
        return text("result-count");
    }

    List<String> titles() {
        return driver.findElements(By.cssSelector("#results a.hit-title")).stream().map(WebElement::getText)
                .toList();
    }

    String results() {
        return text("results");
    }

    void openResult(String title) {
        driver.findElement(By.linkText(title)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("externship-title")));
    }
}
