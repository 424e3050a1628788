package org.externship.portal.passport.control;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.externship.portal.passport.boundary.UploadRefusedException;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds what in a PDF can act rather than be read: scripts, launching programs, attached files, rich media, XFA forms,
 * sending or importing form data, opening other files. A certificate or a CV needs none of it, and each is a way to
 * run code or reach out from the reader's machine (the probe's file ran a script on opening and carried an
 * executable). Links to web pages ({@code /URI} actions, other than {@code javascript:}) and moves inside the document
 * are fine.
 * <p>
 * Searches every dictionary reachable from the catalog ({@link PdfWalk}) rather than a list of places, because actions
 * hide in many: the catalog's {@code /OpenAction} and {@code /AA}, the names tree ({@code /JavaScript},
 * {@code /EmbeddedFiles}), pages' {@code /AA}, annotations' {@code /A} and {@code /AA}, form fields, bookmarks, and
 * any action's {@code /Next} chain.
 */
final class PdfActiveContent {

    /** Keys that only active content has. */
    private static final Set<COSName> ACTIVE_KEYS = Set.of(
            COSName.JS,                              // a JavaScript action's script
            COSName.AA,                              // additional actions: on open, close, hover, keystroke...
            COSName.JAVA_SCRIPT,                     // the names tree's document-level scripts
            COSName.EMBEDDED_FILES,                  // the names tree's attachments
            COSName.EF,                              // a file specification that carries the file
            COSName.XFA,                             // an XFA form, which has its own scripting
            COSName.getPDFName("RichMediaContent"),  // Flash and video
            COSName.getPDFName("RichMediaSettings"));

    /** Action types ({@code /S}) that run something, send something or open something. */
    private static final Set<COSName> ACTIVE_ACTIONS = Set.of(
            COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"),
            COSName.getPDFName("SubmitForm"), COSName.getPDFName("ImportData"),
            COSName.getPDFName("GoToE"), COSName.getPDFName("GoToR"), // open another file: leaks credentials to a share
            COSName.getPDFName("RichMediaExecute"), COSName.getPDFName("Rendition"),
            COSName.getPDFName("Movie"), COSName.getPDFName("Sound"));

    /** Annotation types ({@code /Subtype}) that carry files, media or scripts. */
    private static final Set<COSName> ACTIVE_ANNOTATIONS = Set.of(
            COSName.getPDFName("FileAttachment"), COSName.getPDFName("RichMedia"), COSName.getPDFName("Screen"),
            COSName.getPDFName("Movie"), COSName.getPDFName("Sound"), COSName.getPDFName("3D"));

    private PdfActiveContent() {
    }

    /**
     * The first active thing found in {@code document}, described for a log (a student is told only that the PDF has
     * scripts or attached files); empty for a plain document.
     *
     * @throws UploadRefusedException with {@link BoundedPdfLoader#TOO_COMPLEX} past {@link PdfWalk#MAX_CONTAINERS}
     */
    static Optional<String> find(PDDocument document) {
        return PdfWalk.first(document, PdfActiveContent::activeIn);
    }

    private static Optional<String> activeIn(COSDictionary dictionary) {
        for (COSName key : ACTIVE_KEYS) {
            if (dictionary.containsKey(key)) {
                return Optional.of("key /" + key.getName());
            }
        }
        COSName action = dictionary.getCOSName(COSName.S);
        if (action != null && ACTIVE_ACTIONS.contains(action)) {
            return Optional.of("action /" + action.getName());
        }
        COSName subtype = dictionary.getCOSName(COSName.SUBTYPE);
        if (subtype != null && ACTIVE_ANNOTATIONS.contains(subtype)) {
            return Optional.of("annotation /" + subtype.getName());
        }
        if (COSName.URI.equals(action) && isScriptAddress(dictionary.getString(COSName.URI))) {
            return Optional.of("javascript: link");
        }
        return Optional.empty();
    }

    private static boolean isScriptAddress(String uri) {
        return uri != null && uri.strip().toLowerCase(Locale.ROOT).startsWith("javascript:");
    }
}
