package org.externship.portal.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/** The pages of applications: the student's apply page, application page and list; the coordinator's queue. */
class ApplicationPages extends PortalPage {

    ApplicationPages(WebDriver driver, RunningPortal portal) {
        super(driver, portal);
    }

    /** On the apply page: what it says about the student's passport against the externship. */
    String eligibility() {
        return text("eligibility");
    }

    /** Writes the statement and submits; waits for the application page. */
    void submit(String statement) {
        WebElement text = field("apply:statement");
        text.clear();
        text.sendKeys(statement);
        driver.findElement(By.id("apply:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("timeline")));
    }

    String status() {
        return text("application:status");
    }

    List<String> timeline() {
        return driver.findElements(By.cssSelector("#timeline .timeline-step .ui-tag")).stream()
                .map(WebElement::getText).toList();
    }

    /** The stepper as a screen reader reads it: "Offered (where it stands now)". */
    List<String> stepper() {
        return driver.findElements(By.cssSelector("#stepper .step")).stream()
                .map(step -> step.getAttribute("textContent").replaceAll("\\s+", " ").strip()).toList();
    }

    /** Accepts the offer: the portal asks first, and nothing happens on "No". */
    void accept() {
        driver.findElement(By.id("application:accept")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("application:confirm-no"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("application:confirm-no")));
        if (!status().equals("Offered")) {
            throw new AssertionError("answering No accepted the offer anyway: " + status());
        }
        driver.findElement(By.id("application:accept")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("application:confirm-yes")));
        clickAjax(By.id("application:confirm-yes"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("placement")));
    }

    /** Gives up the accepted placement, answering the confirmation. */
    void giveUp() {
        driver.findElement(By.id("application:withdraw")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("application:confirm-yes")));
        clickAjax(By.id("application:confirm-yes"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application:status"), "Withdrawn"));
    }

    String placement() {
        return text("placement");
    }

    /** The coordinator's queue: opens the application of {@code student} to {@code title}. */
    void openFromQueue(String title, String student) {
        open("/coordinator/applications.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue-rows")));
        WebElement row = driver.findElements(By.cssSelector("#queue-rows tbody tr.queue-row")).stream()
                .filter(r -> r.getText().contains(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError(title + " not in the queue: " + text("queue-rows")));
        row.findElement(By.linkText(student)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("applicant-name")));
    }

    /** On the applicant's page: offers the seat for the default number of days. */
    void offer() {
        clickAjax(By.id("applicant:offer"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("applicant:status"), "Offered"));
    }

    /**
     * On the coordinator's placements page: names {@code attending} to supervise the placement of {@code student}
     * (ticks them in the row's attending menu, closes it) and saves; waits for the confirmation.
     */
    void superviseBy(String student, String attending) {
        superviseBy(student, "", attending);
    }

    /**
     * Names {@code attending} the supervisor of {@code student}'s placement at {@code externship}: the row of both,
     * since other tests' students may share the name.
     */
    void superviseBy(String student, String externship, String attending) {
        open("/coordinator/placements.xhtml");
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("[id='supervision:placements'] tbody tr"))
                .stream().filter(r -> r.getText().contains(student) && r.getText().contains(externship)).findFirst()
                .orElse(null));
        WebElement menu = row.findElement(By.cssSelector(".ui-selectcheckboxmenu"));
        String menuId = menu.getAttribute("id");
        String panel = "jQuery(PrimeFaces.escapeClientId('" + menuId + "_panel'))";
        String open = "return " + panel + ".is(':visible') && !" + panel + ".is(':animated');";
        By trigger = By.cssSelector("[id='" + menuId + "'] .ui-selectcheckboxmenu-trigger");
        By chosen = By.cssSelector("[id='" + menuId + "'] .ui-selectcheckboxmenu-multiple-container");
        driver.findElement(trigger).click();
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(open));
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("[id='" + menuId + "_panel'] li"))
                .stream().filter(li -> attending.equals(li.getText().strip())).findFirst().orElse(null));
        item.findElement(By.cssSelector(".ui-chkbox-box")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(chosen, attending));
        driver.findElement(trigger).click();
        wait.until(d -> !(Boolean) ((JavascriptExecutor) d).executeScript("return " + panel + ".is(':visible');"));
        clickAjax(By.id(menuId.replace("attendings", "save-attendings")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), student));
    }

    String applicantStatus() {
        return text("applicant:status");
    }
}
