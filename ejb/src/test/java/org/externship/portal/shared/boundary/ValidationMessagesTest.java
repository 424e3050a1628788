package org.externship.portal.shared.boundary;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Issue 9, words a person understands: each of Bean Validation's built-in constraints has the portal's own message,
 * so that no "must not be null" or "must not be blank" reaches a user, whichever constraint a command carries.
 */
class ValidationMessagesTest {

    private static final List<String> CONSTRAINTS = List.of("AssertFalse", "AssertTrue", "DecimalMax", "DecimalMin",
            "Digits", "Email", "Future", "FutureOrPresent", "Max", "Min", "Negative", "NegativeOrZero", "NotBlank",
            "NotEmpty", "NotNull", "Null", "Past", "PastOrPresent", "Pattern", "Positive", "PositiveOrZero", "Size");
    private static final Pattern FRAMEWORK_WORDING = Pattern.compile("must|null|blank|regular expression|\\{regexp\\}",
            Pattern.CASE_INSENSITIVE);

    @Test
    void everyBuiltInConstraintHasThePortalsOwnWords() throws IOException, ClassNotFoundException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/ValidationMessages.properties")) {
            assertNotNull(in);
            messages.load(in);
        }
        List<String> problems = new ArrayList<>();
        for (String constraint : CONSTRAINTS) {
            Class.forName("jakarta.validation.constraints." + constraint); // the list names real constraints
            String key = "jakarta.validation.constraints." + constraint + ".message";
            String text = messages.getProperty(key);
            if (text == null) {
                problems.add(key + " is not worded by the portal");
            } else if (FRAMEWORK_WORDING.matcher(text).find()) {
                problems.add(key + " speaks the framework's language: " + text);
            }
        }
        assertEquals(List.of(), problems);
    }
}
