package org.externship.portal.browser;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each demo role signs in through the real Keycloak, lands on its own home page with its own menu, is refused
 * another role's page, and signs out.
 */
@ExtendWith(PortalExtension.class)
class SignInIT {

    @ParameterizedTest(name = "{0} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            admin | Alex Admin   | Platform admin | /admin/home.xhtml       | menu-search;menu-admin-home;menu-admin-onboard                               | /coordinator/home.xhtml
            carla | Carla Mendes | Coordinator    | /coordinator/home.xhtml | menu-search;menu-coordinator-home;menu-coordinator-externships;menu-coordinator-applications;menu-coordinator-placements;menu-coordinator-calendar;menu-coordinator-compliance;menu-coordinator-reports;menu-coordinator-messages;menu-coordinator-reported-messages;menu-coordinator-working-hours;menu-coordinator-notifications;menu-coordinator-staff;menu-coordinator-hospital | /admin/home.xhtml
            adams | Grace Adams  | Attending      | /attending/home.xhtml   | menu-search;menu-attending-home;menu-attending-placements;menu-attending-calendar;menu-attending-signoffs;menu-attending-letters;menu-attending-messages;menu-attending-working-hours | /coordinator/staff.xhtml
            sam   | Samir Haddad | Student        | /student/home.xhtml     | menu-search;menu-student-home;menu-student-passport;menu-student-applications;menu-student-compliance;menu-student-log;menu-student-experiences;menu-student-letters;menu-student-messages;menu-student-saved-searches;menu-student-notifications | /attending/home.xhtml
            """)
    void eachRoleSeesItsOwnWorld(String username, String name, String role, String home, String menu,
                                 String otherRolesPage, WebDriver driver, RunningPortal portal) {
        PortalPage page = new PortalPage(driver, portal).signIn(username, "demo");

        assertEquals(home, page.path());
        assertEquals(name, page.userName());
        assertTrue(page.userMeta().startsWith(role), page.userMeta());
        String userBox = driver.findElement(By.cssSelector(".user-box")).getAttribute("textContent")
                .replaceAll("\\s+", " ");
        assertTrue(userBox.contains(name + " " + role), "words do not run together: " + userBox);
        assertEquals(List.of(menu.split(";")), page.menuIds());

        page.open(otherRolesPage);
        assertTrue(page.has("error-403"), "another role's page must be refused");
        assertFalse(driver.getPageSource().contains("home-title"));

        page.open(home);
        page.signOut();
        assertFalse(page.isSignedIn());
        page.open(home);
        new KeycloakLoginPage(driver).shown();
    }

    @ParameterizedTest(name = "{0} works at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            carla | St. Mary's Teaching Hospital
            rita  | Riverside Community Health Center
            chen  | Riverside Community Health Center
            """)
    void staffSeeTheirHospital(String username, String hospital, WebDriver driver, RunningPortal portal) {
        PortalPage page = new PortalPage(driver, portal).signIn(username, "demo");

        assertTrue(page.userMeta().endsWith(hospital), page.userMeta());
        assertEquals(hospital, page.text("home-hospital"));
    }

    @ParameterizedTest(name = "{0} sees only {1} staff")
    @CsvSource(delimiter = '|', textBlock = """
            carla | Grace Adams;Henry Baker | Wei Chen;Lucia Diaz;Rita Okafor
            rita  | Wei Chen;Lucia Diaz     | Grace Adams;Henry Baker;Carla Mendes
            """)
    void coordinatorsSeeOnlyTheirOwnStaff(String username, String own, String others, WebDriver driver,
                                          RunningPortal portal) {
        PortalPage page = new PortalPage(driver, portal).signIn(username, "demo");
        page.open("/coordinator/staff.xhtml");
        String table = page.text("staff:members");

        for (String colleague : own.split(";")) {
            assertTrue(table.contains(colleague), colleague + " missing from " + table);
        }
        for (String stranger : others.split(";")) {
            assertFalse(table.contains(stranger), stranger + " of another hospital is visible");
        }
    }

    @ParameterizedTest(name = "{1} fits a phone screen")
    @CsvSource(delimiter = '|', textBlock = """
            carla | /coordinator/staff.xhtml
            carla | /coordinator/externships.xhtml
            carla | /coordinator/externship.xhtml
            admin | /admin/onboard.xhtml
            """)
    void pagesFitAPhoneScreen(String username, String path, WebDriver driver, RunningPortal portal) {
        PortalPage page = new PortalPage(driver, portal).signIn(username, "demo");
        driver.manage().window().setSize(new Dimension(390, 844));
        page.open(path);
        page.awaitAjax();

        Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(overflow <= 0, path + " is " + overflow + " px wider than a 390 px screen");
        assertTrue(driver.findElement(By.id("signout-button")).isDisplayed());
        assertFalse(driver.findElement(By.id("menu")).isDisplayed(), "the menu folds away on a phone");
        driver.findElement(By.id("menu-toggle")).click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menu")));
        assertEquals("true", driver.findElement(By.id("menu-toggle")).getAttribute("aria-expanded"));
    }

    @org.junit.jupiter.api.Test
    void anonymousVisitorsSeeTheLandingPageAndMustSignInForTheRest(WebDriver driver, RunningPortal portal) {
        PortalPage page = new PortalPage(driver, portal).open("/");
        assertEquals("Find the externship that gets you to the Match", page.text("landing-title"));
        assertEquals("2 hospitals host externships here.", page.text("hospital-count"));
        assertFalse(page.isSignedIn());
        String styles = driver.findElement(By.cssSelector("link[href*='portal.css']")).getAttribute("href");
        assertTrue(styles.matches(".*[?&]v=0\\.\\d.*"), "the portal's CSS is versioned by the build: " + styles);

        page.open("/coordinator/home.xhtml");
        new KeycloakLoginPage(driver).shown();
        assertTrue(driver.getCurrentUrl().startsWith(portal.keycloakUrl()), driver.getCurrentUrl());

        page.open("/no/such/page.xhtml");
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-404")));
    }

    /** Issue 9: on a shared hospital computer, Back after signing out shows no private page from the browser's cache. */
    @org.junit.jupiter.api.Test
    void backAfterSignOutShowsNoPrivatePage(WebDriver driver, RunningPortal portal) {
        PassportPage passport = new PassportPage(driver, portal);
        passport.signIn("omar", "demo");
        passport.show();
        passport.signOut();

        driver.navigate().back();
        passport.wait.until(d -> !d.getCurrentUrl().startsWith(portal.baseUrl() + "/student/")
                || !d.findElements(By.id("landing-title")).isEmpty() || !d.findElements(By.id("username")).isEmpty()
                || !d.findElements(By.id("error-expired")).isEmpty());
        assertTrue(driver.findElements(By.id("profile:medicalSchool")).isEmpty(),
                "the passport came back from the browser's cache: " + driver.getCurrentUrl());
        assertFalse(passport.isSignedIn(), "nobody is signed in after Back");
    }
}
