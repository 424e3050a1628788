package org.externship.portal.identity.security;

import org.junit.jupiter.api.Test;

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
}
