package org.externship.portal.browser;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, people: a coordinator invites an attending (the account in Keycloak, in the hospital's organization, with
 * the role; Keycloak's e-mail arrives), is refused what may not be (a student's account, bad input, a coordinator of
 * another hospital), adds an attending of another hospital to theirs, deactivates a colleague (who loses access at
 * their next request) and reactivates them. An attending of two hospitals switches between them without signing out.
 * Accounts made here are throwaway ones, removed again.
 */
@ExtendWith(PortalExtension.class)
class PeopleIT {

    private static final String RIVERSIDE = "Riverside Community Health Center";
    private static final String ST_MARYS = "St. Mary's Teaching Hospital";
    private static final String PASSWORD = "Correct horse battery 7";

    @Test
    void aCoordinatorInvitesDeactivatesAndReactivatesTheirStaff(WebDriver driver, RunningPortal portal)
            throws Exception {
        String unique = TestRun.id();
        List<String> throwaway = new ArrayList<>();
        try (AutoCloseable everyRequestRefreshes = portal.accessTokensLasting(10)) {
            // a colleague of Rita's, signed in (over HTTP) before she opens her directory
            String dana = "dana-" + unique;
            throwaway.add(portal.createUser(dana, PASSWORD, "Dana", "Lee", "attending"));
            addToOrganization(portal, "riverside", throwaway.get(0));
            PortalHttpSession danasSession = new PortalHttpSession(portal.baseUrl());
            assertTrue(danasSession.signIn("/attending/home.xhtml", dana, PASSWORD).body().contains(RIVERSIDE));
            // an attending of St. Mary's, to be added to Riverside as well
            String kim = "kim-" + unique;
            throwaway.add(portal.createUser(kim, PASSWORD, "Kim", "Novak", "attending"));
            addToOrganization(portal, "st-marys", throwaway.get(1));

            StaffPage page = new StaffPage(driver, portal);
            page.signIn("rita", "demo");
            page.show();
            assertFalse(page.hasButton("rita@riverside.example", "deactivate"), "nobody deactivates themselves");

            // bad input: a message on the field, what was typed stays
            page.invite("Ivy", "Stone", "ivy.stone@", "Attending");
            assertTrue(page.messageOn("email").contains("e-mail address"), page.messageOn("email"));
            assertEquals("Ivy", page.valueOf("firstName"));
            // a student's account cannot be made staff
            page.invite("Omar", "Haddad", "omar@students.example", "Attending");
            assertTrue(page.messageOn("email").contains("A student's account cannot be made staff"),
                    page.messageOn("email"));
            assertTrue(roles(portal, "omar").contains("student") && !roles(portal, "omar").contains("attending"));
            // nor a platform admin's account, which the portal's service account may not even see
            page.invite("Ada", "Admin", "admin@externship-portal.test", "Coordinator");
            assertTrue(page.messageOn("email").contains("admin@externship-portal.test"), page.messageOn("email"));
            assertTrue(roles(portal, "admin").contains("platform-admin") && !roles(portal, "admin").contains("coordinator"));
            // a coordinator of one hospital only: an attending elsewhere joins only as an attending
            page.invite("Kim", "Novak", kim + "@example.org", "Coordinator");
            assertTrue(page.messageOn("email").contains("can join yours as an attending"), page.messageOn("email"));

            // a new attending: the account in Riverside's organization, the role, Keycloak's e-mail
            String ivy = "ivy.stone-" + unique + "@riverside.example";
            page.invite("Ivy", "Stone", ivy, "Attending");
            assertTrue(page.globalMessages().contains("Ivy Stone (" + ivy + ") is on your staff now"),
                    page.globalMessages());
            assertEquals("", page.valueOf("email"), "the form is ready for the next person");
            assertTrue(page.row(ivy).contains("Invited, not signed in yet"), page.row(ivy));
            UserRepresentation invited = portal.realm().users().searchByEmail(ivy, true).get(0);
            throwaway.add(invited.getId());
            assertEquals(List.of(RIVERSIDE), organizationsOf(portal, invited.getId()));
            List<String> ivysRoles = roles(portal, invited.getUsername());
            assertTrue(ivysRoles.contains("attending") && !ivysRoles.contains("student")
                    && !ivysRoles.contains("coordinator"), ivysRoles.toString());
            MimeMessage[] invitations = portal.mail().getReceivedMessagesForDomain(ivy);
            assertEquals(1, invitations.length, "one invitation e-mail");
            assertTrue(MailText.of(invitations[0]).contains(RIVERSIDE + " invites you to the Externship Portal as an"
                    + " attending."), MailText.of(invitations[0]));
            page.invite("Ivy", "Stone", ivy, "Attending");
            assertTrue(page.messageOn("email").contains("already on your staff"), page.messageOn("email"));
            // the invitation's link lapses after three days: the coordinator sends it again, as Riverside's
            assertFalse(page.hasButton("rita@riverside.example", "invite-again"), "Rita signed in: no invitation");
            page.click(ivy, "invite-again");
            assertTrue(page.globalMessages().contains("The invitation went to Ivy Stone again"), page.globalMessages());
            page.wait.until(d -> portal.mail().getReceivedMessagesForDomain(ivy).length == 2);
            assertTrue(MailText.of(portal.mail().getReceivedMessagesForDomain(ivy)[1]).contains(RIVERSIDE
                    + " invites you to the Externship Portal as an attending."), "the second invitation");

            // an attending of St. Mary's joins Riverside too, keeping their account; the portal tells them
            page.invite("Kim", "Novak", kim + "@example.org", "Attending");
            assertTrue(page.globalMessages().contains("Kim Novak"), page.globalMessages());
            assertEquals(List.of(RIVERSIDE, ST_MARYS), organizationsOf(portal, throwaway.get(1)));
            assertTrue(waitForMail(portal, kim + "@example.org").contains(RIVERSIDE + " added you to its staff"));
            // Kim has a password (St. Mary's invited them): nothing to send again, and the page says why
            page.click(kim + "@example.org", "invite-again");
            assertTrue(page.globalMessages().contains("Kim Novak has chosen a password already"),
                    page.globalMessages());
            assertEquals(1, portal.mail().getReceivedMessagesForDomain(kim + "@example.org").length,
                    "no invitation to choose a password");

            // deactivated: Dana's next request leads to the sign-in, where Keycloak refuses the account
            int activeStaff = Integer.parseInt(page.open("/coordinator/home.xhtml").text("staff-count"));
            page.show().click(dana + "@example.org", "deactivate");
            assertTrue(page.row(dana + "@example.org").contains("Deactivated"), page.row(dana + "@example.org"));
            assertFalse(portal.realm().users().get(throwaway.get(0)).toRepresentation().isEnabled());
            HttpResponse<String> next = danasSession.get("/attending/home.xhtml");
            assertFalse(next.body().contains("id=\"user-name\""), "Dana is signed out: " + next.uri());
            assertFalse(next.uri().getPath().startsWith("/attending"), "and not on her page: " + next.uri());
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> new PortalHttpSession(portal.baseUrl()).signIn("/attending/home.xhtml", dana, PASSWORD));
            assertTrue(refused.getMessage().toLowerCase().contains("disabled"), "Keycloak refuses the account");

            assertEquals(activeStaff - 1, Integer.parseInt(page.open("/coordinator/home.xhtml").text("staff-count")),
                    "the coordinator's home counts the active staff");

            // reactivated: Dana signs in again
            page.show().click(dana + "@example.org", "reactivate");
            String reactivated = page.row(dana + "@example.org");
            assertTrue(reactivated.contains("Active") && !reactivated.contains("Deactivated"), reactivated);
            assertTrue(new PortalHttpSession(portal.baseUrl()).signIn("/attending/home.xhtml", dana, PASSWORD)
                    .body().contains(RIVERSIDE));
        } finally {
            throwaway.forEach(id -> portal.realm().users().delete(id).close());
        }
    }

    /**
     * Keycloak says who has access to a hospital (an enabled account, a member of its organization, a staff role) and
     * the portal follows it: when the directory opens, and when a deactivated person signs in again. An administrator
     * who switches Lee's account off in Keycloak, then on, is followed on both sides (the calendar stops and starts
     * offering Lee); after the portal deactivates Lee, an administrator who gives the account and the membership back
     * is followed at Lee's next sign-in, before anyone opens the directory. What the portal ended stays ended by
     * anything less: Lee's account enabled again without the membership, or Kim, of two hospitals, deactivated at
     * Riverside while St. Mary's keeps her enabled account.
     */
    @Test
    void thePortalFollowsKeycloakAndADeactivationHoldsWhateverElseIsEnabled(WebDriver driver, RunningPortal portal)
            throws Exception {
        String unique = TestRun.id();
        List<String> throwaway = new ArrayList<>();
        try {
            String lee = "lee-" + unique;
            String leeId = portal.createUser(lee, PASSWORD, "Lee", "Park", "attending");
            throwaway.add(leeId);
            addToOrganization(portal, "riverside", leeId);
            assertTrue(new PortalHttpSession(portal.baseUrl()).signIn("/attending/home.xhtml", lee, PASSWORD).body()
                    .contains(RIVERSIDE));
            String kim = "kim-" + unique;
            String kimId = portal.createUser(kim, PASSWORD, "Kim", "Novak", "attending");
            throwaway.add(kimId);
            addToOrganization(portal, "riverside", kimId);
            addToOrganization(portal, "st-marys", kimId);
            PortalHttpSession kimsSession = new PortalHttpSession(portal.baseUrl());
            assertTrue(kimsSession.signIn("/attending/home.xhtml", kim, PASSWORD).body().contains(RIVERSIDE),
                    "she acts for Riverside first, which records her there");
            String leeMail = lee + "@example.org";
            String kimMail = kim + "@example.org";

            StaffPage page = new StaffPage(driver, portal);
            page.signIn("rita", "demo");
            page.show();
            assertTrue(page.row(leeMail).contains("Active"), page.row(leeMail));
            assertTrue(offeredOnCalendar(page).contains("Lee Park"));
            assertTrue(colleaguesOnHome(kimsSession).contains("Lee Park"), "a colleague on Kim's home page");

            // an administrator switches Lee off in Keycloak, then on again: the portal follows when the page opens
            enable(portal, leeId, false);
            page.show();
            assertTrue(page.row(leeMail).contains("Deactivated"), page.row(leeMail));
            assertFalse(offeredOnCalendar(page).contains("Lee Park"), "nor offered as a supervisor");
            assertFalse(colleaguesOnHome(kimsSession).contains("Lee Park"), "nor listed among Kim's colleagues");
            enable(portal, leeId, true);
            page.show();
            assertFalse(page.row(leeMail).contains("Deactivated"), page.row(leeMail));
            assertTrue(offeredOnCalendar(page).contains("Lee Park"));
            assertTrue(colleaguesOnHome(kimsSession).contains("Lee Park"));

            // an administrator takes Lee's staff role away, account and membership kept: no access, and the portal
            // follows as for the rest of Keycloak's rule; given back, active again (one page open, several people)
            RoleRepresentation attending = portal.realm().roles().get("attending").toRepresentation();
            portal.realm().users().get(leeId).roles().realmLevel().remove(List.of(attending));
            page.show();
            assertTrue(page.row(leeMail).contains("Deactivated"), page.row(leeMail));
            assertFalse(page.row(kimMail).contains("Deactivated"), page.row(kimMail));
            assertFalse(page.row("rita@riverside.example").contains("Deactivated"));
            portal.realm().users().get(leeId).roles().realmLevel().add(List.of(attending));
            page.show();
            assertFalse(page.row(leeMail).contains("Deactivated"), page.row(leeMail));

            // the portal deactivates Lee; an administrator gives account and membership back; Lee signs in
            page.show().click(leeMail, "deactivate");
            assertTrue(page.row(leeMail).contains("Deactivated"), page.row(leeMail));
            assertEquals(List.of(), organizationsOf(portal, leeId), "Lee left Riverside's organization");
            enable(portal, leeId, true);
            addToOrganization(portal, "riverside", leeId);
            assertFalse(offeredOnCalendar(page).contains("Lee Park"), "nobody has opened the directory or signed in");
            assertTrue(new PortalHttpSession(portal.baseUrl()).signIn("/attending/home.xhtml", lee, PASSWORD).body()
                    .contains(RIVERSIDE));
            assertTrue(offeredOnCalendar(page).contains("Lee Park"), "Lee's sign-in brought the entry back");

            // deactivated again: an enabled account alone gives nothing back, in Keycloak or in the portal
            page.show().click(leeMail, "deactivate");
            enable(portal, leeId, true);
            String leesHome = new PortalHttpSession(portal.baseUrl()).signIn("/attending/home.xhtml", lee, PASSWORD)
                    .body();
            assertFalse(leesHome.contains(RIVERSIDE), "Lee signs in to no hospital");
            page.show();
            assertTrue(page.row(leeMail).contains("Deactivated"), page.row(leeMail));

            // Kim, deactivated at Riverside, keeps St. Mary's and her enabled account; Riverside stays closed to her
            page.click(kimMail, "deactivate");
            assertTrue(portal.realm().users().get(kimId).toRepresentation().isEnabled(), "St. Mary's keeps her");
            assertEquals(List.of(ST_MARYS), organizationsOf(portal, kimId));
            String kimsHome = new PortalHttpSession(portal.baseUrl()).signIn("/attending/home.xhtml", kim, PASSWORD)
                    .body();
            assertTrue(kimsHome.contains(ST_MARYS) && !kimsHome.contains(RIVERSIDE), "St. Mary's only");
            page.show();
            assertTrue(page.row(kimMail).contains("Deactivated"), page.row(kimMail));
            assertFalse(offeredOnCalendar(page).contains("Kim Novak"));
        } finally {
            throwaway.forEach(id -> portal.realm().users().delete(id).close());
        }
    }

    /**
     * Issue 10, follow-up: inviting the address of an account that is switched off. One that belongs to no hospital
     * (its last one deactivated it) joins and is switched on again, for the inviting hospital only, and the coordinator
     * is told so: the entry is active, also once the page follows Keycloak again, and the person signs in to this
     * hospital. One switched off while it still belongs to another hospital (an administrator's doing) is refused with
     * the reason, and nothing changes in Keycloak or the directory.
     */
    @Test
    void aSwitchedOffAccountIsInvitedBackForThisHospitalOnlyOrRefusedWithTheReason(WebDriver driver,
                                                                                   RunningPortal portal)
            throws Exception {
        String unique = TestRun.id();
        List<String> throwaway = new ArrayList<>();
        try {
            String ex = "ex-" + unique;
            String exId = portal.createUser(ex, PASSWORD, "Eli", "Moss", "attending");
            throwaway.add(exId);
            enable(portal, exId, false);
            String held = "held-" + unique;
            String heldId = portal.createUser(held, PASSWORD, "Hana", "Cole", "attending");
            throwaway.add(heldId);
            addToOrganization(portal, "st-marys", heldId);
            enable(portal, heldId, false);

            StaffPage page = new StaffPage(driver, portal);
            page.signIn("rita", "demo");
            page.show();
            page.invite("Eli", "Moss", ex + "@example.org", "Attending");
            assertTrue(page.globalMessages().contains("switched on again, for your hospital only"),
                    page.globalMessages());
            assertTrue(portal.realm().users().get(exId).toRepresentation().isEnabled());
            assertEquals(List.of(RIVERSIDE), organizationsOf(portal, exId));
            page.show();
            assertFalse(page.row(ex + "@example.org").contains("Deactivated"), page.row(ex + "@example.org"));
            assertTrue(new PortalHttpSession(portal.baseUrl()).signIn("/attending/home.xhtml", ex, PASSWORD).body()
                    .contains(RIVERSIDE), "Eli signs in with the password they had");

            page.invite("Hana", "Cole", held + "@example.org", "Attending");
            assertTrue(page.messageOn("email").contains("switched off while it still belongs to another hospital"),
                    page.messageOn("email"));
            assertFalse(portal.realm().users().get(heldId).toRepresentation().isEnabled(), "still switched off");
            assertEquals(List.of(ST_MARYS), organizationsOf(portal, heldId), "and not in Riverside");
            page.show();
            assertFalse(page.lists(held + "@example.org"), "no entry");
        } finally {
            throwaway.forEach(id -> portal.realm().users().delete(id).close());
        }
    }

    /** The colleagues an attending's home page lists (the table's text), in the session given. */
    private static String colleaguesOnHome(PortalHttpSession session) throws Exception {
        String home = session.get("/attending/home.xhtml").body();
        int table = home.indexOf("id=\"colleagues\"");
        assertTrue(table >= 0, "the home page has its colleagues");
        return home.substring(table);
    }

    /** The attendings the coordinator's calendar offers to filter by: the portal's active attendings. */
    private static List<String> offeredOnCalendar(PortalPage page) {
        page.open("/coordinator/calendar.xhtml");
        return page.wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(
                        By.cssSelector("[id='calendar-form:attending'] option"))).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    /** As an administrator in Keycloak's console: switches the account on or off. */
    private static void enable(RunningPortal portal, String userId, boolean enabled) {
        var user = portal.realm().users().get(userId);
        UserRepresentation changed = user.toRepresentation();
        changed.setEnabled(enabled);
        user.update(changed);
    }

    /**
     * Nadia Patel (demo layer) teaches at both demo hospitals: she acts for one, sees its colleagues only, switches
     * to the other from the header, and stays there on every page. A hospital that is not hers is refused.
     */
    @Test
    void anAttendingOfTwoHospitalsSwitchesWithoutSigningOut(WebDriver driver, RunningPortal portal) {
        PortalPage page = new PortalPage(driver, portal).signIn("patel", "demo");
        assertEquals("/attending/home.xhtml", page.path());
        assertTrue(page.userMeta().contains(RIVERSIDE), page.userMeta());
        assertTrue(page.text("colleagues").contains("Wei Chen"), page.text("colleagues"));
        assertFalse(page.text("colleagues").contains("Henry Baker"), "St. Mary's staff are not Riverside's");

        String foreign = "stranger-" + TestRun.id();
        assertEquals(403, switchTo(driver, foreign), "a hospital that is not hers is refused");
        assertEquals(403, switchTo(driver, "st-marys' or '1'='1"), "so is anything made up");

        driver.findElement(By.id("switch-to-st-marys")).click();
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-meta"), ST_MARYS));
        assertEquals("/attending/home.xhtml", page.path());
        assertTrue(page.text("colleagues").contains("Henry Baker"), page.text("colleagues"));
        assertFalse(page.text("colleagues").contains("Wei Chen"), "Riverside's staff are not St. Mary's");
        page.open("/attending/placements.xhtml");
        assertTrue(page.userMeta().contains(ST_MARYS), "every page names the hospital she acts for");
        assertTrue(page.has("switch-to-riverside"), "and she can switch back");
    }

    /** Posts the header's switch form with another hospital, as a forged request would; answers the status. */
    private static long switchTo(WebDriver driver, String hospital) {
        return (Long) ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "var form = document.querySelector('form.switch-hospital');"
                        + "var data = new URLSearchParams(new FormData(form)); data.set('hospital', arguments[0]);"
                        + "fetch(form.action, {method: 'POST', body: data, redirect: 'manual'})"
                        + ".then(function (r) { done(r.status); });", hospital);
    }

    private static void addToOrganization(RunningPortal portal, String alias, String userId) {
        portal.realm().organizations().get(organization(portal, alias).getId()).members().addMember(userId).close();
    }

    private static OrganizationRepresentation organization(RunningPortal portal, String alias) {
        return portal.realm().organizations().getAll().stream().filter(o -> alias.equals(o.getAlias())).findFirst()
                .orElseThrow(() -> new AssertionError("no Keycloak organization " + alias));
    }

    private static List<String> organizationsOf(RunningPortal portal, String userId) {
        return portal.realm().organizations().members().getOrganizations(userId, true).stream()
                .map(OrganizationRepresentation::getName).sorted().toList();
    }

    private static List<String> roles(RunningPortal portal, String username) {
        String id = portal.realm().users().searchByUsername(username, true).get(0).getId();
        return portal.realm().users().get(id).roles().realmLevel().listEffective().stream()
                .map(RoleRepresentation::getName).toList();
    }

    private static String waitForMail(RunningPortal portal, String to) {
        return new FluentWait<>(portal).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(200))
                .withMessage("an e-mail to " + to).until(p -> {
                    MimeMessage[] mails = p.mail().getReceivedMessagesForDomain(to);
                    return mails.length == 0 ? null : MailText.of(mails[mails.length - 1]);
                });
    }
}
