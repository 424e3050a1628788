package org.externship.portal.shared.view;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsStateTest {

    @Test
    void fiftyStatesTheDistrictAndTheInhabitedTerritories() {
        assertEquals(56, UsState.values().length);
        for (String code : List.of("DC", "PR", "GU", "VI", "AS", "MP", "NY", "WY")) {
            assertTrue(UsState.ofCode(code).isPresent(), code);
        }
        assertTrue(Stream.of(UsState.values()).allMatch(state -> state.code().matches("[A-Z]{2}")));
    }

    @Test
    void listedByName() {
        List<String> names = Stream.of(UsState.values()).map(UsState::label).toList();
        assertEquals(names.stream().sorted(Comparator.naturalOrder()).toList(), names);
        assertEquals("New York", UsState.NY.label());
        assertEquals("District of Columbia", UsState.DC.label());
    }

    @Test
    void aCodeInEitherCase() {
        assertEquals(Optional.of(UsState.NY), UsState.ofCode(" ny "));
        assertEquals(Optional.empty(), UsState.ofCode("XYZ"));
        assertEquals(Optional.empty(), UsState.ofCode("New York"));
        assertEquals(Optional.empty(), UsState.ofCode(null));
    }
}
