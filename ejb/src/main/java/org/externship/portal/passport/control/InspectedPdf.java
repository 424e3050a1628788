package org.externship.portal.passport.control;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An accepted PDF ({@link InspectedContent}) with what rules stricter than an upload's need to know of it, read while
 * the inspector had it open: each page's size as a reader shows it, and the first sign of a digital signature, if any
 * ({@link PdfSignature}, described for a log). The inspector judges neither; a letter of recommendation's rules do.
 *
 * @param content   the content type (always a PDF), size and hash
 * @param pages     every page's size, in page order; never empty, as a PDF without pages is refused
 * @param signature what shows the document is signed; empty if it is not
 */
public record InspectedPdf(InspectedContent content, List<PageSize> pages, Optional<String> signature) {

    public InspectedPdf {
        pages = List.copyOf(pages);
    }

    public int pageCount() {
        return pages.size();
    }

    static InspectedPdf read(InspectedContent content, PDDocument document) {
        List<PageSize> pages = new ArrayList<>(document.getNumberOfPages());
        for (PDPage page : document.getPages()) {
            pages.add(PageSize.shownOf(page));
        }
        return new InspectedPdf(content, pages, PdfSignature.find(document));
    }

    /**
     * A page's size in points (1/72 in) as a reader shows and prints it: its crop box (which PDFBox clips to the media
     * box, and which is the media box when the page has none), turned by the page's rotation, so that the width runs
     * across the upright page and the height down it. A US Letter page turned sideways measures 792 x 612.
     */
    public record PageSize(float width, float height) {

        static PageSize shownOf(PDPage page) {
            PDRectangle box = page.getCropBox();
            float width = Math.abs(box.getWidth());
            float height = Math.abs(box.getHeight());
            boolean turned = Math.floorMod(page.getRotation(), 180) == 90;
            return turned ? new PageSize(height, width) : new PageSize(width, height);
        }
    }
}
