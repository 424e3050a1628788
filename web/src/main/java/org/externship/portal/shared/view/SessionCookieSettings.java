package org.externship.portal.shared.view;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is {@code Secure} when the portal is served over HTTPS (its base URL says so), so a browser
 * never sends it over plain HTTP. {@code HttpOnly} and {@code SameSite=Lax} come from web.xml.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String baseUrl = ConfigProvider.getConfig().getOptionalValue("portal.base-url", String.class).orElse("");
        event.getServletContext().getSessionCookieConfig().setSecure(SecurityHeadersFilter.isHttps(baseUrl));
    }
}
