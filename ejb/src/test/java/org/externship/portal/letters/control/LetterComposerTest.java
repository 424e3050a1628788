package org.externship.portal.letters.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.externship.portal.passport.control.UploadInspector;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A letter written in the portal, rendered: it passes every rule an uploaded letter must ({@link LetterFile}), on US
 * Letter pages, and reads back (as a program's software reads it) with its letterhead, date, text and signature; a
 * long text flows onto a second page, and characters the font lacks do not stop it.
 */
class LetterComposerTest {

    static final LocalDate DAY = LocalDate.of(2027, 3, 15);

    private final LetterComposer composer = new LetterComposer();
    private final LetterFile letterFile = new LetterFile(new UploadInspector());

    static WrittenLetter letter(String body) {
        return new WrittenLetter("Mercy General Hospital", "1200 Harbor Street\nBoston, MA 02118", "(617) 555-0142",
                "g.adams@mercy.example.org", DAY, body, "Grace Adams, MD", "Attending Physician, Internal Medicine");
    }

    @Test
    void aLetterOnLetterheadSignedAndDatedThatPassesTheLetterRules() throws IOException {
        byte[] pdf = composer.compose(letter("Dear Program Director,\n\nIt is my pleasure to recommend Lena Petrova."
                + "\n\nSincerely,"));

        InspectedLetter inspected = letterFile.inspect(pdf, "Letter for Lena Petrova.pdf");
        assertEquals(1, inspected.pageCount());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            assertEquals(612, page.getMediaBox().getWidth(), 0.01, "8.5 in");
            assertEquals(792, page.getMediaBox().getHeight(), 0.01, "11 in");
            assertFalse(document.isEncrypted());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.startsWith("Mercy General Hospital"), "the letterhead first: " + text);
            assertTrue(text.contains("1200 Harbor Street"), text);
            assertTrue(text.contains("Boston, MA 02118"), text);
            assertTrue(text.contains("Phone: (617) 555-0142"), text);
            assertTrue(text.contains("E-mail: g.adams@mercy.example.org"), text);
            assertTrue(text.contains("March 15, 2027"), text);
            assertTrue(text.contains("Dear Program Director,"), text);
            assertTrue(text.contains("It is my pleasure to recommend Lena Petrova."), text);
            assertTrue(text.contains("Grace Adams, MD\nAttending Physician, Internal Medicine\nMercy General Hospital\n"
                    + "March 15, 2027"), "the signature block: " + text);
        }
    }

    @Test
    void theHospitalsLogoHeadsTheLetterheadAndTheLetterStillPassesTheRules() throws IOException {
        byte[] logo = new LetterheadLogo(new UploadInspector()).normalised(LetterheadLogoTest.png(900, 300));
        WrittenLetter plain = letter("Dear Program Director,\n\nIt is my pleasure to recommend Lena Petrova.");
        byte[] pdf = composer.compose(new WrittenLetter(plain.hospital(), plain.address(), plain.phone(), plain.email(),
                plain.date(), plain.body(), plain.signerName(), plain.signerTitle(), logo));

        assertEquals(1, letterFile.inspect(pdf, "letter.pdf").pageCount(), "a logo breaks no letter rule");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertEquals(1, images.size(), "the logo, once");
            assertEquals(600, images.get(0).getWidth(), "kept at the letterhead's size");
            assertTrue(new PDFTextStripper().getText(document).startsWith("Mercy General Hospital"),
                    "the hospital's name under the logo");
        }
        try (PDDocument withoutLogo = Loader.loadPDF(composer.compose(plain))) {
            assertFalse(withoutLogo.getPage(0).getResources().getXObjectNames().iterator().hasNext(),
                    "no logo set, no image");
        }
    }

    @Test
    void aLongLetterFlowsOntoTheNextPage() throws IOException {
        String paragraph = "During her four weeks on our inpatient service she presented new admissions every morning "
                + "with a clear assessment and plan, and she improved visibly from week to week. ";
        byte[] pdf = composer.compose(letter("Dear Program Director,\n\n" + (paragraph.repeat(6) + "\n\n").repeat(5)
                + "Last words of the letter.\n\nSincerely,"));

        assertEquals(2, letterFile.inspect(pdf, "letter.pdf").pageCount());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            String text = second.getText(document);
            assertTrue(text.contains("Last words of the letter."), text);
            assertTrue(text.contains("Grace Adams, MD"), "the signature after the text: " + text);
            assertTrue(text.contains("Page 2"), text);
        }
    }

    @Test
    void charactersBeyondLatinAndControlCharactersDoNotStopTheLetter() throws IOException {
        byte[] pdf = composer.compose(new WrittenLetter("Hôpital Saint-Éloi – Médecine", "Straße 1\tSuite 2",
                "+1 617 555 0142", "x@y.org", DAY, "Dear Program Director,\r\n\r\nŁukasz, Ωmega, Жизнь, 中文 and 🙂 "
                + "and a bell \u0007 “quoted” — dash…\n\nSincerely,", "Dr. Zoë Ng", "Attending"));

        letterFile.inspect(pdf, "letter.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Hôpital Saint-Éloi – Médecine"), text);
            assertTrue(text.contains("Łukasz, Ωmega, Жизнь, ?? and ? and a bell ? “quoted” — dash…"),
                    "what the font lacks prints as ?: " + text);
            assertTrue(text.contains("Straße 1 Suite 2"), text);
        }
    }
}
