package org.externship.portal.passport.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Accepts an upload only if it is what it claims to be, judged by its content alone (never the file name or the
 * browser's content type): a PDF that PDFBox opens, unencrypted, with at least one page and its end-of-file marker,
 * and nothing in it that acts (scripts, launches, attachments: {@link PdfActiveContent}); or a PNG or JPEG (magic
 * bytes) whose header declares a bitmap of sane size ({@link ImageHeader}) and that ImageIO decodes. Neither may hide
 * web-page markup ({@link HiddenMarkup}). Anything else is refused with {@link UploadRefusedException} naming the
 * reason. Where only a PDF will do and stricter rules follow (a letter of recommendation), {@link #inspectPdf} applies
 * the same checks and reports what those rules need: the pages' sizes and any signature ({@link InspectedPdf}).
 * <p>
 * The cheap checks come first and need no parser: the size ({@code portal.upload.max-bytes}), the magic bytes, the
 * markup, an image's header. Parsing is where a small file can cost a lot, so it is bounded three ways: an image's pixels are counted from
 * its header before it is decoded; a PDF's decompression is counted as it happens ({@link BoundedPdfLoader}); and at
 * most {@code portal.upload.concurrent-checks} uploads (2 unless configured) are parsed at once, each node counting its
 * own. The limit is per JVM on purpose: what it protects is that node's heap, so a cluster of n nodes parses up to n
 * times as many in all, each within its own memory. When all permits are taken an upload waits {@link #BUSY_WAIT} for
 * one, then is refused with "busy, try again" rather than queued without bound.
 */
@ApplicationScoped
public class UploadInspector {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    /** 5 MB unless configured otherwise. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    /** Two parses at once unless configured otherwise. */
    public static final int DEFAULT_CONCURRENT_CHECKS = 2;
    /** How long an upload waits for another one's check to end before it is refused as busy. */
    static final Duration BUSY_WAIT = Duration.ofSeconds(2);

    /**
     * The largest image decoded, in pixels: 25 megapixels, more than a phone photo (12) or an A4 page scanned at 300
     * dpi (8.7) needs. A small file may declare a huge bitmap; the header says so before the decoder allocates.
     */
    static final long MAX_PIXELS = 25_000_000L;
    /**
     * The largest bitmap decoded, in bytes: a 25-megapixel photo in 8-bit RGB (75 MB). Images with more or deeper
     * channels (16-bit, alpha) get correspondingly fewer pixels: the probe's 6000 x 6000 16-bit RGBA PNG would take 288
     * MB.
     */
    static final long MAX_DECODED_BYTES = MAX_PIXELS * 3;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** Where the end-of-file marker must be: within the last kilobyte, as the PDF specification has it. */
    private static final int PDF_END_WINDOW = 1024;

    @Inject
    @ConfigProperty(name = "portal.upload.max-bytes", defaultValue = "5242880")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "portal.upload.concurrent-checks", defaultValue = "2")
    int concurrentChecks;

    private Semaphore checks;
    private Duration busyWait;

    public UploadInspector() {
        this(DEFAULT_MAX_BYTES);
    }

    public UploadInspector(long maxBytes) {
        this(maxBytes, DEFAULT_CONCURRENT_CHECKS, BUSY_WAIT);
    }

    UploadInspector(long maxBytes, int concurrentChecks, Duration busyWait) {
        this.maxBytes = maxBytes;
        this.concurrentChecks = concurrentChecks;
        this.busyWait = busyWait;
        this.checks = new Semaphore(concurrentChecks);
    }

    /** The container injects the configuration after construction: the permits follow it. */
    @PostConstruct
    void configure() {
        checks = new Semaphore(Math.max(1, concurrentChecks));
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The content type, size and hash of an acceptable upload; refuses everything else. */
    public InspectedContent inspect(byte[] content) {
        String type = typeOf(content);
        if (PDF.equals(type)) {
            withPermit(() -> checkPdf(content, document -> null));
        } else {
            ImageHeader header = (PNG.equals(type) ? ImageHeader.png(content) : ImageHeader.jpeg(content))
                    .orElseThrow(() -> new UploadRefusedException("passport.upload.brokenImage"));
            checkSize(header);
            withPermit(() -> checkImage(content, PNG.equals(type) ? "png" : "jpeg", header));
        }
        return new InspectedContent(type, content.length, sha256(content));
    }

    /**
     * As {@link #inspect}, for an upload that may only be a PDF (an image is refused as of an unknown type), with each
     * page's size and any signature read while the document is open and the permit held. Judging them is the caller's
     * business: a passport document may be signed or on any paper, a letter of recommendation may not.
     */
    public InspectedPdf inspectPdf(byte[] content) {
        if (!PDF.equals(typeOf(content))) {
            throw new UploadRefusedException("passport.upload.unknownType");
        }
        InspectedContent inspected = new InspectedContent(PDF, content.length, sha256(content));
        return permitted(() -> checkPdf(content, document -> InspectedPdf.read(inspected, document)));
    }

    /** The checks that need no parser: present, not too large, a known type by its magic bytes, no hidden markup. */
    private String typeOf(byte[] content) {
        if (content == null || content.length == 0) {
            throw new UploadRefusedException("passport.upload.empty");
        }
        if (content.length > maxBytes) {
            throw new UploadRefusedException("passport.upload.tooLarge", megabytes(maxBytes));
        }
        String type;
        if (startsWith(content, PDF_MAGIC)) {
            type = PDF;
        } else if (startsWith(content, PNG_MAGIC)) {
            type = PNG;
        } else if (startsWith(content, JPEG_MAGIC)) {
            type = JPEG;
        } else {
            throw new UploadRefusedException("passport.upload.unknownType");
        }
        if (HiddenMarkup.isIn(content)) {
            throw new UploadRefusedException("passport.upload.hiddenMarkup");
        }
        return type;
    }

    /** Runs {@code check} holding one of the node's permits to parse, or refuses the upload as busy. */
    void withPermit(Runnable check) {
        permitted(() -> {
            check.run();
            return null;
        });
    }

    /** What {@code check} returns, run holding one of the node's permits to parse; or refuses the upload as busy. */
    private <T> T permitted(Supplier<T> check) {
        boolean acquired;
        try {
            acquired = checks.tryAcquire(busyWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new UploadRefusedException("passport.upload.busy");
        }
        try {
            return check.get();
        } finally {
            checks.release();
        }
    }

    /** Refuses a PDF that is damaged, encrypted, without pages or active; else what {@code reading} finds in it. */
    private static <T> T checkPdf(byte[] content, Function<PDDocument, T> reading) {
        if (!hasEndMarker(content)) {
            throw new UploadRefusedException("passport.upload.brokenPdf");
        }
        try (PDDocument document = BoundedPdfLoader.load(content)) {
            if (document.isEncrypted()) {
                throw new UploadRefusedException("passport.upload.encryptedPdf");
            }
            if (document.getNumberOfPages() < 1) {
                throw new UploadRefusedException("passport.upload.brokenPdf");
            }
            if (PdfActiveContent.find(document).isPresent()) {
                throw new UploadRefusedException("passport.upload.activePdf");
            }
            return reading.apply(document);
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

    /** Refuses an image whose header declares a bitmap too big to decode, before any decoder runs. */
    private static void checkSize(ImageHeader header) {
        if (header.pixels() > MAX_PIXELS || header.decodedBytes() > MAX_DECODED_BYTES) {
            throw new UploadRefusedException("passport.upload.imageTooLarge", header.width(), header.height());
        }
    }

    /** Decodes the image, which must have the size its header declared (and {@link #checkSize} allowed). */
    private static void checkImage(byte[] content, String format, ImageHeader header) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (input == null || !readers.hasNext()) {
                throw new UploadRefusedException("passport.upload.brokenImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                // the decoder must size the bitmap as the header we checked does
                if (reader.getWidth(0) != header.width() || reader.getHeight(0) != header.height()) {
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

    public static String sha256(byte[] content) {
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
