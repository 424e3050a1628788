package org.externship.portal.passport.control;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The header gives the size a decoder would allocate for, without decoding. */
class ImageHeaderTest {

    @Test
    void aPngHeaderGivesItsSizeDepthAndChannels() {
        ImageHeader header = ImageHeader.png(HostileFiles.pngBomb(6000, 6000)).orElseThrow();

        assertEquals(new ImageHeader(6000, 6000, 4, 16), header);
        assertEquals(288_000_000L, header.decodedBytes());
    }

    @Test
    void aJpegHeaderIsFoundPastTheSegmentsBeforeIt() {
        assertEquals(new ImageHeader(2000, 1500, 3, 8), ImageHeader.jpeg(SampleFiles.photoJpeg()).orElseThrow());
        assertEquals(30000, ImageHeader.jpeg(HostileFiles.jpegClaiming(30000, 1)).orElseThrow().width());
    }

    @Test
    void aHeaderCutShortOrMissingGivesNothing() {
        assertEquals(Optional.empty(), ImageHeader.png(Arrays.copyOf(SampleFiles.png(), 20)));
        assertEquals(Optional.empty(), ImageHeader.jpeg(Arrays.copyOf(SampleFiles.jpeg(), 6)));
        assertEquals(Optional.empty(), ImageHeader.jpeg(HostileFiles.jpegClaiming(0, 100)), "height 0: DNL");
    }
}
