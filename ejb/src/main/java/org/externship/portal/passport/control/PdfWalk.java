package org.externship.portal.passport.control;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.externship.portal.passport.boundary.UploadRefusedException;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Visits every dictionary reachable from a PDF's catalog, each once, and stops at the first one a search recognises:
 * the one walk that both {@link PdfActiveContent} and {@link PdfSignature} search with. It walks PDFBox's object model
 * rather than the bytes because PDFBox, and most tools, write the catalog, pages, annotations and form fields into
 * compressed object streams, where no byte search can see them; and it walks everything rather than a list of places
 * because what it looks for hides in many. It reads dictionaries only: it never decodes a page's contents or an image,
 * and the objects it resolves come through {@link BoundedPdfLoader}'s budget.
 */
final class PdfWalk {

    /** More dictionaries and arrays than a 5 MB document of any honest kind holds. */
    static final int MAX_CONTAINERS = 1_000_000;

    private PdfWalk() {
    }

    /**
     * What {@code search} says of the first dictionary it recognises in {@code document}; empty if none.
     *
     * @throws UploadRefusedException with {@link BoundedPdfLoader#TOO_COMPLEX} past {@link #MAX_CONTAINERS}
     */
    static Optional<String> first(PDDocument document, Function<COSDictionary, Optional<String>> search) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> pending = new ArrayDeque<>();
        pending.push(document.getDocumentCatalog().getCOSObject());
        while (!pending.isEmpty()) {
            COSBase next = pending.pop();
            COSBase item = next instanceof COSObject reference ? reference.getObject() : next;
            if (!(item instanceof COSDictionary || item instanceof COSArray) || !seen.add(item)) {
                continue;
            }
            if (seen.size() > MAX_CONTAINERS) {
                throw new UploadRefusedException(BoundedPdfLoader.TOO_COMPLEX);
            }
            if (item instanceof COSDictionary dictionary) {
                Optional<String> found = search.apply(dictionary);
                if (found.isPresent()) {
                    return found;
                }
                dictionary.getValues().forEach(pending::push);
            } else {
                ((COSArray) item).forEach(pending::push);
            }
        }
        return Optional.empty();
    }
}
