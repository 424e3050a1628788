package org.externship.portal.passport.control;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.externship.portal.passport.boundary.UploadRefusedException;

import java.util.Optional;

/**
 * Finds a digital signature in a PDF, made or waiting to be made: a signature field ({@code /FT /Sig}, signed or
 * empty), a signature or time-stamp dictionary ({@code /Type /Sig} or {@code /DocTimeStamp}, or any dictionary with
 * the {@code /ByteRange} a signature covers), and what a certifying or usage-rights signature leaves in the catalog
 * ({@code /Perms}) or its reference ({@code /DocMDP}). Searches every dictionary reachable from the catalog
 * ({@link PdfWalk}), so a signature's widget found through a page counts as much as one in the form.
 * <p>
 * A signature is not active content and an upload may carry one (certificates often do); the residency application
 * service refuses letters that do, since a signed file cannot be stamped or combined without breaking it. So the
 * inspector only reports it ({@link InspectedPdf#signature()}) and the letter's rules refuse it.
 */
final class PdfSignature {

    private PdfSignature() {
    }

    /**
     * The first sign of a signature found in {@code document}, described for a log; empty for an unsigned document.
     *
     * @throws UploadRefusedException with {@link BoundedPdfLoader#TOO_COMPLEX} past {@link PdfWalk#MAX_CONTAINERS}
     */
    static Optional<String> find(PDDocument document) {
        return PdfWalk.first(document, PdfSignature::signatureIn);
    }

    private static Optional<String> signatureIn(COSDictionary dictionary) {
        if (COSName.SIG.equals(dictionary.getCOSName(COSName.FT))) {
            return Optional.of("signature field");
        }
        COSName type = dictionary.getCOSName(COSName.TYPE);
        if (COSName.SIG.equals(type) || COSName.DOC_TIME_STAMP.equals(type)) {
            return Optional.of("signature dictionary /" + type.getName());
        }
        if (dictionary.containsKey(COSName.BYTERANGE)) {
            return Optional.of("signed /ByteRange");
        }
        if (dictionary.containsKey(COSName.PERMS)) {
            return Optional.of("signature permissions /Perms");
        }
        if (dictionary.containsKey(COSName.DOCMDP)
                || COSName.DOCMDP.equals(dictionary.getCOSName(COSName.TRANSFORM_METHOD))) {
            return Optional.of("certification /DocMDP");
        }
        return Optional.empty();
    }
}
