package org.externship.portal.passport.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The markers are found in any case, as a browser reads a tag; near misses of binary data are not markers. */
class HiddenMarkupTest {

    @Test
    void eachMarkerIsFoundInAnyCaseAnywhereInTheBytes() {
        for (String marker : new String[] {"<script>", "<HTML>", "<IFrame src=x>", "<svg/onload=x>", "<body\n",
                "JavaScript:alert(1)"}) {
            assertTrue(HiddenMarkup.isIn(bytes("%PDF-1.7 binary \u0000\u00ff " + marker + " more")), marker);
        }
    }

    @Test
    void aTagNameMustEndAsABrowserEndsItAndATagAtTheVeryEndCounts() {
        assertFalse(HiddenMarkup.isIn(bytes("<svgz <bodyguard <htmlx <scripts")));
        assertTrue(HiddenMarkup.isIn(bytes("trailing <svg")));
    }

    @Test
    void ordinaryFilesHaveNone() {
        assertFalse(HiddenMarkup.isIn(SampleFiles.multiPagePdf(3)));
        assertFalse(HiddenMarkup.isIn(SampleFiles.photoJpeg()));
        assertFalse(HiddenMarkup.isIn(SampleFiles.png()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
