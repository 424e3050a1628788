package org.externship.portal.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.util.List;

/** coordinator/externship.xhtml: the coordinator's externship editor, with its editable rotation periods. */
final class ExternshipEditorPage extends PortalPage {

    private static final String FORM = "editor:";

    ExternshipEditorPage(WebDriver driver, RunningPortal portal) {
        super(driver, portal);
    }

    ExternshipEditorPage showNew() {
        open("/coordinator/externship.xhtml");
        return shown();
    }

    ExternshipEditorPage show(long id) {
        open("/coordinator/externship.xhtml?id=" + id);
        return shown();
    }

    ExternshipEditorPage shown() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:save")));
        awaitAjax();
        return this;
    }

    /** Types into a text input or text area, replacing what was there. */
    ExternshipEditorPage type(String field, String value) {
        replace(field(FORM + field), value);
        return this;
    }

    /** Types into a PrimeFaces number or date input (whose visible input carries a suffix). */
    ExternshipEditorPage typeInto(String inputId, String value) {
        replace(field(FORM + inputId), value);
        return this;
    }

    /** Chooses in a PrimeFaces select menu; clicks again if the click fell into the panel's opening animation. */
    ExternshipEditorPage choose(String menu, String label) {
        chooseInMenu(FORM + menu, label);
        return this;
    }


    ExternshipEditorPage tick(String checkbox) {
        driver.findElement(By.cssSelector("[id='" + FORM + checkbox + "'] .ui-chkbox-box")).click();
        return this;
    }

    /** Fills every field but the periods with valid values. */
    ExternshipEditorPage fill(String title, String description, LocalDate deadline) {
        type("title", title).choose("type", "Hands-on clinical").choose("specialty", "Cardiology")
                .choose("setting", "Outpatient").typeInto("durationWeeks_input", "4")
                .type("description", description)
                .type("scope", "Take histories, examine patients and present them in clinic; draft notes co-signed "
                        + "by the attending.")
                .type("city", "Springfield").choose("state", "Illinois")
                .typeInto("graduatedWithinYears_input", "5").tick("finalYearAccepted").tick("step1")
                .typeInto("fee_input", "500").type("feeCovers", "Administration and EMR access")
                .type("refundPolicy", "Full refund until 30 days before the start")
                .type("letterPolicy", "Attendings write letters for externs they supervised for four weeks");
        driver.findElement(By.cssSelector("[id='editor:malpracticeProvided'] .ui-radiobutton-box")).click();
        return date("applicationDeadline_input", deadline);
    }

    /** Types {@code date} into a date input as a US user does (MM/DD/YYYY); null empties it. */
    ExternshipEditorPage date(String inputId, LocalDate date) {
        replace(field(FORM + inputId), TypedDate.of(date));
        return this;
    }

    /** Fills period row {@code row} (0-based), adding rows as needed. */
    ExternshipEditorPage period(int row, LocalDate start, LocalDate end, int seats) {
        while (periodCount() <= row) {
            addPeriod();
        }
        String prefix = "periods:" + row + ":";
        date(prefix + "startDate_input", start);
        date(prefix + "endDate_input", end);
        return typeInto(prefix + "seats_input", String.valueOf(seats));
    }

    void addPeriod() {
        int before = periodCount();
        clickAjax(By.id("editor:addPeriod"));
        wait.until(d -> periodCount() == before + 1);
    }

    int periodCount() {
        return driver.findElements(By.cssSelector(".period-row")).size();
    }

    /** The ids the saved periods carry, row by row (empty for a period not saved yet). */
    List<String> periodIds() {
        return driver.findElements(By.cssSelector(".period-row")).stream()
                .map(row -> row.findElement(By.cssSelector(".period-id")).getAttribute("textContent").strip())
                .toList();
    }

    String seatsOf(int row) {
        return field(FORM + "periods:" + row + ":seats_input").getAttribute("value");
    }

    String startOf(int row) {
        return field(FORM + "periods:" + row + ":startDate_input").getAttribute("value");
    }

    void save() {
        clickAjax(By.id("editor:save"));
    }

    void saveAndPublish() {
        clickAjax(By.id("editor:saveAndPublish"));
    }

    /** Saves, expecting success, and waits for the editor of the saved externship (a new page); answers its id. */
    long saveAndReload() {
        WebElement title = driver.findElement(By.id("editor-title"));
        save();
        try {
            awaitGone(title);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the editor did not save: " + globalMessages(), e);
        }
        shown();
        return id();
    }

    long id() {
        String url = driver.getCurrentUrl();
        int at = url.indexOf("id=");
        if (at < 0) {
            throw new AssertionError("no ?id= in " + url + "; messages: " + globalMessages());
        }
        return Long.parseLong(url.substring(at + 3).replaceAll("\\D.*", ""));
    }

    /** The message shown on one input (id relative to the form), empty if none. */
    String messageOn(String field) {
        return driver.findElements(By.xpath("//*[@id='" + FORM + field + "']"
                        + "/ancestor::*[self::td or contains(@class,'field')][1]//*[contains(@class,'ui-message')]"))
                .stream()
                .map(WebElement::getText).findFirst().orElse("");
    }

    String valueOf(String field) {
        return field(FORM + field).getAttribute("value");
    }

    private static void replace(WebElement input, String value) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }
}
