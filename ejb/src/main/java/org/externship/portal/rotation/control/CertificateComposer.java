package org.externship.portal.rotation.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.externship.portal.rotation.entity.CertificateFacts;
import org.externship.portal.shared.pdf.PdfPages;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A certificate as a PDF on the portal's one document layout ({@link PdfPages}): its facts, a QR code of its
 * verification link, and the short link and code to type. A revoked certificate says so at the top.
 */
public final class CertificateComposer {

    static final String BUNDLE = "org.externship.portal.rotation.certificate";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    /** The QR code's side on the page, in points (about 1.4 inches). */
    static final float QR_SIDE = 100;
    static final int QR_PIXELS = 300;

    private final ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);

    /**
     * @param verifyLink the link the QR code holds (the code and the seal)
     * @param shortLink  the link to type (the code alone)
     * @param revokedAt  when it was revoked; null while valid
     */
    public byte[] compose(CertificateFacts facts, String verifyLink, String shortLink, Instant revokedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfPages pdf = new PdfPages(page -> "")) {
            if (revokedAt != null) {
                pdf.wrapped(text("certificate.revoked", date(revokedAt)), PdfPages.HEADING);
                pdf.space(PdfPages.HEADING);
            }
            pdf.line(text("certificate.title"), PdfPages.TITLE * 1.4f);
            pdf.space(PdfPages.TITLE);
            pdf.line(text("certificate.intro"), PdfPages.HEADING);
            pdf.space(PdfPages.BODY);
            pdf.wrapped(facts.studentName(), PdfPages.TITLE * 1.2f);
            pdf.space(PdfPages.BODY);
            pdf.line(text("certificate.completed"), PdfPages.HEADING);
            pdf.space(PdfPages.BODY);
            pdf.wrapped(facts.hospitalName(), PdfPages.TITLE);
            pdf.space(PdfPages.TITLE);
            for (String line : new String[] {
                    text("certificate.externship", facts.externshipTitle()),
                    text("certificate.kind", facts.kind()),
                    text("certificate.dates", DATE.format(facts.startDate()), DATE.format(facts.endDate())),
                    text("certificate.hours", hours(facts.confirmedHours())),
                    text("certificate.attendings", facts.attendings())}) {
                pdf.wrapped(line, PdfPages.HEADING);
                pdf.space(PdfPages.BODY / 2);
            }
            pdf.space(PdfPages.HEADING);
            pdf.wrapped(text("certificate.issued", date(facts.issuedAt()), facts.hospitalName()), PdfPages.BODY);
            pdf.space(PdfPages.HEADING);
            pdf.rule();
            pdf.space(PdfPages.BODY);
            pdf.keep(QR_SIDE + 4 * PdfPages.HEADING);
            pdf.image(qr(verifyLink), QR_SIDE);
            pdf.space(PdfPages.BODY);
            pdf.wrapped(text("certificate.verify", shortLink), PdfPages.BODY);
            pdf.wrapped(text("certificate.code", CertificateCodes.shown(facts.code())), PdfPages.BODY);
            pdf.space(PdfPages.BODY);
            pdf.wrapped(text("certificate.footer"), PdfPages.BODY);
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("the certificate could not be laid out", e);
        }
        return out.toByteArray();
    }

    /** "Hands-on clinical externship in Internal Medicine". */
    public String kind(String type, String specialty) {
        return text("kind", texts.getString("type." + type), texts.getString("specialty." + specialty));
    }

    /** The QR code of {@code link} as a PNG, black on white with its quiet zone. */
    static byte[] qr(String link) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, QR_PIXELS, QR_PIXELS,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(),
                    BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("the QR code of " + link + " could not be drawn", e);
        }
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    private static String date(Instant moment) {
        return DATE.format(LocalDate.ofInstant(moment, ZoneOffset.UTC));
    }

    private String text(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), Locale.US).format(arguments);
    }
}
