package org.externship.portal.passport.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.passport.boundary.UploadRefusedException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;

/**
 * Accepts an upload only if it is what it claims to be, judged by its content alone (never the file name or the
 * browser's content type): a PDF that PDFBox opens, unencrypted, with at least one page and its end-of-file marker;
 * or a PNG or JPEG (magic bytes) that ImageIO decodes, of sane dimensions. Anything else, or anything larger than
 * {@code portal.upload.max-bytes}, is refused with {@link UploadRefusedException} naming the reason.
 */
@ApplicationScoped
public class UploadInspector {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    /** 5 MB unless configured otherwise. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    /** Images larger than this (in pixels) are refused before decoding: a small file may claim a huge bitmap. */
    static final long MAX_PIXELS = 40_000_000L;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** Where the end-of-file marker must be: within the last kilobyte, as the PDF specification has it. */
    private static final int PDF_END_WINDOW = 1024;

    @Inject
    @ConfigProperty(name = "portal.upload.max-bytes", defaultValue = "5242880")
    long maxBytes;

    public UploadInspector() {
        this(DEFAULT_MAX_BYTES);
    }

    public UploadInspector(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The content type, size and hash of an acceptable upload; refuses everything else. */
    public InspectedContent inspect(byte[] content) {
        if (content == null || content.length == 0) {
            throw new UploadRefusedException("passport.upload.empty");
        }
        if (content.length > maxBytes) {
            throw new UploadRefusedException("passport.upload.tooLarge", megabytes(maxBytes));
        }
        String type;
        if (startsWith(content, PDF_MAGIC)) {
            checkPdf(content);
            type = PDF;
        } else if (startsWith(content, PNG_MAGIC)) {
            checkImage(content, "png");
            type = PNG;
        } else if (startsWith(content, JPEG_MAGIC)) {
            checkImage(content, "jpeg");
            type = JPEG;
        } else {
            throw new UploadRefusedException("passport.upload.unknownType");
        }
        return new InspectedContent(type, content.length, sha256(content));
    }

    private static void checkPdf(byte[] content) {
        if (!hasEndMarker(content)) {
            throw new UploadRefusedException("passport.upload.brokenPdf");
        }
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(content))) {
            if (document.isEncrypted()) {
                throw new UploadRefusedException("passport.upload.encryptedPdf");
            }
            if (document.getNumberOfPages() < 1) {
                throw new UploadRefusedException("passport.upload.brokenPdf");
            }
        } catch (InvalidPasswordException e) {
            throw new UploadRefusedException("passport.upload.encryptedPdf");
        } catch (IOException | RuntimeException e) {
            if (e instanceof UploadRefusedException refused) {
                throw refused;
            }
            throw new UploadRefusedException("passport.upload.brokenPdf");
        }
    }

    private static boolean hasEndMarker(byte[] content) {
        int from = Math.max(0, content.length - PDF_END_WINDOW);
        for (int i = content.length - PDF_END.length; i >= from; i--) {
            if (Arrays.equals(content, i, i + PDF_END.length, PDF_END, 0, PDF_END.length)) {
                return true;
            }
        }
        return false;
    }

    private static void checkImage(byte[] content, String format) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (input == null || !readers.hasNext()) {
                throw new UploadRefusedException("passport.upload.brokenImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw new UploadRefusedException("passport.upload.brokenImage");
                }
                BufferedImage image = reader.read(0);
                if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                    throw new UploadRefusedException("passport.upload.brokenImage");
                }
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

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String megabytes(long bytes) {
        return String.valueOf(Math.max(1, bytes / (1024 * 1024)));
    }
}
