package org.externship.portal.listing.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ResidencyPromiseGuardTest {

    private final ResidencyPromiseGuard guard = new ResidencyPromiseGuard();

    @ParameterizedTest
    @ValueSource(strings = {
            "Complete our program and get a GUARANTEED residency!",
            "We guarantee you a residency position after 8 weeks.",
            "Guaranteed Match for every graduate of the program",
            "Residency placement guaranteed.",
            "Our alumni enjoy a 100% match rate",
            "An assured residency interview at our hospital",
    })
    void findsAPromiseOfResidency(String text) {
        assertTrue(guard.findPromise(text).isPresent(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Hands-on internal medicine externship with strong letters of recommendation.",
            "This externship does not guarantee a residency or a Match.",
            "There is no guarantee of residency; the experience counts for your application.",
            "Make sure your residency application shows recent US clinical experience.",
            "We guarantee supervised hours and an evaluation at the end.",
            "",
    })
    void acceptsHonestDescriptions(String text) {
        assertTrue(guard.findPromise(text).isEmpty(), text);
    }
}
