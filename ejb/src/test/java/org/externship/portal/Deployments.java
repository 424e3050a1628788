package org.externship.portal;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

import java.io.File;
import java.nio.file.Path;

/**
 * The test deployment of the EJB module: a WAR, the form Payara Micro runs (it cannot deploy an EAR). It carries
 * whole feature packages of the portal (and, being under the same root package, the helpers of
 * {@code org.externship.portal.testing}), the module's own resources, and the libraries the module ships with
 * (Flyway, the PostgreSQL driver, the Keycloak admin client), resolved from {@code ejb/pom.xml}.
 */
public final class Deployments {

    private static final Path MAIN_RESOURCES = Path.of("src", "main", "resources");
    private static final Path TEST_RESOURCES = Path.of("src", "test", "resources");

    private Deployments() {
    }

    /**
     * The deployment of every in-container test class of a run: the suite extension (arquillian.xml) deploys it once,
     * on one Payara Micro, and runs each class against it, instead of booting a Micro per class. The data of a run is
     * shared anyway (one database per run), so each test makes its own hospitals, people and externships.
     */
    @Deployment
    public static WebArchive suite() {
        return portal();
    }

    private static WebArchive portal() {
        return ShrinkWrap.create(WebArchive.class, "portal.war")
                .addPackages(true, "org.externship.portal")
                .addAsResource(main("META-INF/persistence.xml"), "META-INF/persistence.xml")
                .addAsResource(main("META-INF/microprofile-config.properties"),
                        "META-INF/microprofile-config.properties")
                .addAsResource(main("ValidationMessages.properties"), "ValidationMessages.properties")
                .addAsResource(main("db/migration"), "db/migration")
                .addAsResource(main("db/vendor"), "db/vendor")
                .addAsResource(main("org"), "org")
                .addAsWebInfResource(main("META-INF/beans.xml"), "beans.xml")
                .addAsWebInfResource(test("deployment/glassfish-web.xml"), "glassfish-web.xml")
                .addAsLibraries(runtimeLibraries());
    }

    /** The module's compile and runtime dependencies (the server provides the rest), as the EAR would carry them. */
    private static File[] runtimeLibraries() {
        return Maven.resolver()
                .loadPomFromFile("pom.xml")
                .importCompileAndRuntimeDependencies()
                .resolve()
                .withTransitivity()
                .asFile();
    }

    private static File main(String path) {
        return existing(MAIN_RESOURCES.resolve(path).toFile());
    }

    private static File test(String path) {
        return existing(TEST_RESOURCES.resolve(path).toFile());
    }

    private static File existing(File file) {
        if (!file.exists()) {
            throw new IllegalStateException(file.getAbsolutePath() + " not found: run the tests from ejb/");
        }
        return file;
    }
}
