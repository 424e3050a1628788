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
        awaitGone(results);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
        return this;
    }

    /** Opens the search an address describes, e.g. {@code ?state=NJ}, and waits for its results. */
    SearchPage openSearch(String query) {
        open("/externships.xhtml" + query);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
        return this;
    }

    /** What the search left out of filter {@code id}, as said beside it; empty when nothing. */
    String problem(String id) {
        List<WebElement> problem = driver.findElements(By.id(id + "-problem"));
        return problem.isEmpty() ? "" : problem.get(0).getText();
    }

    /** What the top of the form says was left out; empty when nothing. */
    String problems() {
        return has("search-problems") ? text("search-problems") : "";
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

    /** On an externship's page: "Back to the search", and wait for the search's results. */
    SearchPage backToTheSearch() {
        driver.findElement(By.id("back-to-search")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
        return this;
    }
}
