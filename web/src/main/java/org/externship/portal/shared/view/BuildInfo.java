package org.externship.portal.shared.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What build of the portal is running ({@code build.properties}, filled in by Maven). OmniFaces'
 * {@code VersionedResourceHandler} puts the version into the URLs of the portal's own style sheets and scripts
 * (web.xml), so a browser that cached them for a week fetches the new ones after a release.
 */
@Named
@ApplicationScoped
public class BuildInfo {

    private String version;

    @PostConstruct
    void read() {
        Properties build = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/org/externship/portal/web/build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        version = build.getProperty("version", "development");
    }

    public String getVersion() {
        return version;
    }
}
