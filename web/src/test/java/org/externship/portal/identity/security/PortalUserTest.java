package org.externship.portal.identity.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortalUserTest {

    private static PortalUser with(String... roles) {
        PortalUser user = new PortalUser();
        user.signIn("subject", "Name", "name@example.org", Set.of(roles));
        return user;
    }

    @Test
    void eachRoleHasItsHomePage() {
        assertEquals("/student/home.xhtml", with("student").homePath());
        assertEquals("/attending/home.xhtml", with("attending").homePath());
        assertEquals("/coordinator/home.xhtml", with("coordinator").homePath());
        assertEquals("/admin/home.xhtml", with("platform-admin").homePath());
    }

    @Test
    void aCoordinatorWhoAlsoAttendsStartsAsCoordinator() {
        PortalUser user = with("attending", "coordinator");
        assertEquals("coordinator", user.getPrimaryRole());
        assertTrue(user.isStaff());
    }

    @Test
    void anAccountWithoutAPortalRoleHasNoHome() {
        PortalUser user = with("offline_access");
        assertNull(user.homePath());
        assertFalse(user.isStaff());
    }

    @Test
    void everySignInGetsItsOwnSignOutToken() {
        PortalUser first = with("student");
        PortalUser second = with("student");
        assertTrue(first.getSignOutToken().length() >= 32);
        assertNotEquals(first.getSignOutToken(), second.getSignOutToken());
    }

    /** People (issue 10): someone in two hospitals acts for the first, and switches only to one of theirs. */
    @Test
    void aMemberOfTwoHospitalsSwitchesOnlyToOneOfTheirs() {
        PortalUser user = with("attending");
        user.belongTo(List.of(new PortalUser.Hospital("riverside", "Riverside"),
                new PortalUser.Hospital("st-marys", "St. Mary's")));
        assertEquals("riverside", user.getHospitalAlias());
        assertTrue(user.isInSeveralHospitals());

        assertTrue(user.actFor("st-marys"));
        assertEquals("St. Mary's", user.getHospitalName());
        for (String notTheirs : new String[] {"lakeside", "", null, "st-marys "}) {
            assertFalse(user.actFor(notTheirs), String.valueOf(notTheirs));
            assertEquals("st-marys", user.getHospitalAlias(), "a refused switch changes nothing");
        }
        user.signIn("subject", "Name", "name@example.org", Set.of("attending"));
        assertNull(user.getHospitalAlias(), "a new sign-in starts from its own token");
        assertFalse(user.isInSeveralHospitals());
    }

    @Test
    void onlyThisSessionsTokenIsAccepted() {
        PortalUser user = with("attending");
        assertTrue(user.sentSessionToken(user.getSignOutToken()));
        assertFalse(user.sentSessionToken(with("attending").getSignOutToken()));
        assertFalse(user.sentSessionToken(null));
    }
}
