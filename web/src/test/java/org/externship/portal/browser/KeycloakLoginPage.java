package org.externship.portal.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/**
 * Keycloak's sign-in form: username and password on one page (issue 9; the realm's browser flow has its
 * Organizations identity-first step turned off). Every sign-in of every browser test goes through here, so each
 * one proves it.
 */
final class KeycloakLoginPage {

    private static final By USERNAME = By.id("username");
    private static final By PASSWORD = By.id("password");
    private static final By SUBMIT = By.id("kc-login");
    private static final By ERROR = By.cssSelector("#input-error, #input-error-username, .kc-feedback-text, "
            + ".pf-v5-c-alert__title, .alert-error, p.instruction");

    private final WebDriver driver;
    private final WebDriverWait wait;

    KeycloakLoginPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Waits until the browser shows Keycloak's sign-in form. */
    KeycloakLoginPage shown() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
        return this;
    }

    void signIn(String username, String password) {
        shown();
        driver.findElement(USERNAME).clear();
        driver.findElement(USERNAME).sendKeys(username);
        driver.findElement(PASSWORD).sendKeys(password);
        driver.findElement(SUBMIT).click();
    }

    /** Whether the password is asked for on the same page as the username, before anything is submitted. */
    boolean asksForPasswordWithUsername() {
        shown();
        return driver.findElement(PASSWORD).isDisplayed();
    }

    /** Keycloak's error text on the form (for example for a disabled account). */
    String error() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(ERROR)).getText();
    }
}
