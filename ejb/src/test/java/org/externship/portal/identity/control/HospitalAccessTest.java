package org.externship.portal.identity.control;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People (issue 10): the one rule of "active in a hospital" is Keycloak's: an enabled account, a member of the
 * hospital's organization, with a staff role. Each part alone is not enough.
 */
class HospitalAccessTest {

    @Test
    void anEnabledMemberWithAStaffRoleActsForTheHospital() {
        assertTrue(new HospitalAccess(true, true, Set.of("attending", "student")).granted());
        assertTrue(new HospitalAccess(true, true, Set.of("coordinator")).granted());
    }

    @Test
    void aDisabledAccountALostMembershipOrNoStaffRoleDoesNot() {
        assertFalse(new HospitalAccess(false, true, Set.of("attending")).granted(), "disabled");
        assertFalse(new HospitalAccess(true, false, Set.of("attending")).granted(),
                "enabled, but no longer a member of this hospital (a member of another one, say)");
        assertFalse(new HospitalAccess(true, true, Set.of("student")).granted(), "a student's roles only");
        assertFalse(new HospitalAccess(true, true, Set.of("platform-admin")).granted(), "not a staff role");
        assertFalse(HospitalAccess.NONE.granted(), "an account Keycloak does not have");
    }
}
