package org.externship.portal.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The EAR the {@code ear} module builds (EJB module + web module at context root /), deployed as it is on a full
 * Payara Server, and used as a browser would: the landing page renders through the web module, the EJB boundary,
 * JPA and the Flyway-migrated database; the security filter adds its headers; role-protected pages stay closed.
 * ear/pom.xml prepares the server and its domain (ports, the portal's settings); arquillian.xml points here.
 */
@ExtendWith(ArquillianExtension.class)
class EarOnPayaraServerIT {

    private static final Pattern LANDING_TITLE = Pattern.compile(
            "<h1 id=\"landing-title\">\\s*Find the externship that gets you to the Match\\s*</h1>");
    private static final Pattern HOSPITAL_COUNT = Pattern.compile(
            "<p\\b[^>]*\\bid=\"hospital-count\"[^>]*>(.*?)</p>", Pattern.DOTALL);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @ArquillianResource
    URL portal;

    @Deployment(testable = false)
    static EnterpriseArchive portalEar() {
        File ear = new File(System.getProperty("portal.ear", "target/portal.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException(ear.getAbsolutePath() + " is missing: build the ear module first");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    @Test
    void landingPageRendersThroughTheEjbModuleAndTheMigratedDatabase() throws Exception {
        assertEquals("/", portal.getPath(), "the web module's context root");
        HttpResponse<String> response = get("");

        assertEquals(200, response.statusCode(), () -> "GET / " + seeServerLog(response));
        String page = response.body();
        assertTrue(LANDING_TITLE.matcher(page).find(), () -> "no landing title in " + page);
        Matcher count = HOSPITAL_COUNT.matcher(page);
        assertTrue(count.find(), () -> "no hospital count in " + page);
        // LandingView -> Hospitals (EJB, portal-ejb.jar) -> JPA -> the schema Flyway made in an empty database
        assertEquals("No hospital hosts externships here yet.", count.group(1).strip());

        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertFalse(policies.isEmpty(), () -> "no Content-Security-Policy in " + response.headers().map());
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")),
                () -> "the portal's own policy is missing: " + policies);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));

        // the settings reached the server: the database is the one the test domain names, not ~/.externship-portal
        Path database = Path.of(System.getProperty("ear.it.data.dir"), "db", "portal.mv.db");
        assertTrue(Files.isRegularFile(database), () -> database + " was not created: " + seeServerLog(response));
    }

    @Test
    void coordinatorPagesAreNotServedAnonymously() throws Exception {
        HttpResponse<String> response = get("coordinator/home.xhtml");
        // Keycloak is not running here, so the OpenID Connect mechanism cannot fetch the provider's metadata and the
        // server answers 500 (with Keycloak it would redirect there): either way the page is not served
        assertNotEquals(200, response.statusCode(), () -> "served anonymously: " + response.body());
        // a 404 would mean the page is not there at all, which proves nothing about its protection
        assertNotEquals(404, response.statusCode(), () -> "GET /coordinator/home.xhtml " + seeServerLog(response));
    }

    /** GET a path relative to the web module's root, without following redirects. */
    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create(portal.toExternalForm()).resolve(path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String seeServerLog(HttpResponse<String> response) {
        return "answered " + response.statusCode() + "; see " + System.getProperty("ear.it.serverLog")
                + "\n" + response.body();
    }
}
