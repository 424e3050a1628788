package org.externship.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What happens to a session when it expires. A disabled account's session: {@code PeopleIT}, where a coordinator
 * deactivates a colleague, who loses access at the next refresh of their tokens (every 60 s at most).
 */
@ExtendWith(PortalExtension.class)
class SessionIT {

    @Test
    void anExpiredSessionDuringAnAjaxRequestLeadsBackToSignIn(WebDriver driver, RunningPortal portal) {
        PortalPage page = new PortalPage(driver, portal).signIn("rita", "demo");
        page.open("/coordinator/hospital.xhtml");
        assertEquals("Riverside Community Health Center", page.field("profile:name").getAttribute("value"));

        // the portal's session and Keycloak's end, as after a long idle time: every cookie of the browser goes
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.findElement(By.id("profile:save")).click();

        new KeycloakLoginPage(driver).shown();
        assertTrue(driver.getCurrentUrl().startsWith(portal.keycloakUrl()), driver.getCurrentUrl());
    }

    /**
     * Issue 9, work never lost: the portal's session ends while a student is typing (its cookie goes, as after the
     * session timeout); saving leads through the sign-in and back to the page with what they typed, and a message
     * says what happened. Someone else signing in on the same browser does not get it.
     */
    @Test
    void aSessionThatEndsWhileTypingKeepsTheTextForTheSameStudentOnly(WebDriver driver, RunningPortal portal) {
        PassportPage passport = new PassportPage(driver, portal);
        passport.signIn("omar", "demo");
        passport.show();
        String school = "University of Ibadan, typed as the session ended " + System.nanoTime();
        passport.type("medicalSchool", school);

        driver.manage().deleteCookieNamed("JSESSIONID");
        driver.findElement(By.id("profile:save")).click();
        // the page comes back through the sign-in: wait for the new page's message, not the old page's field
        passport.wait.ignoring(StaleElementReferenceException.class).until(ExpectedConditions
                .textToBePresentInElementLocated(By.id("messages"), "Your session had ended"));
        assertEquals(school, passport.field("profile:medicalSchool").getAttribute("value"), "the text is back");
        assertEquals("/student/passport.xhtml", passport.path());

        passport.type("medicalSchool", "Typed by Omar, then someone else signs in");
        // the portal's session and Keycloak's (its cookies live under Keycloak's paths) go; the fingerprint stays
        for (String cookie : List.of("JSESSIONID", "KEYCLOAK_IDENTITY", "KEYCLOAK_SESSION", "AUTH_SESSION_ID")) {
            ((ChromeDriver) driver).executeCdpCommand("Network.deleteCookies",
                    Map.of("name", cookie, "domain", "localhost"));
        }
        driver.findElement(By.id("profile:save")).click();
        new KeycloakLoginPage(driver).signIn("sam", "demo");
        passport.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
        assertEquals("/student/home.xhtml", passport.path(), "another student lands on their own home");
        passport.show();
        assertFalse(passport.field("profile:medicalSchool").getAttribute("value").contains("Omar"),
                "Omar's text never reaches Sam");
    }
}
