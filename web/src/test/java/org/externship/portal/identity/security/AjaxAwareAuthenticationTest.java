package org.externship.portal.identity.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AjaxAwareAuthenticationTest {

    @Test
    void escapesTheRedirectAddressForXml() {
        assertEquals("https://kc/auth?a=1&amp;b=&quot;2&quot;&lt;&gt;",
                AjaxAwareAuthentication.PartialResponseRedirect.escape("https://kc/auth?a=1&b=\"2\"<>"));
    }
}
