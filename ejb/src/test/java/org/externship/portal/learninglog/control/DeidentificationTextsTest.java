package org.externship.portal.learninglog.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeidentificationTextsTest {

    private final DeidentificationTexts texts = new DeidentificationTexts();

    @ParameterizedTest
    @EnumSource(IdentifierKind.class)
    void everyKindHasAReasonAndAHintInPlainWords(IdentifierKind kind) {
        String reason = texts.reason(kind);
        String hint = texts.hint(kind);
        assertFalse(reason.isBlank());
        assertTrue(hint.endsWith("."), hint);
        for (String text : List.of(reason, hint)) {
            assertFalse(text.matches("(?s).*(\\{|\\}|_|regex|pattern|null|exception|IdentifierKind).*"), text);
        }
    }

    @Test
    void explainsTheWordsWhyAndWhatToWriteInstead() {
        Finding date = new Finding(IdentifierKind.DATE, "March 3rd", 24, 33);
        assertEquals("\u201cMarch 3rd\u201d: a date more precise than a year. Say how long before or after instead:"
                + " \u201cthree days before admission\u201d, \u201con hospital day 2\u201d.", texts.explain(date));
        Finding age = new Finding(IdentifierKind.AGE_OVER_89, "92", 0, 2);
        assertTrue(texts.explain(age).endsWith("Say the decade instead: \u201can elderly man in his 90s\u201d."));
    }

    @Test
    void givesEveryReasonOnOneLine() {
        List<Finding> findings = new DeidentificationGuard().check("Mr. Jones, 92, was seen on 3/14.");
        assertEquals("\u201cMr. Jones\u201d looks like the name of a patient or a relative; \u201c92\u201d looks like an"
                + " age over 89; \u201c3/14\u201d looks like a date more precise than a year", texts.reasons(findings));
    }

    @Test
    void keepsWordsWithApostrophesAndBracesAsTyped() {
        Finding name = new Finding(IdentifierKind.PATIENT_NAME, "Mrs. O'Brien {x}", 0, 16);
        assertTrue(texts.reason(name).startsWith("\u201cMrs. O'Brien {x}\u201d looks like"));
    }
}
