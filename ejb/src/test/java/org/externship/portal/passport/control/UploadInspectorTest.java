package org.externship.portal.passport.control;

import org.externship.portal.passport.boundary.UploadRefusedException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Uploads are judged by their content: real PDFs and images pass, fakes, broken and oversized files do not. */
class UploadInspectorTest {

    private final UploadInspector inspector = new UploadInspector(UploadInspector.DEFAULT_MAX_BYTES);

    @Test
    void aRealPdfIsAcceptedAsAPdfWithItsSizeAndHash() {
        byte[] pdf = SampleFiles.pdf("BLS provider card");

        InspectedContent content = inspector.inspect(pdf);

        assertEquals(UploadInspector.PDF, content.contentType());
        assertEquals(pdf.length, content.sizeBytes());
        assertEquals(UploadInspector.sha256(pdf), content.sha256());
        assertEquals(64, content.sha256().length());
    }

    @Test
    void pngAndJpegImagesAreAcceptedAsWhatTheyAre() {
        assertEquals(UploadInspector.PNG, inspector.inspect(SampleFiles.png()).contentType());
        assertEquals(UploadInspector.JPEG, inspector.inspect(SampleFiles.jpeg()).contentType());
    }

    @Test
    void aTextFileIsRefusedWhateverItIsCalled() {
        assertRefused("passport.upload.unknownType", SampleFiles.textNamedPdf());
    }

    @Test
    void aTruncatedPdfIsRefused() {
        assertRefused("passport.upload.brokenPdf", SampleFiles.truncatedPdf());
    }

    @Test
    void aPdfHeaderFollowedByGarbageIsRefused() {
        assertRefused("passport.upload.brokenPdf", SampleFiles.garbagePdf());
    }

    @Test
    void aPngHeaderFollowedByGarbageIsRefused() {
        byte[] png = SampleFiles.png();
        byte[] broken = Arrays.copyOf(png, 40);
        assertRefused("passport.upload.brokenImage", broken);
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsParsed() {
        byte[] pdf = SampleFiles.pdf("CV");
        UploadInspector strict = new UploadInspector(pdf.length - 1);

        UploadRefusedException refused = assertThrows(UploadRefusedException.class, () -> strict.inspect(pdf));

        assertEquals("passport.upload.tooLarge", refused.messageKey());
        assertEquals(pdf.length, new UploadInspector(pdf.length).inspect(pdf).sizeBytes(), "exactly the limit is fine");
    }

    @Test
    void theDefaultLimitIsFiveMegabytes() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);

        UploadRefusedException refused = assertThrows(UploadRefusedException.class, () -> inspector.inspect(big));

        assertEquals("passport.upload.tooLarge", refused.messageKey());
        assertEquals("5", refused.arguments()[0]);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused("passport.upload.empty", new byte[0]);
    }

    private void assertRefused(String key, byte[] content) {
        UploadRefusedException refused = assertThrows(UploadRefusedException.class, () -> inspector.inspect(content));
        assertEquals(key, refused.messageKey());
    }
}
