package org.externship.portal.shared.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Redirects resolve against the configured base URL, whatever host the request claimed. */
class BaseUrlRedirectFilterTest {

    private static final String BASE = "https://portal.example.org";

    @Test
    void aPathFromTheRootGoesToTheBaseUrl() {
        assertEquals(BASE + "/home", BaseUrlRedirectFilter.absolute(BASE, "/callback", "/home"));
    }

    @Test
    void aRelativePathResolvesAgainstTheRequestedPage() {
        assertEquals(BASE + "/student/application.xhtml?id=3",
                BaseUrlRedirectFilter.absolute(BASE + "/", "/student/apply.xhtml", "application.xhtml?id=3"));
    }

    @Test
    void anAbsoluteTargetStaysAsItIs() {
        String keycloak = "http://localhost:8180/realms/externship-portal/protocol/openid-connect/logout?x=1";
        assertEquals(keycloak, BaseUrlRedirectFilter.absolute(BASE, "/signout", keycloak));
    }
}
