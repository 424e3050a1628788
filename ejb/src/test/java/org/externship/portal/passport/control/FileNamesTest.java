package org.externship.portal.passport.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Uploaded file names are kept for display only, and only in a harmless form. */
class FileNamesTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            BLS card.pdf                       | BLS card.pdf
            C:\\Users\\sam\\CV (2026).pdf      | CV (2026).pdf
            ../../etc/passwd                   | passwd
            Résumé.pdf                         | Resume.pdf
            "quote"; name=x.pdf                | _quote_ name_x.pdf
            .hidden.pdf                        | hidden.pdf
            \u0000\u0001                        | document
            """)
    void namesAreReducedToASafeLastSegment(String original, String expected) {
        assertEquals(expected, FileNames.sanitize(original));
    }

    @org.junit.jupiter.api.Test
    void longNamesKeepTheirExtension() {
        String sanitized = FileNames.sanitize("a".repeat(300) + ".pdf");
        assertEquals(FileNames.MAX_LENGTH, sanitized.length());
        assertEquals(".pdf", sanitized.substring(sanitized.length() - 4));
    }

    @org.junit.jupiter.api.Test
    void noNameBecomesDocument() {
        assertEquals("document", FileNames.sanitize(null));
        assertEquals("document", FileNames.sanitize("   "));
    }
}
