package org.externship.portal.identity;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.externship.portal.identity.boundary.Onboarding;
import org.externship.portal.identity.boundary.OnboardingRequest;
import org.externship.portal.identity.boundary.StaffDirectory;
import org.externship.portal.identity.boundary.StaffInvitation;
import org.externship.portal.identity.boundary.StaffMemberDto;
import org.externship.portal.identity.boundary.StaffProfile;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.identity.entity.StaffRole;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.tenant.boundary.HospitalDetails;
import org.externship.portal.tenant.boundary.HospitalSummary;
import org.externship.portal.tenant.boundary.Hospitals;
import org.externship.portal.tenant.boundary.OnboardingFailedException;
import org.externship.portal.tenant.entity.Hospital;
import org.externship.portal.tenant.entity.HospitalType;
import org.externship.portal.testing.AsAttending;
import org.externship.portal.testing.AsCoordinator;
import org.externship.portal.testing.AsPlatformAdmin;
import org.externship.portal.testing.AsStudent;
import org.externship.portal.testing.StaffedHospital;
import org.externship.portal.testing.TestData;
import org.externship.portal.testing.Unique;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every boundary method refuses the roles it does not name with {@link EJBAccessException} (and changes nothing),
 * lets the roles it names through, and refuses an anonymous caller; only the hospital count is public.
 */
@ExtendWith(ArquillianExtension.class)
class RoleChecksIT {

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser currentUser;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    Hospitals hospitals;

    @Inject
    Onboarding onboarding;

    @Inject
    TestData data;

    @Inject
    AsStudent asStudent;

    @Inject
    AsAttending asAttending;

    @Inject
    AsCoordinator asCoordinator;

    @Inject
    AsPlatformAdmin asPlatformAdmin;

    @Test
    void studentIsRefusedEveryStaffAndAdminMethod() {
        StaffedHospital a = data.staffedHospital("a");
        String newAlias = Unique.alias("new");
        actFor(a, UUID.randomUUID().toString());

        assertRefused("a student", asStudent::call, calls(a, newAlias),
                "StaffDirectory.list", "StaffDirectory.colleagues", "StaffDirectory.directory", "StaffDirectory.find", "StaffDirectory.describe",
                "StaffDirectory.remove", "StaffDirectory.recordSignIn", "StaffDirectory.invite",
                "StaffDirectory.deactivate", "StaffDirectory.reactivate", "StaffDirectory.inviteAgain", "Hospitals.all", "Onboarding.onboard",
                "Hospitals.register", "Hospitals.linkOrganization", "Hospitals.mine", "Hospitals.describeMine");

        assertUnchanged(a, newAlias);
    }

    @Test
    void attendingIsRefusedChangesAndAdministration() {
        StaffedHospital a = data.staffedHospital("a");
        String newAlias = Unique.alias("new");
        actFor(a, a.attending().keycloakUserId());

        assertRefused("an attending", asAttending::call, calls(a, newAlias),
                "StaffDirectory.list", "StaffDirectory.directory", "StaffDirectory.describe", "StaffDirectory.remove",
                "StaffDirectory.invite", "StaffDirectory.deactivate", "StaffDirectory.reactivate", "StaffDirectory.inviteAgain",
                "Hospitals.describeMine", "Hospitals.all", "Onboarding.onboard", "Hospitals.register",
                "Hospitals.linkOrganization");

        assertUnchanged(a, newAlias);
    }

    @Test
    void coordinatorIsRefusedPlatformAdministration() {
        StaffedHospital a = data.staffedHospital("a");
        String newAlias = Unique.alias("new");
        actFor(a, a.coordinator().keycloakUserId());

        assertRefused("a coordinator", asCoordinator::call, calls(a, newAlias), "Hospitals.all", "Onboarding.onboard",
                "Hospitals.register", "Hospitals.linkOrganization");

        assertUnchanged(a, newAlias);
    }

    @Test
    void platformAdminIsRefusedHospitalStaffMethods() {
        StaffedHospital a = data.staffedHospital("a");
        String newAlias = Unique.alias("new");
        actFor(a, UUID.randomUUID().toString());

        assertRefused("the platform admin", asPlatformAdmin::call, calls(a, newAlias),
                "StaffDirectory.list", "StaffDirectory.colleagues", "StaffDirectory.directory", "StaffDirectory.find", "StaffDirectory.describe",
                "StaffDirectory.remove", "StaffDirectory.recordSignIn", "StaffDirectory.invite",
                "StaffDirectory.deactivate", "StaffDirectory.reactivate", "StaffDirectory.inviteAgain", "Hospitals.mine", "Hospitals.describeMine");

        assertUnchanged(a, newAlias);
    }

    @Test
    void anonymousCallerIsRefusedEverythingButTheCount() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        String newAlias = Unique.alias("new");
        // even with a hospital and a user set (a forged request scope), no role means no access
        actFor(a, a.coordinator().keycloakUserId());

        Map<String, Callable<?>> calls = calls(a, newAlias);
        assertRefused("an anonymous caller", Callable::call, calls, calls.keySet().toArray(String[]::new));

        assertUnchanged(a, newAlias);
        assertTrue(hospitals.count() >= 1);
    }

    @Test
    void coordinatorMayUseEveryStaffAndOwnHospitalMethod() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        actFor(a, a.coordinator().keycloakUserId());

        List<StaffMemberDto> listed = asCoordinator.call(staffDirectory::list);
        List<StaffMemberDto> colleagues = asCoordinator.call(staffDirectory::colleagues);
        StaffMemberDto found = asCoordinator.call(() -> staffDirectory.find(a.attending().id()));
        StaffMemberDto described = asCoordinator.call(
                () -> staffDirectory.describe(a.attending().id(), new StaffProfile("Chief resident", "Cardiology")));
        asCoordinator.call(() -> {
            staffDirectory.remove(a.otherAttending().id());
            return null;
        });
        StaffMemberDto signedIn = asCoordinator.call(staffDirectory::recordSignIn);
        HospitalSummary mine = asCoordinator.call(hospitals::mine);
        HospitalSummary describedHospital = asCoordinator.call(() -> hospitals.describeMine(
                new HospitalDetails("Renamed " + a.alias(), HospitalType.COMMUNITY_HOSPITAL, "Peoria", "IL")));

        assertEquals(3, listed.size());
        assertEquals(3, colleagues.size());
        assertEquals(a.attending().fullName(), found.fullName());
        assertEquals("Cardiology", described.specialty());
        assertTrue(data.staffMember(a.alias(), a.otherAttending().id()).isEmpty(), "remove left the row");
        assertEquals(a.coordinator().id(), signedIn.id());
        assertNotNull(signedIn.lastSignInAt());
        assertEquals(a.alias(), mine.alias());
        assertEquals("Renamed " + a.alias(), describedHospital.name());
        assertEquals("Renamed " + a.alias(), data.hospitalByAlias(a.alias()).orElseThrow().name());
    }

    @Test
    void attendingMayReadStaffAndOwnHospitalAndSignIn() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        actFor(a, a.attending().keycloakUserId());

        List<StaffMemberDto> listed = asAttending.call(staffDirectory::colleagues);
        StaffMemberDto found = asAttending.call(() -> staffDirectory.find(a.coordinator().id()));
        StaffMemberDto signedIn = asAttending.call(staffDirectory::recordSignIn);
        HospitalSummary mine = asAttending.call(hospitals::mine);

        assertEquals(a.staffIds(), listed.stream().map(StaffMemberDto::id).collect(Collectors.toSet()));
        assertEquals(a.coordinator().fullName(), found.fullName());
        assertEquals(a.attending().id(), signedIn.id());
        assertEquals(StaffRole.ATTENDING, signedIn.role());
        assertEquals(a.alias(), mine.alias());
    }

    @Test
    void platformAdminMayListAndOnboardHospitals() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        String newAlias = Unique.alias("new");

        List<String> aliases = asPlatformAdmin.call(hospitals::all).stream().map(HospitalSummary::alias).toList();
        // onboarding passes the role check and reaches Keycloak, which the tests leave unreachable
        OnboardingFailedException failed = assertThrows(OnboardingFailedException.class,
                () -> asPlatformAdmin.call(() -> onboarding.onboard(onboardingRequest(newAlias))));

        assertTrue(aliases.containsAll(List.of(a.alias(), b.alias())), "all() misses a hospital");
        assertEquals("onboarding.keycloakFailed", failed.messageKey());
    }

    @Test
    void anyoneMayCountHospitals() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        data.staffedHospital("b");
        actFor(a, a.coordinator().keycloakUserId());

        // hospitals are never deleted, but another test run may add some meanwhile: every count lies between the
        // number listed before and after (all equal when nobody else writes)
        long listedBefore = asPlatformAdmin.call(hospitals::all).size();
        List<Long> counts = List.of(hospitals.count(), asStudent.call(hospitals::count),
                asAttending.call(hospitals::count), asCoordinator.call(hospitals::count),
                asPlatformAdmin.call(hospitals::count));
        long listedAfter = asPlatformAdmin.call(hospitals::all).size();

        assertTrue(listedBefore >= 2, "all() misses the two new hospitals");
        assertAll(counts.stream().map(count -> (Executable) () -> assertTrue(
                listedBefore <= count && count <= listedAfter,
                "counted " + counts + " while " + listedBefore + " to " + listedAfter + " were listed")));
    }

    /** Runs a boundary call as some role (an {@code As*} bean) or as nobody. */
    @FunctionalInterface
    interface Caller {
        Object call(Callable<?> action) throws Exception;
    }

    /** Every boundary method except the public count, named "Boundary.method", called on hospital {@code a}. */
    private Map<String, Callable<?>> calls(StaffedHospital a, String newAlias) {
        long id = a.attending().id();
        Map<String, Callable<?>> calls = new LinkedHashMap<>();
        calls.put("StaffDirectory.list", staffDirectory::list);
        calls.put("StaffDirectory.colleagues", staffDirectory::colleagues);
        calls.put("StaffDirectory.directory", staffDirectory::directory);
        calls.put("StaffDirectory.find", () -> staffDirectory.find(id));
        calls.put("StaffDirectory.describe",
                () -> staffDirectory.describe(id, new StaffProfile("Chief of staff", "Surgery")));
        calls.put("StaffDirectory.remove", () -> {
            staffDirectory.remove(id);
            return null;
        });
        calls.put("StaffDirectory.recordSignIn", staffDirectory::recordSignIn);
        calls.put("StaffDirectory.invite", () -> staffDirectory.invite(
                new StaffInvitation("Ann", "Ray", "ann.ray@" + newAlias + ".example", StaffRole.COORDINATOR)));
        calls.put("StaffDirectory.deactivate", () -> staffDirectory.deactivate(id));
        calls.put("StaffDirectory.reactivate", () -> staffDirectory.reactivate(id));
        calls.put("StaffDirectory.inviteAgain", () -> staffDirectory.inviteAgain(id));
        calls.put("Hospitals.all", hospitals::all);
        calls.put("Onboarding.onboard", () -> onboarding.onboard(onboardingRequest(newAlias)));
        calls.put("Hospitals.register", () -> hospitals.register(newAlias,
                new HospitalDetails("Registered", HospitalType.CLINIC, "Elsewhere", "NV"), "registered.example"));
        calls.put("Hospitals.linkOrganization", () -> hospitals.linkOrganization(a.alias(), "stolen-organization"));
        calls.put("Hospitals.mine", hospitals::mine);
        calls.put("Hospitals.describeMine", () -> hospitals.describeMine(
                new HospitalDetails("Taken over", HospitalType.CLINIC, "Elsewhere", "NV")));
        return calls;
    }

    private static void assertRefused(String who, Caller caller, Map<String, Callable<?>> calls, String... refused) {
        assertAll(List.of(refused).stream().map(name -> (Executable) () -> assertThrows(EJBAccessException.class,
                () -> caller.call(calls.get(name)), who + " was let into " + name)));
    }

    /** Nothing the refused calls would have changed has changed. */
    private void assertUnchanged(StaffedHospital a, String newAlias) {
        Map<Long, StaffMember> stored = data.staffOf(a.alias()).stream()
                .collect(Collectors.toMap(StaffMember::id, Function.identity()));
        Hospital hospital = data.hospitalByAlias(a.alias()).orElseThrow();
        assertAll(
                () -> assertEquals(a.staffIds(), stored.keySet(), "staff removed or added"),
                () -> assertEquals(a.attending().title(), stored.get(a.attending().id()).title()),
                () -> assertEquals(a.attending().version(), stored.get(a.attending().id()).version()),
                () -> assertEquals(a.hospital().name(), hospital.name()),
                () -> assertTrue(data.hospitalByAlias(newAlias).isEmpty(), "hospital " + newAlias + " onboarded"));
    }

    private void actFor(StaffedHospital hospital, String subject) {
        tenant.actFor(hospital.alias());
        currentUser.signedIn(subject, "Someone", "someone@" + hospital.alias() + ".example");
    }

    private static OnboardingRequest onboardingRequest(String alias) {
        return new OnboardingRequest(alias,
                new HospitalDetails("Hospital " + alias, HospitalType.TEACHING_HOSPITAL, "Albany", "NY"),
                alias + ".example", "Olga", "Owner", "olga@" + alias + ".example");
    }
}
