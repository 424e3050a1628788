package org.externship.portal.rotation.control;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.externship.portal.rotation.entity.CertificateFacts;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateComposerTest {

    private static final CertificateFacts FACTS = new CertificateFacts("K7Q2MX4P9TRA", "Lena Petrova",
            "St. Mary's Teaching Hospital", "Internal Medicine Wards", "Hands-on clinical externship in Internal "
            + "Medicine", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 29), new BigDecimal("152.50"),
            "Grace Adams", Instant.parse("2027-01-29T15:00:00Z"));
    private static final String LINK = "https://portal.example/verify.xhtml?c=K7Q2MX4P9TRA&s=abc";

    private final CertificateComposer composer = new CertificateComposer();

    @Test
    void theQrCodeHoldsTheVerificationLink() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(CertificateComposer.qr(LINK)));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        assertEquals(LINK, new QRCodeReader().decode(bitmap).getText());
    }

    @Test
    void thePdfStatesTheFactsTheShortLinkAndTheCode() throws Exception {
        String text = text(composer.compose(FACTS, LINK, "https://portal.example/c/K7Q2-MX4P-9TRA", null));
        for (String printed : new String[] {"Certificate of Clinical Externship", "Lena Petrova",
                "St. Mary's Teaching Hospital", "Type: Hands-on clinical externship in Internal Medicine",
                "Dates: January 4, 2027 to January 29, 2027",
                "Hours on site, confirmed by the supervising attending: 152.5", "Supervised by: Grace Adams",
                "https://portal.example/c/K7Q2-MX4P-9TRA", "Certificate code: K7Q2-MX4P-9TRA"}) {
            assertTrue(text.contains(printed), printed + " in " + text);
        }
        assertFalse(text.contains("REVOKED"));
        assertTrue(text(composer.compose(FACTS, LINK, "x", Instant.parse("2027-02-01T10:00:00Z")))
                .contains("REVOKED on February 1, 2027"));
    }

    @Test
    void theKindIsInWords() {
        assertEquals("Observational externship in Pediatrics", composer.kind("OBSERVATIONAL", "PEDIATRICS"));
    }

    @Test
    void theSealedTextChangesWithEveryFactAndCannotBeShiftedBetweenFields() {
        CertificateFacts moreHours = new CertificateFacts(FACTS.code(), FACTS.studentName(), FACTS.hospitalName(),
                FACTS.externshipTitle(), FACTS.kind(), FACTS.startDate(), FACTS.endDate(), new BigDecimal("252.5"),
                FACTS.attendings(), FACTS.issuedAt());
        assertNotEquals(FACTS.canonical(), moreHours.canonical());
        CertificateFacts shifted = new CertificateFacts(FACTS.code(), "Lena", "Petrova|St. Mary's Teaching Hospital",
                FACTS.externshipTitle(), FACTS.kind(), FACTS.startDate(), FACTS.endDate(), FACTS.confirmedHours(),
                FACTS.attendings(), FACTS.issuedAt());
        assertNotEquals(FACTS.canonical(), shifted.canonical());
        assertEquals(FACTS.canonical(), new CertificateFacts(FACTS.code(), FACTS.studentName(), FACTS.hospitalName(),
                FACTS.externshipTitle(), FACTS.kind(), FACTS.startDate(), FACTS.endDate(), new BigDecimal("152.5"),
                FACTS.attendings(), FACTS.issuedAt().plusSeconds(60)).canonical(),
                "as the database gives it back: the hours' scale, the moment within the day");
    }

    @Test
    void codesAreReadHoweverTheyAreTyped() {
        String code = CertificateCodes.next();
        assertEquals(12, code.length());
        assertEquals(code, CertificateCodes.read(CertificateCodes.shown(code).toLowerCase()).orElseThrow());
        assertEquals("K7Q2MX4P9TRA", CertificateCodes.read(" k7q2 mx4p 9tra ").orElseThrow());
        assertEquals("010000000000", CertificateCodes.read("OI0000000000").orElseThrow(), "O is 0, I is 1");
        assertTrue(CertificateCodes.read("<script>alert(1)</script>").isEmpty());
        assertTrue(CertificateCodes.read("K7Q2MX4P9TR").isEmpty(), "one short");
        assertTrue(CertificateCodes.read(null).isEmpty());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
