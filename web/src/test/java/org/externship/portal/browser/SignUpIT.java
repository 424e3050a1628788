package org.externship.portal.browser;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, getting in: a new student creates their own account from the sign-in page, confirms their e-mail address
 * with the link Keycloak sends, chooses a password (Keycloak asks for it after the confirmation) and lands signed in
 * on their home page, where the clinical passport is the next step; an externship's page tells them, before they
 * have a passport, what it would take. The account is a student's and nothing more.
 */
@ExtendWith(PortalExtension.class)
class SignUpIT {

    private static final Pattern VERIFY_LINK = Pattern.compile("https?://\\S+/login-actions/action-token\\?\\S+");

    @Test
    void aStudentSignsUpConfirmsTheAddressAndLandsOnTheirHome(WebDriver driver, RunningPortal portal) {
        String username = "new-" + TestRun.id();
        String email = username + "@students.example";
        PortalPage page = new PortalPage(driver, portal).open("/");
        driver.findElement(By.id("landing-signin")).click();
        new KeycloakLoginPage(driver).shown();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#kc-registration a"))).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("firstName"))).sendKeys("Amara");
        driver.findElement(By.id("lastName")).sendKeys("Okafor");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.cssSelector("#kc-register-form [type=submit]")).click();

        MimeMessage verification = awaitMailTo(portal, email);
        String link = linkIn(verification).orElseThrow(() -> new AssertionError("no link in the verification mail"));
        driver.get(link);
        // the password comes once the address is confirmed, so nobody can take an address they do not hold
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new")))
                .sendKeys("Residency-2027-match!");
        driver.findElement(By.id("password-confirm")).sendKeys("Residency-2027-match!");
        driver.findElement(By.cssSelector("[type=submit]")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
        assertEquals("/student/home.xhtml", page.path(), "a new account lands on the student's home");
        assertTrue(page.text("user-name").contains("Amara"), page.text("user-name"));
        assertTrue(page.has("next-passport"), "the passport is the next step");

        // without a passport, an externship's page says what it would take and where to start
        page.open("/externships.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#results a.hit-title"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("passport-missing")));
        assertTrue(page.text("passport-missing").contains("You have no clinical passport yet"));
        driver.findElement(By.id("start-passport")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile:save")));

        UserRepresentation account = portal.realm().users().searchByUsername(username, true).get(0);
        assertTrue(account.isEmailVerified(), "the address was confirmed");
        List<String> roles = portal.realm().users().get(account.getId()).roles().realmLevel().listEffective()
                .stream().map(RoleRepresentation::getName).toList();
        assertTrue(roles.contains("student"), roles.toString());
        assertTrue(roles.stream().noneMatch(List.of("attending", "coordinator", "platform-admin")::contains),
                "never a staff role: " + roles);
    }

    private static MimeMessage awaitMailTo(RunningPortal portal, String email) {
        return new FluentWait<>(portal).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(250))
                .until(sink -> Arrays.stream(sink.mail().getReceivedMessagesForDomain(email)).findFirst()
                        .orElse(null));
    }

    private static Optional<String> linkIn(Message message) {
        Matcher link = VERIFY_LINK.matcher(MailText.of(message));
        return link.find() ? Optional.of(link.group()) : Optional.empty();
    }
}
