package org.externship.portal.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** coordinator/staff.xhtml: the staff directory, the invitation form, each member's access. */
final class StaffPage extends PortalPage {

    StaffPage(WebDriver driver, RunningPortal portal) {
        super(driver, portal);
    }

    StaffPage show() {
        open("/coordinator/staff.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invite:send")));
        return this;
    }

    StaffPage invite(String firstName, String lastName, String email, String roleLabel) {
        for (String[] typed : new String[][] {{"firstName", firstName}, {"lastName", lastName}, {"email", email}}) {
            field("invite:" + typed[0]).clear();
            field("invite:" + typed[0]).sendKeys(typed[1]);
        }
        driver.findElement(By.xpath("//*[@id='invite:role']//label[normalize-space()='" + roleLabel + "']")).click();
        clickAjax(By.id("invite:send"));
        return this;
    }

    /** The message shown on one input of the invitation, empty if none. */
    String messageOn(String field) {
        return messageBeside("invite:" + field);
    }

    String valueOf(String field) {
        return field("invite:" + field).getAttribute("value");
    }

    /** The directory's row of the person with {@code email}, as its text reads. */
    String row(String email) {
        return driver.findElement(row(email, "")).getText();
    }

    /** Whether the directory has a row for the person with {@code email}. */
    boolean lists(String email) {
        return !driver.findElements(row(email, "")).isEmpty();
    }

    boolean hasButton(String email, String button) {
        return !driver.findElements(row(email, "//button[contains(@id, ':" + button + "')]")).isEmpty();
    }

    void click(String email, String button) {
        clickAjax(row(email, "//button[contains(@id, ':" + button + "')]"));
    }

    private static By row(String email, String inside) {
        return By.xpath("//*[@id='staff:members']//tr[td[contains(normalize-space(), '" + email + "')]]" + inside);
    }
}
