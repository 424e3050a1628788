package org.externship.portal.browser;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform admin onboards a hospital: it appears in the portal and as a Keycloak organization, its first
 * coordinator is invited by e-mail. A Keycloak failure midway leaves nothing behind and says so.
 */
@ExtendWith(PortalExtension.class)
class OnboardingIT {

    private static final Pattern ACTION_LINK = Pattern.compile("https?://\\S+/login-actions/action-token\\?\\S+");

    @Test
    void onboardedHospitalExistsInThePortalAndInKeycloakAndItsCoordinatorIsInvited(WebDriver driver,
                                                                                  RunningPortal portal)
            throws Exception {
        String alias = "lakeside-" + TestRun.id();
        String email = "dana.lee@" + alias + ".example";
        OnboardingPage page = new OnboardingPage(driver, portal);
        page.signIn("admin", "demo");
        page.show().fill("Lakeside Regional Medical Center", alias, "Chicago", "Illinois", alias + ".example", "Dana",
                "Lee", email).submit();

        assertTrue(page.globalMessages().contains("Lakeside Regional Medical Center is onboarded"),
                page.globalMessages());
        assertEquals("", page.valueOf("alias"), "the form is ready for the next hospital");

        OrganizationRepresentation organization = organization(portal, alias);
        List<MemberRepresentation> members = portal.realm().organizations().get(organization.getId()).members()
                .getAll();
        assertEquals(List.of(email), members.stream().map(MemberRepresentation::getEmail).toList());
        List<String> roles = portal.realm().users().get(members.get(0).getId()).roles().realmLevel().listEffective()
                .stream().map(RoleRepresentation::getName).toList();
        assertTrue(roles.contains("coordinator"), roles.toString());
        assertTrue(!roles.contains("student"), "staff do not keep the role new accounts get: " + roles);

        MimeMessage[] invitations = portal.mail().getReceivedMessagesForDomain(email);
        assertEquals(1, invitations.length, "one invitation e-mail to the coordinator");
        String invitation = MailText.of(invitations[0]);
        assertTrue(invitation.contains("Lakeside Regional Medical Center invites you to the Externship Portal as a"
                + " coordinator."), invitation);

        page.open("/admin/home.xhtml");
        assertTrue(page.text("hospitals").contains("Lakeside Regional Medical Center"));
        page.signOut();

        // the coordinator follows the invitation, chooses a password and arrives in their hospital
        Matcher link = ACTION_LINK.matcher(invitation);
        assertTrue(link.find(), "the invitation links to the password page: " + invitation);
        driver.get(link.group());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // Keycloak first says what comes, in the portal's words, before the password page
        WebElement proceed = wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Continue")));
        String asked = driver.findElement(By.tagName("body")).getText();
        assertTrue(asked.contains("Welcome to the Externship Portal") && asked.contains("choose your password"),
                "the invitation's first page says what is asked in words: " + asked);
        proceed.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new")))
                .sendKeys("Lakeside-coordinator-2027");
        driver.findElement(By.id("password-confirm")).sendKeys("Lakeside-coordinator-2027");
        driver.findElement(By.cssSelector("[type=submit]")).click();
        By backToPortal = By.cssSelector("a[href*='/callback']");
        wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")),
                ExpectedConditions.visibilityOfElementLocated(backToPortal)));
        if (driver.findElements(By.id("user-name")).isEmpty()) {
            // Keycloak signs nobody in from an e-mailed link: its page leads back to the portal, which asks once
            driver.findElement(backToPortal).click();
            new KeycloakLoginPage(driver).signIn(email, "Lakeside-coordinator-2027");
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
        assertEquals("/coordinator/home.xhtml", page.path(), "the invited coordinator lands on their home");
        assertTrue(page.text("content").contains("Lakeside Regional Medical Center"), "in their hospital: "
                + page.text("content"));
    }

    @Test
    void keycloakRefusingTheCoordinatorLeavesNothingHalfCreated(WebDriver driver, RunningPortal portal) {
        String alias = "brookfield-" + TestRun.id();
        OnboardingPage page = new OnboardingPage(driver, portal);
        page.signIn("admin", "demo");
        // carla already has a Keycloak account: the organization is created first, then the user is refused
        page.show().fill("Brookfield Clinic", alias, "Boston", "Massachusetts", alias + ".example", "Carla", "Mendes",
                "carla@stmarys.example").submit();

        assertTrue(page.globalMessages().contains("Keycloak already has an account for carla@stmarys.example"),
                page.globalMessages());
        assertEquals(alias, page.valueOf("alias"), "what was typed is kept");
        assertTrue(portal.realm().organizations().getAll().stream().noneMatch(o -> alias.equals(o.getAlias())),
                "the organization created before the failure is removed again");
        page.open("/admin/home.xhtml");
        assertFalse(page.text("hospitals").contains("Brookfield Clinic"), "no hospital row is left");
    }

    @Test
    void badInputGetsAMessageOnEachField(WebDriver driver, RunningPortal portal) {
        OnboardingPage page = new OnboardingPage(driver, portal);
        page.signIn("admin", "demo");
        page.show().submit();
        assertTrue(page.messageOn("name").contains("please fill this in"), page.messageOn("name"));
        assertTrue(page.messageOn("coordinatorEmail").contains("please fill this in"));
        assertTrue(page.messageOn("state").contains("please fill this in"), page.messageOn("state"));

        page.fill("Harbor Health", "Harbor Health!", "Miami", "Florida", "not a domain", "Ann", "Ray",
                "ann.ray@harbor.example").submit();
        assertTrue(page.messageOn("alias").contains("lower-case letters"), page.messageOn("alias"));
        assertEquals("", page.messageOn("state"), "a state chosen from the list is never refused");
        assertTrue(page.messageOn("emailDomain").contains("e-mail domain"), page.messageOn("emailDomain"));
        assertEquals("Harbor Health", page.valueOf("name"), "nothing typed is lost");
        assertEquals("Florida", page.chosenIn("state"), "nothing chosen is lost");
        assertTrue(portal.realm().organizations().getAll().stream().noneMatch(o -> "Harbor Health".equals(o.getName())));
    }

    private static OrganizationRepresentation organization(RunningPortal portal, String alias) {
        return portal.realm().organizations().getAll().stream().filter(o -> alias.equals(o.getAlias())).findFirst()
                .orElseThrow(() -> new AssertionError("no Keycloak organization " + alias));
    }
}
