package org.externship.portal.passport.control;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Tiny real files for tests of uploads: a PDF made with PDFBox, images made with ImageIO, and fakes. */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** A one-page PDF saying {@code text}. */
    public static byte[] pdf(String text) {
        return build(document -> addPage(document, text));
    }

    /** Builds a PDF with PDFBox and saves it as PDFBox does by default (objects packed into compressed streams). */
    public static byte[] build(PdfContent content) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.addTo(document);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PDPage addPage(PDDocument document, String text) throws IOException {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText(text);
            content.endText();
        }
        return page;
    }

    /** What a sample PDF holds besides its structure. */
    @FunctionalInterface
    public interface PdfContent {
        void addTo(PDDocument document) throws IOException;
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpeg");
    }

    /** Plain text that a browser would happily call a PDF if it were named so. */
    public static byte[] textNamedPdf() {
        return "Immunisation record: MMR, Hep B, Tdap, all up to date.\n".getBytes(StandardCharsets.UTF_8);
    }

    /** Starts like a PDF, then is garbage. */
    public static byte[] garbagePdf() {
        byte[] bytes = new byte[2048];
        new java.util.Random(42).nextBytes(bytes);
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tail, 0, bytes, bytes.length - tail.length, tail.length);
        return bytes;
    }

    /** A PDF of {@code pages} pages, each saying its number: the ordinary multi-page document. */
    public static byte[] multiPagePdf(int pages) {
        return build(document -> {
            for (int i = 1; i <= pages; i++) {
                addPage(document, "Immunisation record, page " + i + " of " + pages);
            }
        });
    }

    /** A photo-sized JPEG (a phone picture of a certificate): 2000 x 1500 pixels, 8-bit RGB. */
    public static byte[] photoJpeg() {
        return image("jpeg", 2000, 1500);
    }

    /** A one-page PDF that opens without a password but is encrypted (an owner password restricts printing). */
    public static byte[] encryptedPdf() {
        return build(document -> {
            addPage(document, "Malpractice insurance");
            AccessPermission permissions = new AccessPermission();
            permissions.setCanPrint(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
        });
    }

    /** The first half of a real PDF. */
    public static byte[] truncatedPdf() {
        byte[] whole = pdf("Good standing letter");
        return java.util.Arrays.copyOf(whole, whole.length / 2);
    }

    private static byte[] image(String format) {
        return image(format, 40, 30);
    }

    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.drawString("BLS", 5, 20);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
