package org.externship.portal.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/** student/experiences.xhtml: drafting ERAS experiences from a placement, the editor with its live counters. */
class ExperiencesPage extends PortalPage {

    static final String PATH = "/student/experiences.xhtml";
    static final String DESCRIPTION = "editor:description";

    ExperiencesPage(WebDriver driver, RunningPortal portal) {
        super(driver, portal);
    }

    ExperiencesPage show() {
        open(PATH);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("experiences-title")));
        return this;
    }

    /** Drafts from the placement the page chose (the only one) and waits for the editor. */
    void draftFromPlacement() {
        clickAjax(By.id("start:draft"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(DESCRIPTION)));
    }

    /** "Title · Hospital", as the placement menu shows it. */
    String chosenPlacement() {
        return text("start:placement_label");
    }

    /** What the page's JavaScript counts for {@code text}: the counter's own rule. */
    long erasCount(String text) {
        return ((Number) js().executeScript("return PortalCount.eras(arguments[0]);", text)).longValue();
    }

    /** Replaces the description as a student types it: what {@code typed} says, line breaks by the Enter key. */
    void typeDescription(CharSequence... typed) {
        WebElement area = field(DESCRIPTION);
        area.clear();
        area.sendKeys(typed);
    }

    /**
     * Adds {@code text} at the end of the description as a paste does (an input event): ChromeDriver cannot type
     * characters beyond the Basic Multilingual Plane, such as most emoji.
     */
    void pasteIntoDescription(String text) {
        js().executeScript("var area = arguments[0]; area.value += arguments[1];"
                + "area.dispatchEvent(new Event('input', {bubbles: true}));", field(DESCRIPTION), text);
    }

    /** The textarea's value as the browser holds it (line breaks as LF). */
    String description() {
        return field(DESCRIPTION).getAttribute("value");
    }

    String counter() {
        return text("description-counter");
    }

    boolean counterWarns() {
        return field("description-counter").getAttribute("class").contains("counter-over");
    }

    void save() {
        clickAjax(By.id("editor:save"));
    }

    String descriptionMessage() {
        List<WebElement> messages = driver.findElements(By.cssSelector("[id='editor:description'] ~ .ui-message"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }

    /** The list's rows as text, one per draft. */
    List<String> rows() {
        return driver.findElements(By.cssSelector("[id='list:drafts'] tbody tr")).stream()
                .map(WebElement::getText).toList();
    }

    void editFirst() {
        clickAjax(By.id("list:drafts:0:edit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(DESCRIPTION)));
    }

    /** How many pixels the page is wider than the window: more than 0 means sideways scrolling. */
    long overflow() {
        return ((Number) js().executeScript("return document.documentElement.scrollWidth - window.innerWidth;"))
                .longValue();
    }

    /** The elements that reach past the window's right edge (what makes the page scroll sideways). */
    String widest() {
        return String.valueOf(js().executeScript("return Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".slice(-5).map(e => (e.id || e.tagName) + '.' + e.className + ' ' "
                + "+ Math.round(e.getBoundingClientRect().right)).join('; ');"));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
