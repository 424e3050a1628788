package org.externship.portal.letters.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.externship.portal.passport.boundary.UploadRefusedException;
import org.externship.portal.passport.control.UploadInspector;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * A hospital's logo for its letterhead (issue 11): accepted only as a PNG or JPEG that the portal's upload checks pass
 * ({@link UploadInspector}: judged by content, bounded in size and memory, no hidden markup), of at most
 * {@link #MAX_BYTES} and {@link #MAX_SIDE} pixels a side (read from the header before decoding), and kept only as the
 * portal re-encodes it: a PNG that fits {@link #BOX_WIDTH} by {@link #BOX_HEIGHT} pixels, with nothing of the uploaded
 * file's own (no metadata, no trailing bytes).
 */
@ApplicationScoped
public class LetterheadLogo {

    public static final int MAX_BYTES = 512 * 1024;
    static final int MAX_SIDE = 4000;
    static final int BOX_WIDTH = 600;
    static final int BOX_HEIGHT = 200;

    @Inject
    UploadInspector inspector;

    /** For the container, which injects the portal's one inspector. */
    public LetterheadLogo() {
    }

    public LetterheadLogo(UploadInspector inspector) {
        this.inspector = inspector;
    }

    /** The logo as the letterhead keeps it; refuses anything but a small, sound PNG or JPEG with the reason. */
    public byte[] normalised(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new UploadRefusedException("letters.logo.none");
        }
        if (upload.length > MAX_BYTES) {
            throw new UploadRefusedException("letters.logo.tooLarge", MAX_BYTES / 1024);
        }
        String type = inspector.inspect(upload).contentType();
        if (!UploadInspector.PNG.equals(type) && !UploadInspector.JPEG.equals(type)) {
            throw new UploadRefusedException("letters.logo.notImage");
        }
        BufferedImage image = decode(upload);
        double scale = Math.min(1, Math.min((double) BOX_WIDTH / image.getWidth(),
                (double) BOX_HEIGHT / image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage kept = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = kept.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(kept, "png", png);
        } catch (IOException e) {
            throw new UploadRefusedException("passport.upload.brokenImage");
        }
        return png.toByteArray();
    }

    /** Decodes the image once its header says it is of a letterhead's size. */
    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new UploadRefusedException("passport.upload.brokenImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                    throw new UploadRefusedException("letters.logo.tooWide", MAX_SIDE);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UploadRefusedException refused) {
                throw refused;
            }
            throw new UploadRefusedException("passport.upload.brokenImage");
        }
    }
}
