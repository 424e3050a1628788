package org.externship.portal.browser;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform admin onboards a hospital: it appears in the portal and as a Keycloak organization, its first
 * coordinator is invited by e-mail. A Keycloak failure midway leaves nothing behind and says so.
 */
@ExtendWith(PortalExtension.class)
class OnboardingIT {

    @Test
    void onboardedHospitalExistsInThePortalAndInKeycloakAndItsCoordinatorIsInvited(WebDriver driver,
                                                                                  RunningPortal portal)
            throws Exception {
        String alias = "lakeside-" + UUID.randomUUID().toString().substring(0, 8);
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
    }

    @Test
    void keycloakRefusingTheCoordinatorLeavesNothingHalfCreated(WebDriver driver, RunningPortal portal) {
        String alias = "brookfield-" + UUID.randomUUID().toString().substring(0, 8);
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
