package org.externship.portal.tenant;

import jakarta.inject.Inject;
import org.externship.portal.identity.boundary.StaffDirectory;
import org.externship.portal.identity.boundary.StaffInvitation;
import org.externship.portal.identity.boundary.StaffMemberDto;
import org.externship.portal.identity.boundary.StaffProfile;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.identity.entity.StaffRole;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.tenant.boundary.HospitalDetails;
import org.externship.portal.tenant.boundary.HospitalSummary;
import org.externship.portal.tenant.boundary.Hospitals;
import org.externship.portal.tenant.entity.Hospital;
import org.externship.portal.tenant.entity.HospitalType;
import org.externship.portal.testing.AsAttending;
import org.externship.portal.testing.AsCoordinator;
import org.externship.portal.testing.StaffedHospital;
import org.externship.portal.testing.TestData;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Two hospitals, A and B, each with a coordinator and two attendings: whoever works for A sees, changes and removes
 * only A's rows, and B's rows stay exactly as they were. Without a hospital, staff calls are refused.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser currentUser;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    Hospitals hospitals;

    @Inject
    TestData data;

    @Inject
    AsCoordinator asCoordinator;

    @Inject
    AsAttending asAttending;

    @Test
    void coordinatorListsOnlyOwnStaff() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        signIn(a, a.coordinator());

        List<StaffMemberDto> listed = asCoordinator.call(staffDirectory::list);

        assertEquals(a.staffIds(), idsOf(listed));
        assertTrue(listed.stream().map(StaffMemberDto::id).noneMatch(b.staffIds()::contains), "B's ids listed");
        assertTrue(listed.stream().map(StaffMemberDto::fullName).noneMatch(b.staffNames()::contains),
                "B's names listed");
    }

    @Test
    void coordinatorCannotReadChangeOrRemoveAnotherHospitalsStaff() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        StaffMember theirs = b.attending();
        signIn(a, a.coordinator());

        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> staffDirectory.find(theirs.id())));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(
                () -> staffDirectory.describe(theirs.id(), new StaffProfile("Chief of staff", "Surgery"))));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> {
            staffDirectory.remove(theirs.id());
            return null;
        }));
        // people (issue 10): another hospital's staff cannot be deactivated nor reactivated by id; Keycloak is
        // never asked (the in-container run has none that answers)
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> staffDirectory.deactivate(theirs.id())));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> staffDirectory.reactivate(theirs.id())));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> staffDirectory.inviteAgain(theirs.id())));

        StaffMember after = data.staffMember(b.alias(), theirs.id())
                .orElseGet(() -> fail("B's attending was removed by A's coordinator"));
        assertEquals(theirs.title(), after.title());
        assertEquals(theirs.specialty(), after.specialty());
        assertEquals(theirs.version(), after.version());
        assertTrue(after.isActive());
        assertEquals(b.staffIds(), idsOfMembers(data.staffOf(b.alias())));
    }

    /**
     * People (issue 10): the rules a coordinator's invitation and deactivation meet before Keycloak is asked.
     * Keycloak's side (an account in the organization, a student's or a platform admin's account refused) is
     * PeopleIT's and KeycloakRealmIT's, against the real Keycloak.
     */
    @Test
    void coordinatorCannotDeactivateThemselvesNorInviteWithBadInput() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        signIn(a, a.coordinator());

        NotAllowedException self = assertThrows(NotAllowedException.class,
                () -> asCoordinator.call(() -> staffDirectory.deactivate(a.coordinator().id())));
        assertEquals("staff.deactivateSelf", self.messageKey());
        assertTrue(data.staffMember(a.alias(), a.coordinator().id()).orElseThrow().isActive());

        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> asCoordinator.call(
                () -> staffDirectory.invite(new StaffInvitation(" ", "x".repeat(81), "no-address@", null))));
        assertEquals(Set.of("firstName", "lastName", "email", "role"), bad.violations().stream()
                .map(v -> v.getPropertyPath().toString().replaceAll(".*\\.", "")).collect(Collectors.toSet()));
        assertThrows(InvalidInputException.class, () -> asCoordinator.call(() -> staffDirectory.invite(
                new StaffInvitation("Ann", "Ray", "ann.ray@localhost", StaffRole.ATTENDING))),
                "an address needs a domain");
        assertEquals(a.staffIds(), idsOfMembers(data.staffOf(a.alias())), "nobody was added");
    }

    /**
     * People (issue 10): whether someone is active is Keycloak's to say, and the entries follow it; when Keycloak
     * cannot be asked (the in-container run has none that answers) nothing changes: the coordinator's directory lists
     * the hospital's entries as recorded and says so, and a deactivated colleague's sign-in does not reactivate them.
     * Keycloak's answers themselves are PeopleIT's, against the real Keycloak.
     */
    @Test
    void withoutKeycloakEveryEntryStaysAsRecorded() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        data.deactivate(a.alias(), a.otherAttending().id());
        signIn(a, a.coordinator());

        StaffDirectory.Directory directory = asCoordinator.call(staffDirectory::directory);
        assertFalse(directory.keycloakAnswered());
        assertEquals(a.staffIds(), idsOf(directory.members()));
        assertEquals(Set.of(a.otherAttending().id()), directory.members().stream().filter(m -> !m.active())
                .map(StaffMemberDto::id).collect(Collectors.toSet()));

        signIn(a, a.otherAttending());
        StaffMemberDto signedIn = asAttending.call(staffDirectory::recordSignIn);
        assertEquals(a.otherAttending().id(), signedIn.id());
        assertFalse(signedIn.active(), "a sign-in alone does not reactivate: Keycloak must say so");
        assertNotNull(signedIn.lastSignInAt());
        assertFalse(data.staffMember(a.alias(), a.otherAttending().id()).orElseThrow().isActive());
        assertTrue(data.staffOf(b.alias()).stream().allMatch(StaffMember::isActive), "B's staff untouched");
    }

    @Test
    void coordinatorDescribesAndRemovesOwnStaff() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        signIn(a, a.coordinator());

        StaffMemberDto described = asCoordinator.call(
                () -> staffDirectory.describe(a.attending().id(), new StaffProfile(" Chief resident ", "")));
        asCoordinator.call(() -> {
            staffDirectory.remove(a.otherAttending().id());
            return null;
        });

        assertEquals("Chief resident", described.title());
        assertNull(described.specialty());
        StaffMember stored = data.staffMember(a.alias(), a.attending().id()).orElseThrow();
        assertEquals("Chief resident", stored.title());
        assertNull(stored.specialty());
        assertTrue(data.staffMember(a.alias(), a.otherAttending().id()).isEmpty(), "removed attending still listed");
        NotAllowedException removeSelf = assertThrows(NotAllowedException.class, () -> asCoordinator.call(() -> {
            staffDirectory.remove(a.coordinator().id());
            return null;
        }));
        assertEquals("staff.removeSelf", removeSelf.messageKey());
        assertTrue(data.staffMember(a.alias(), a.coordinator().id()).isPresent());
    }

    @Test
    void coordinatorReadsAndDescribesOnlyOwnHospital() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        signIn(a, a.coordinator());

        HospitalSummary mine = asCoordinator.call(hospitals::mine);
        HospitalSummary described = asCoordinator.call(() -> hospitals.describeMine(
                new HospitalDetails(" Lakeside Clinic " + a.alias(), HospitalType.CLINIC, "Chicago", "IL")));

        assertEquals(a.hospital().id(), mine.id());
        assertEquals(a.alias(), mine.alias());
        assertEquals(a.alias(), described.alias());
        Hospital aAfter = data.hospitalByAlias(a.alias()).orElseThrow();
        assertEquals("Lakeside Clinic " + a.alias(), aAfter.name());
        assertEquals(HospitalType.CLINIC, aAfter.type());
        assertEquals("Chicago", aAfter.city());
        Hospital bAfter = data.hospitalByAlias(b.alias()).orElseThrow();
        assertEquals(b.hospital().name(), bAfter.name());
        assertEquals(b.hospital().type(), bAfter.type());
        assertEquals(b.hospital().city(), bAfter.city());
    }

    /** An attending's colleagues (their home page): their hospital's active staff, nobody deactivated, none of B's. */
    @Test
    void attendingReadsOnlyOwnHospital() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        signIn(a, a.attending());
        List<StaffMemberDto> before = asAttending.call(staffDirectory::colleagues);
        data.deactivate(a.alias(), a.otherAttending().id());

        List<StaffMemberDto> listed = asAttending.call(staffDirectory::colleagues);
        StaffMemberDto colleague = asAttending.call(() -> staffDirectory.find(a.coordinator().id()));
        HospitalSummary mine = asAttending.call(hospitals::mine);

        assertEquals(a.staffIds(), idsOf(before));
        assertEquals(Set.of(a.coordinator().id(), a.attending().id()), idsOf(listed),
                "a deactivated colleague is not listed");
        assertTrue(listed.stream().allMatch(StaffMemberDto::active));
        assertTrue(data.staffOf(b.alias()).stream().allMatch(StaffMember::isActive), "B's staff untouched");
        assertTrue(listed.stream().map(StaffMemberDto::fullName).noneMatch(b.staffNames()::contains),
                "B's names listed");
        assertEquals(a.coordinator().fullName(), colleague.fullName());
        assertEquals(a.alias(), mine.alias());
        for (StaffMember theirs : b.staff()) {
            assertThrows(NotFoundException.class, () -> asAttending.call(() -> staffDirectory.find(theirs.id())),
                    "A's attending found B's " + theirs.fullName());
        }
    }

    @Test
    void signInIsRecordedInOwnHospitalOnly() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        // someone already on B's staff signs in for A: A gets its own entry, B's stays as it was
        StaffMember inB = b.attending();
        tenant.actFor(a.alias());
        currentUser.signedIn(inB.keycloakUserId(), "Dana Moved", "dana@" + a.alias() + ".example");

        StaffMemberDto first = asAttending.call(staffDirectory::recordSignIn);
        StaffMemberDto second = asAttending.call(staffDirectory::recordSignIn);

        assertNotEquals(inB.id(), first.id());
        assertEquals(first.id(), second.id(), "a second sign-in made a second entry");
        assertEquals(StaffRole.ATTENDING, first.role());
        assertEquals("Dana Moved", first.fullName());
        assertNotNull(first.lastSignInAt());
        assertEquals(a.alias(), data.storedTenantOf(a.alias(), first.id()));
        List<StaffMember> entriesInA = data.staffOf(a.alias()).stream()
                .filter(m -> m.keycloakUserId().equals(inB.keycloakUserId()))
                .toList();
        assertEquals(List.of(first.id()), entriesInA.stream().map(StaffMember::id).toList());
        StaffMember inBAfter = data.staffMember(b.alias(), inB.id()).orElseThrow();
        assertEquals(inB.fullName(), inBAfter.fullName());
        assertEquals(inB.email(), inBAfter.email());
        assertNull(inBAfter.lastSignInAt());
        assertEquals(inB.version(), inBAfter.version());
        assertEquals(b.staffIds(), idsOfMembers(data.staffOf(b.alias())));
    }

    @Test
    void firstSignInOfCoordinatorCreatesCoordinatorEntry() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        String subject = UUID.randomUUID().toString();
        tenant.actFor(a.alias());
        currentUser.signedIn(subject, "Noor New", "noor@" + a.alias() + ".example");

        StaffMemberDto recorded = asCoordinator.call(staffDirectory::recordSignIn);

        assertEquals(StaffRole.COORDINATOR, recorded.role());
        StaffMember stored = data.staffMember(a.alias(), recorded.id()).orElseThrow();
        assertEquals(subject, stored.keycloakUserId());
        assertEquals("noor@" + a.alias() + ".example", stored.email());
    }

    @Test
    void withoutHospitalStaffCallsAreRefused() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        data.staffedHospital("b");
        StaffMember coordinator = a.coordinator();
        // signed in, but acting for no hospital (tenant.actFor is never called)
        currentUser.signedIn(coordinator.keycloakUserId(), coordinator.fullName(), coordinator.email());

        NotAllowedException list = assertThrows(NotAllowedException.class,
                () -> asCoordinator.call(staffDirectory::list));
        assertEquals("error.noHospital", list.messageKey());
        assertThrows(NotAllowedException.class, () -> asCoordinator.call(() -> staffDirectory.find(coordinator.id())));
        assertThrows(NotAllowedException.class, () -> asCoordinator.call(staffDirectory::recordSignIn));
        assertThrows(NotAllowedException.class, () -> asCoordinator.call(hospitals::mine));
        assertThrows(NotAllowedException.class, () -> asAttending.call(staffDirectory::colleagues));
        assertEquals(a.staffIds(), idsOfMembers(data.staffOf(a.alias())));
    }

    private void signIn(StaffedHospital hospital, StaffMember member) {
        tenant.actFor(hospital.alias());
        currentUser.signedIn(member.keycloakUserId(), member.fullName(), member.email());
    }

    private static Set<Long> idsOf(List<StaffMemberDto> members) {
        return members.stream().map(StaffMemberDto::id).collect(Collectors.toSet());
    }

    private static Set<Long> idsOfMembers(List<StaffMember> members) {
        return members.stream().map(StaffMember::id).collect(Collectors.toSet());
    }
}
