package org.externship.portal.letters.control;

import java.util.List;

/**
 * One rule a written letter breaks ({@link LetterWording}): on which part ({@code field}: body, address, phone,
 * signerTitle, or letter for the letter as a whole), the reason and better wording as a {@code letters.wording.*}
 * key, and its arguments (the words at fault).
 */
public record WordingFinding(String field, String key, List<String> arguments) {

    public WordingFinding {
        arguments = List.copyOf(arguments);
    }
}
