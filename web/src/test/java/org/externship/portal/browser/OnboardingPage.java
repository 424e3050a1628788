package org.externship.portal.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** admin/onboard.xhtml: the platform admin's onboarding form. */
final class OnboardingPage extends PortalPage {

    OnboardingPage(WebDriver driver, RunningPortal portal) {
        super(driver, portal);
    }

    OnboardingPage show() {
        open("/admin/onboard.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("onboard:submit")));
        return this;
    }

    OnboardingPage type(String field, String value) {
        field("onboard:" + field).clear();
        field("onboard:" + field).sendKeys(value);
        return this;
    }

    OnboardingPage choose(String hospitalTypeLabel) {
        chooseInMenu("onboard:type", hospitalTypeLabel);
        return this;
    }

    /** Picks the hospital's state by the name the menu shows, e.g. "Illinois". */
    OnboardingPage chooseState(String stateName) {
        chooseInMenu("onboard:state", stateName);
        return this;
    }

    OnboardingPage fill(String name, String alias, String city, String stateName, String domain, String firstName,
                        String lastName, String email) {
        return type("name", name).type("alias", alias).choose("Teaching hospital").type("city", city)
                .chooseState(stateName).type("emailDomain", domain).type("coordinatorFirstName", firstName)
                .type("coordinatorLastName", lastName).type("coordinatorEmail", email);
    }

    void submit() {
        clickAjax(By.id("onboard:submit"));
    }

    /** The message shown on one input, empty if none. */
    String messageOn(String field) {
        return messageBeside("onboard:" + field);
    }

    String valueOf(String field) {
        return field("onboard:" + field).getAttribute("value");
    }

    /** What the select menu {@code menu} shows as chosen. */
    String chosenIn(String menu) {
        return field("onboard:" + menu + "_label").getText();
    }
}
