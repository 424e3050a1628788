package org.externship.portal.learninglog.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The counting rule against the shared fixture ({@code learninglog/eras-count-cases.txt}), whose expected counts the
 * browser test also asserts of the page's JavaScript: both count alike.
 */
class ErasCharacterCountTest {

    static final String CASES = "/org/externship/portal/learninglog/eras-count-cases.txt";

    /** One line of the fixture. */
    record Case(int expected, String text, String what) {

        @Override
        public String toString() {
            return what;
        }
    }

    static List<Case> cases() throws IOException {
        try (InputStream in = ErasCharacterCountTest.class.getResourceAsStream(CASES)) {
            assertNotNull(in, CASES);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("\t", 3))
                    .map(columns -> new Case(Integer.parseInt(columns[0]), columns[1].translateEscapes(), columns[2]))
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void countsAsTheFixtureSays(Case c) {
        assertEquals(c.expected(), ErasCharacterCount.of(c.text()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theNormalisedTextIsAsLongAsItsCount(Case c) {
        String stored = ErasCharacterCount.normalized(c.text());
        assertEquals(c.expected(), stored.length());
        assertFalse(stored.contains("\r"));
    }

    @Test
    void theFixtureHoldsTheTrickyKinds() throws IOException {
        List<String> texts = cases().stream().map(Case::text).toList();
        assertTrue(texts.stream().anyMatch(t -> t.contains("\r\n")), "CRLF");
        assertTrue(texts.stream().anyMatch(t -> t.contains("\t")), "tabs");
        assertTrue(texts.stream().anyMatch(t -> t.codePoints().anyMatch(Character::isSupplementaryCodePoint)), "emoji");
        assertTrue(texts.stream().anyMatch(t -> t.contains("\u00e9")), "accented letters");
    }

    @Test
    void nothingCountsNothing() {
        assertEquals(0, ErasCharacterCount.of(null));
        assertEquals(null, ErasCharacterCount.normalized(null));
    }

    @Test
    void theConstraintTakesTheLimitAndNotOneMore() throws ReflectiveOperationException {
        ErasLengthValidator validator = new ErasLengthValidator();
        validator.initialize(Limited.class.getRecordComponents()[0].getAnnotation(ErasLength.class));
        String lines = "x".repeat(740) + "\r\n".repeat(10);
        assertTrue(validator.isValid(lines, null), "750 as the service counts, 760 as sent");
        assertFalse(validator.isValid(lines + "\uD83E\uDE7A", null), "an emoji takes two: 752");
        assertTrue(validator.isValid(null, null));
    }

    record Limited(@ErasLength(max = 750, message = "too long") String text) {
    }
}
