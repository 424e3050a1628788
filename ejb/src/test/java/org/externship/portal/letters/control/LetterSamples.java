package org.externship.portal.letters.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.externship.portal.passport.control.SampleFiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;

/**
 * Letters of recommendation for {@link LetterFile}'s tests, made with PDFBox on the spot (nothing downloaded, no binary
 * committed): good ones on US Letter, and one per way a letter can break the rules that the passport's samples
 * ({@link SampleFiles}, {@code HostileFiles}) do not already show. PDFBox's {@code new PDPage()} is US Letter.
 */
public final class LetterSamples {

    private LetterSamples() {
    }

    /** A letter of {@code pages} US Letter pages. */
    public static byte[] letter(int pages) {
        return SampleFiles.build(document -> {
            for (int i = 1; i <= pages; i++) {
                SampleFiles.addPage(document, "Dear Program Director, page " + i + " of " + pages);
            }
        });
    }

    /** A letter with one page of each size, in order. */
    public static byte[] letterOn(PDRectangle... sizes) {
        return SampleFiles.build(document -> {
            for (PDRectangle size : sizes) {
                SampleFiles.addPage(document, "Dear Program Director,").setMediaBox(size);
            }
        });
    }

    /** US Letter laid out sideways (792 x 612) and turned upright by the page's rotation, as some scanners write it. */
    static byte[] letterTurnedUpright() {
        return SampleFiles.build(document -> {
            PDPage page = SampleFiles.addPage(document, "Dear Program Director,");
            page.setMediaBox(new PDRectangle(792, 612));
            page.setRotation(90);
        });
    }

    /** A letter that runs a script when it is opened. */
    public static byte[] letterWithOpenActionScript() {
        return SampleFiles.build(document -> {
            SampleFiles.addPage(document, "Dear Program Director,");
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('Please sign');"));
        });
    }

    /** A letter with an empty signature field, waiting to be signed. */
    static byte[] letterWithSignatureField() {
        return SampleFiles.build(document -> {
            PDPage page = SampleFiles.addPage(document, "Sincerely, Grace Adams, MD");
            PDAcroForm form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(72, 100, 200, 50));
            widget.setPage(page);
            page.getAnnotations().add(widget);
            form.getFields().add(field);
        });
    }

    /**
     * A letter signed as a reader signs it: a signature dictionary with the {@code /ByteRange} it covers, saved as an
     * incremental update. The signature bytes are not a real CMS signature: the rule is about the structure, which
     * the residency application service refuses whether the signature verifies or not.
     */
    static byte[] signedLetter() {
        try (PDDocument document = Loader.loadPDF(letter(1)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName("Grace Adams, MD");
            signature.setSignDate(Calendar.getInstance());
            document.addSignature(signature, content -> new byte[] {0x30, 0x03, 0x02, 0x01, 0x00});
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A letter whose catalog carries a certification's permissions ({@code /Perms /DocMDP}) but no signature field. */
    static byte[] certifiedLetter() {
        return SampleFiles.build(document -> {
            SampleFiles.addPage(document, "Dear Program Director,");
            COSDictionary reference = new COSDictionary();
            reference.setItem(COSName.TRANSFORM_METHOD, COSName.DOCMDP);
            COSArray references = new COSArray();
            references.add(reference);
            COSDictionary certification = new COSDictionary();
            certification.setItem(COSName.FILTER, COSName.ADOBE_PPKLITE);
            certification.setItem(COSName.REFERENCE, references);
            COSDictionary permissions = new COSDictionary();
            permissions.setItem(COSName.DOCMDP, certification);
            document.getDocumentCatalog().getCOSObject().setItem(COSName.PERMS, permissions);
        });
    }

    /**
     * A one-page letter of exactly {@code bytes} bytes: its page has a second, uncompressed content stream of spaces
     * (what an uncompressed scan looks like to the size limit), grown until the file has the size asked for.
     */
    static byte[] letterOfExactly(long bytes) {
        int padding = (int) bytes;
        for (int attempt = 0; attempt < 5; attempt++) {
            byte[] letter = paddedLetter(Math.max(0, padding));
            if (letter.length == bytes) {
                return letter;
            }
            padding += (int) (bytes - letter.length);
        }
        throw new IllegalStateException("no letter of exactly " + bytes + " bytes");
    }

    private static byte[] paddedLetter(int padding) {
        return SampleFiles.build(document -> {
            PDPage page = SampleFiles.addPage(document, "Dear Program Director,");
            byte[] spaces = new byte[padding];
            Arrays.fill(spaces, (byte) ' ');
            List<PDStream> contents = new ArrayList<>();
            page.getContentStreams().forEachRemaining(contents::add);
            contents.add(new PDStream(document, new ByteArrayInputStream(spaces)));
            page.setContents(contents);
        });
    }

    /** The start of a Windows program, named as a letter. */
    static byte[] windowsProgram() {
        return "MZ\u0090\u0000\u0003\u0000This program cannot be run in DOS mode.\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The start of a Linux program, named as a letter. */
    static byte[] linuxProgram() {
        return "\u007fELF\u0002\u0001\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
    }
}
