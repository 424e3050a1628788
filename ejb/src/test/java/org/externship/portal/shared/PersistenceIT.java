package org.externship.portal.shared;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import org.externship.portal.identity.boundary.Onboarding;
import org.externship.portal.identity.boundary.OnboardingRequest;
import org.externship.portal.identity.control.KeycloakException;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.identity.entity.StaffRole;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.tenant.boundary.HospitalDetails;
import org.externship.portal.tenant.boundary.HospitalSummary;
import org.externship.portal.tenant.boundary.Hospitals;
import org.externship.portal.tenant.boundary.OnboardingFailedException;
import org.externship.portal.tenant.entity.Hospital;
import org.externship.portal.tenant.entity.HospitalType;
import org.externship.portal.testing.AsPlatformAdmin;
import org.externship.portal.testing.TestData;
import org.externship.portal.testing.Unique;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database under the portal, on H2 and on PostgreSQL alike: Flyway's schema, rows that come back as they were
 * written, and onboarding that leaves no hospital behind when it fails (invalid input, Keycloak unreachable, alias
 * taken). The test run points the portal at a Keycloak that does not answer (PORTAL_KEYCLOAK_URL in ejb/pom.xml).
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Inject
    Hospitals hospitals;

    @Inject
    Onboarding onboarding;

    @Inject
    TestData data;

    @Inject
    AsPlatformAdmin asPlatformAdmin;

    @Test
    void flywayAppliedTheFirstMigration() {
        assertTrue(data.appliedMigrations().contains("1"), "applied: " + data.appliedMigrations());
    }

    @Test
    void thePostgreSqlOnlyMigrationsRunOnPostgreSqlAlone() throws Exception {
        assertEquals(data.onPostgreSql(), data.appliedMigrations().contains("7.1"),
                "the trigram index of the search text: " + data.appliedMigrations());
    }

    @Test
    void hospitalAndStaffComeBackAsWritten() throws Exception {
        String alias = Unique.alias("trip");
        Hospital written = data.hospital(alias);
        StaffMember member = data.staff(alias, StaffRole.ATTENDING, Unique.name("Zoe Trip"));

        HospitalSummary listed = asPlatformAdmin.call(hospitals::all).stream()
                .filter(h -> h.alias().equals(alias))
                .findFirst()
                .orElseThrow(() -> new AssertionError(alias + " not listed"));
        Hospital read = data.hospitalByAlias(alias).orElseThrow();
        StaffMember readMember = data.staffMember(alias, member.id()).orElseThrow();

        assertEquals(new HospitalSummary(written.id(), alias, "Hospital " + alias, HospitalType.TEACHING_HOSPITAL,
                "Springfield", "IL", alias + ".example", written.createdAt()), listed);
        assertEquals(written.createdAt(), read.createdAt());
        assertNull(read.keycloakOrganizationId());
        assertEquals(member.fullName(), readMember.fullName());
        assertEquals(member.email(), readMember.email());
        assertEquals(StaffRole.ATTENDING, readMember.role());
        assertEquals("Attending physician", readMember.title());
        assertEquals("Internal medicine", readMember.specialty());
        assertNull(readMember.lastSignInAt());
        assertEquals(alias, data.storedTenantOf(alias, member.id()), "the tenant column is the hospital's alias");
    }

    @Test
    void invalidOnboardingIsRefusedNamingTheBadFields() {
        String alias = Unique.alias("bad");
        OnboardingRequest invalid = new OnboardingRequest(alias,
                new HospitalDetails(" ", HospitalType.CLINIC, "Albany", "New York"),
                "not a domain", "Olga", "", "olga-at-nowhere");

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> asPlatformAdmin.call(() -> onboarding.onboard(invalid)));
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> asPlatformAdmin.call(() -> onboarding.onboard(null)));

        Map<String, String> messages = refused.violations().stream()
                .collect(Collectors.toMap(v -> field(v.getPropertyPath()), ConstraintViolation::getMessage));
        assertEquals(Set.of("details.name", "details.state", "emailDomain", "coordinatorLastName",
                "coordinatorEmail"), messages.keySet());
        assertEquals("Use the two-letter state code, for example NY.", messages.get("details.state"));
        assertEquals("Enter an e-mail domain such as stmarys.org.", messages.get("emailDomain"));
        assertEquals(1, missing.violations().size());
        assertTrue(data.hospitalByAlias(alias).isEmpty(), "an invalid request wrote hospital " + alias);
    }

    @Test
    void onboardingWithoutKeycloakLeavesNoHospital() {
        String alias = Unique.alias("nokc");

        OnboardingFailedException failed = assertThrows(OnboardingFailedException.class,
                () -> asPlatformAdmin.call(() -> onboarding.onboard(request(alias))));

        assertEquals("onboarding.keycloakFailed", failed.messageKey());
        assertArrayEquals(new Object[] {"create organization"}, failed.arguments());
        KeycloakException cause = assertInstanceOf(KeycloakException.class, failed.getCause());
        assertEquals(0, cause.status(), "Keycloak should have been unreachable, not answering");
        assertTrue(data.hospitalByAlias(alias).isEmpty(), "hospital " + alias + " left behind");
    }

    @Test
    void onboardingWithTakenAliasIsRefused() {
        String alias = Unique.alias("taken");
        Hospital existing = data.hospital(alias);

        OnboardingFailedException failed = assertThrows(OnboardingFailedException.class,
                () -> asPlatformAdmin.call(() -> onboarding.onboard(request(alias))));

        assertEquals("onboarding.aliasTaken", failed.messageKey());
        assertArrayEquals(new Object[] {alias}, failed.arguments());
        Hospital after = data.hospitalByAlias(alias).orElseThrow();
        assertEquals(existing.id(), after.id());
        assertEquals(existing.name(), after.name());
        assertEquals(existing.emailDomain(), after.emailDomain());
    }

    /** The field a violation names, without the method and parameter: "details.state". */
    private static String field(Path path) {
        List<String> names = StreamSupport.stream(path.spliterator(), false)
                .filter(node -> node.getKind() == jakarta.validation.ElementKind.PROPERTY)
                .map(Path.Node::getName)
                .toList();
        return String.join(".", names);
    }

    private static OnboardingRequest request(String alias) {
        return new OnboardingRequest(alias,
                new HospitalDetails("Hospital " + alias, HospitalType.TEACHING_HOSPITAL, "Albany", "NY"),
                alias + ".example", "Olga", "Owner", "olga@" + alias + ".example");
    }
}
