package org.externship.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What happens to a session when it expires or its account is disabled in Keycloak. */
@ExtendWith(PortalExtension.class)
class SessionIT {

    /**
     * The access token lives 60 s (the realm file, RealmFilesTest); the portal refreshes it when it has expired, and
     * the refresh of a disabled user fails. The test lets tokens live {@link #TEST_TOKEN_LIFESPAN} instead, the same
     * mechanism in less time.
     */
    static final int TEST_TOKEN_LIFESPAN = 10;
    static final Duration DISABLED_USER_LOSES_ACCESS_WITHIN = Duration.ofSeconds(TEST_TOKEN_LIFESPAN + 15);

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

    @Test
    void aUserDisabledInKeycloakLosesAccessOnceTheirTokenExpires(WebDriver driver, RunningPortal portal) {
        RealmRepresentation realm = portal.realm().toRepresentation();
        int lifespan = realm.getAccessTokenLifespan();
        realm.setAccessTokenLifespan(TEST_TOKEN_LIFESPAN);
        portal.realm().update(realm);
        try {
            disabledUserLosesAccess(driver, portal);
        } finally {
            RealmRepresentation restored = portal.realm().toRepresentation();
            restored.setAccessTokenLifespan(lifespan);
            portal.realm().update(restored);
        }
    }

    private static void disabledUserLosesAccess(WebDriver driver, RunningPortal portal) {
        PortalPage page = new PortalPage(driver, portal).signIn("omar", "demo");
        assertEquals("/student/home.xhtml", page.path());
        UserResource omar = user(portal, "omar");
        UserRepresentation account = omar.toRepresentation();
        try {
            account.setEnabled(false);
            omar.update(account);
            Instant disabledAt = Instant.now();

            new WebDriverWait(driver, DISABLED_USER_LOSES_ACCESS_WITHIN, Duration.ofSeconds(5)).until(d -> {
                d.navigate().refresh();
                return !page.isSignedIn();
            });
            Duration lostAccessAfter = Duration.between(disabledAt, Instant.now());
            System.out.printf("Disabled user lost access after %d s%n", lostAccessAfter.toSeconds());

            page.open("/student/home.xhtml");
            KeycloakLoginPage login = new KeycloakLoginPage(driver);
            login.signIn("omar", "demo");
            assertTrue(login.error().toLowerCase().contains("disabled"), "Keycloak refuses the disabled account");
        } finally {
            account.setEnabled(true);
            omar.update(account);
        }
    }

    private static UserResource user(RunningPortal portal, String username) {
        String id = portal.realm().users().searchByUsername(username, true).get(0).getId();
        return portal.realm().users().get(id);
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
