package org.externship.portal.letters.control;

import org.externship.portal.passport.boundary.UploadRefusedException;
import org.externship.portal.passport.control.UploadInspector;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A hospital's logo for its letterhead: a PNG or JPEG is kept as a PNG sized for the letterhead, with nothing of the
 * uploaded file's own; anything else (a PDF, a damaged or empty file, one too heavy or too wide) is refused with the
 * reason.
 */
class LetterheadLogoTest {

    private final LetterheadLogo logos = new LetterheadLogo(new UploadInspector());

    static byte[] png(int width, int height) {
        return image(width, height, "png");
    }

    private static byte[] image(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1F, 0x4E, 0x79));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void aWideLogoIsKeptAsAPngThatFitsTheLetterhead() throws IOException {
        byte[] kept = logos.normalised(png(1500, 300));

        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(kept, 4));
        BufferedImage image = read(kept);
        assertEquals(600, image.getWidth(), "scaled to the letterhead's width");
        assertEquals(120, image.getHeight(), "in proportion");
    }

    @Test
    void aTallLogoFitsTheLetterheadsHeightAndASmallOneKeepsItsSize() throws IOException {
        BufferedImage tall = read(logos.normalised(png(300, 600)));
        assertEquals(200, tall.getHeight());
        assertEquals(100, tall.getWidth());
        BufferedImage small = read(logos.normalised(image(120, 40, "jpg")));
        assertEquals(120, small.getWidth(), "a JPEG is taken too, never enlarged");
        assertEquals(40, small.getHeight());
    }

    @Test
    void nothingOfTheUploadedFileItselfIsKept() {
        byte[] upload = png(200, 100);
        byte[] withTail = Arrays.copyOf(upload, upload.length + 24);
        System.arraycopy("TRAILING-PAYLOAD-BYTES!!".getBytes(StandardCharsets.US_ASCII), 0, withTail, upload.length,
                24);

        String kept = new String(logos.normalised(withTail), StandardCharsets.ISO_8859_1);
        assertFalse(kept.contains("TRAILING-PAYLOAD"), "re-encoded: bytes after the image are gone");
    }

    @Test
    void anythingButASmallSoundPngOrJpegIsRefusedWithTheReason() {
        assertEquals("letters.logo.none", refused(new byte[0]));
        assertEquals("letters.logo.notImage", refused(LetterSamples.letter(1)));
        assertEquals("letters.logo.tooLarge", refused(new byte[LetterheadLogo.MAX_BYTES + 1]));
        assertEquals("letters.logo.tooWide", refused(png(LetterheadLogo.MAX_SIDE + 1, 2)));
        byte[] broken = png(400, 200);
        assertEquals("passport.upload.brokenImage", refused(Arrays.copyOf(broken, broken.length / 2)));
        assertEquals("passport.upload.unknownType",
                refused("MZ this is not an image".getBytes(StandardCharsets.US_ASCII)));
    }

    private String refused(byte[] upload) {
        return assertThrows(UploadRefusedException.class, () -> logos.normalised(upload)).messageKey();
    }
}
