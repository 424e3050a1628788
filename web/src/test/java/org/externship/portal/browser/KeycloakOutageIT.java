package org.externship.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, item 8: a Keycloak that hangs (its port open, nothing answered) or is stopped (connections refused) does
 * not hang the portal. A portal of the test's own talks to the run's Keycloak through a {@link ToggleProxy}, with
 * tokens so short-lived that every request of a signed-in user refreshes them. A student filling in the passport
 * sees within seconds the portal's page that sign-in is unavailable, and finds what they typed back in the form once
 * Keycloak answers again, without anyone restarting anything; signing out still ends the portal's session; a visitor
 * who wants to sign in meanwhile gets the same page instead of the browser's network error.
 */
@ExtendWith(PortalExtension.class)
class KeycloakOutageIT {

    /** The probe's read timeout (5 s), and slack for a busy machine. */
    private static final Duration TOLD_WITHIN = Duration.ofSeconds(12);

    @Test
    void aHungOrStoppedKeycloakIsShownWithinSecondsAndWhatTheStudentTypedIsKept(WebDriver driver,
                                                                               RunningPortal portal)
            throws Exception {
        int port = RunningPortal.freePort();
        String baseUrl = "http://localhost:" + port;
        Path work = Path.of(System.getProperty("test.workDir", "target/browser-it"), "keycloak-outage")
                .toAbsolutePath();
        try (ToggleProxy keycloak = new ToggleProxy(URI.create(portal.keycloakUrl()).getPort());
             AutoCloseable shortTokens = portal.accessTokensLasting(10);
             AutoCloseable signIns = portal.acceptSignInsAt(baseUrl);
             ServerProcess payara = portal.startPortal(port, work,
                     Map.of("PORTAL_KEYCLOAK_URL", "http://localhost:" + keycloak.port()),
                     work.resolve("payara.log"))) {
            payara.awaitReady(Duration.ofMinutes(6));
            PassportPage passport = new PassportPage(driver, portal, baseUrl);
            passport.signIn("omar", "demo");
            passport.show();
            String school = "University of Ibadan, typed while Keycloak hung";
            passport.type("medicalSchool", school).type("schoolCountry", "Nigeria")
                    .type("graduationYear", String.valueOf(Year.now().getValue() - 2))
                    .choose("profile:step1", "Passed").choose("profile:step2ck", "Passed").type("step2ckScore", "241")
                    .choose("profile:step3", "Not taken yet").choose("profile:ecfmg", "Certified")
                    .choose("profile:visa", "B-1 business visitor").tickSpecialty("Internal medicine");

            keycloak.hang();
            long clicked = System.nanoTime();
            driver.findElement(By.id("profile:save")).click();
            waitFor(driver, "error-unavailable", TOLD_WITHIN);
            Duration hungToldAfter = Duration.ofNanos(System.nanoTime() - clicked);
            assertTrue(passport.has("work-kept"), "the page says what the student typed is kept");
            assertTrue(driver.getCurrentUrl().startsWith(baseUrl), "still the portal: " + driver.getCurrentUrl());

            keycloak.refuse();
            long retried = System.nanoTime();
            driver.findElement(By.id("try-again")).click();
            waitFor(driver, "error-unavailable", TOLD_WITHIN);
            Duration stoppedToldAfter = Duration.ofNanos(System.nanoTime() - retried);
            assertTrue(passport.has("work-kept"), "the kept work is still there");

            keycloak.pass();
            long back = System.nanoTime();
            new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofSeconds(1)).until(d -> {
                if (!d.findElements(By.id("try-again")).isEmpty()) {
                    d.findElement(By.id("try-again")).click();
                }
                return !d.findElements(By.id("profile:save")).isEmpty();
            });
            Duration recoveredAfter = Duration.ofNanos(System.nanoTime() - back);
            assertEquals(school, passport.field("profile:medicalSchool").getAttribute("value"),
                    "what the student typed is back");
            assertEquals("Passed", passport.field("profile:step1_label").getText(), "the menus too");
            assertTrue(passport.globalMessages().contains("kept what you typed"), passport.globalMessages());
            passport.save();
            assertTrue(passport.globalMessages().contains("Your clinical passport is saved."),
                    passport.globalMessages());
            passport.show();
            assertEquals(school, passport.field("profile:medicalSchool").getAttribute("value"), "and saved");

            keycloak.refuse();
            passport.signOut();
            assertTrue(passport.has("signout-incomplete"), "the landing page says Keycloak's sign-in may remain");
            assertTrue(!passport.isSignedIn(), "the portal's own session is over");
            driver.manage().deleteAllCookies();
            long visited = System.nanoTime();
            driver.get(baseUrl + "/home");
            waitFor(driver, "error-unavailable", TOLD_WITHIN);
            Duration visitorToldAfter = Duration.ofNanos(System.nanoTime() - visited);
            assertTrue(!passport.has("work-kept"), "a visitor had typed nothing");
            driver.get(baseUrl + "/");
            waitFor(driver, "landing-title", TOLD_WITHIN);
            keycloak.pass();

            System.out.printf("Keycloak outage: hung, told after %d ms; stopped, told after %d ms; a visitor, after"
                            + " %d ms; back to the form %d ms after Keycloak answered again%n",
                    hungToldAfter.toMillis(), stoppedToldAfter.toMillis(), visitorToldAfter.toMillis(),
                    recoveredAfter.toMillis());
            assertTrue(hungToldAfter.compareTo(TOLD_WITHIN) < 0);
        }
    }

    private static void waitFor(WebDriver driver, String id, Duration within) {
        new WebDriverWait(driver, within).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }
}
