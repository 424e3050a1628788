package org.externship.portal.shared.entity;

import org.externship.portal.listing.entity.ListingDraft;
import org.externship.portal.tenant.boundary.HospitalDetails;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 9: the one list of US states a menu offers, and the check that refuses any other code at the boundaries. */
class UsStateTest {

    private final UsStateCodeValidator validator = new UsStateCodeValidator();

    @Test
    void fiftyStatesDcAndFiveTerritoriesEachWithItsOwnCodeAndName() {
        List<UsState> all = UsState.all();
        assertEquals(56, all.size());
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (UsState state : all) {
            assertTrue(state.code().matches("[A-Z]{2}"), state.code());
            assertFalse(state.fullName().isBlank(), state.code());
            assertTrue(codes.add(state.code()), "code twice: " + state.code());
            assertTrue(names.add(state.fullName()), "name twice: " + state.fullName());
        }
        assertTrue(codes.containsAll(List.of("DC", "PR", "GU", "VI", "AS", "MP")), codes.toString());
        assertEquals("New York", UsState.ofCode("NY").orElseThrow().fullName());
    }

    @Test
    void everyListedCodeIsAcceptedAndNothingElse() {
        UsState.all().forEach(state -> assertTrue(validator.isValid(state.code(), null), state.code()));
        for (String other : List.of("XY", "ny", "New York", "N.Y.", " NY", "")) {
            assertFalse(validator.isValid(other, null), "\"" + other + "\" is accepted");
            assertTrue(UsState.ofCode(other).isEmpty(), other);
        }
        assertTrue(validator.isValid(null, null), "no state at all is @NotBlank's to refuse");
    }

    @Test
    void theBoundariesThatTakeAnAddressCheckTheCode() throws NoSuchFieldException {
        for (Class<?> record : List.of(HospitalDetails.class, ListingDraft.class)) {
            assertNotNull(record.getDeclaredField("state").getAnnotation(UsStateCode.class), record.getName());
        }
    }
}
