package org.externship.portal.shared.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Text (and a letterhead's logo and rule) written down US Letter pages, the one way the portal's documents are laid out (the learning log, the ERAS
 * drafts, a letter of recommendation written in the portal): lines and wrapped paragraphs from the top, a new page
 * when one is full, its number at the foot. Liberation Sans (shipped with PDFBox) covers Latin, Greek and Cyrillic; a
 * character it lacks is written as "?". Pages are kept in a temporary file, not in memory.
 */
public final class PdfPages implements Closeable {

    public static final float BODY = 9.5f;
    public static final float HEADING = 11.5f;
    public static final float TITLE = 16;
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 54;
    private static final float LEADING = 1.35f;

    private final PDDocument document;
    private final TrueTypeFont fontFile;
    private final PDType0Font font;
    private final IntFunction<String> pageFooter;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private final Map<Integer, Float> widths = new HashMap<>();
    private PDPageContentStream content;
    private float y;
    private int pages;

    /** A document whose pages say {@code pageFooter.apply(n)} at their foot. */
    public PdfPages(IntFunction<String> pageFooter) throws IOException {
        this.pageFooter = pageFooter;
        this.document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        try (InputStream file = PdfPages.class.getResourceAsStream(FONT)) {
            this.fontFile = new TTFParser().parse(new RandomAccessReadBuffer(file));
        }
        // no glyph substitution: Latin, Greek and Cyrillic text needs none, and PDFBox's substitution compiles
        // regular expressions for every text it writes (it made a log of 1,000 entries take 2 s instead of 0.1 s)
        this.fontFile.setEnableGsub(false);
        this.font = PDType0Font.load(document, fontFile, true);
        newPage();
    }

    /** One line of {@code text} (cut at the page's edge if too long: use {@link #wrapped} for long texts). */
    public void line(String text, float size) throws IOException {
        if (y - size * LEADING < MARGIN) {
            newPage();
        }
        y -= size * LEADING;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(MARGIN, y);
        content.showText(printableText(text));
        content.endText();
    }

    /** {@code text} broken into lines that fit the page, paragraph by paragraph. */
    public void wrapped(String text, float size) throws IOException {
        float width = (PDRectangle.LETTER.getWidth() - 2 * MARGIN) * 1000 / size;
        float space = width(" ");
        for (String paragraph : printableText(text).split("\\R")) {
            StringBuilder current = new StringBuilder();
            float used = 0;
            for (String word : paragraph.split(" ")) {
                float wordWidth = width(word);
                if (!current.isEmpty() && used + space + wordWidth > width) {
                    line(current.toString(), size);
                    current.setLength(0);
                    used = 0;
                }
                if (!current.isEmpty()) {
                    current.append(' ');
                    used += space;
                }
                current.append(word);
                used += wordWidth;
            }
            line(current.toString(), size);
        }
    }

    /** The width of printable {@code text} in thousandths of the font size (the sum of its characters' widths). */
    private float width(String text) throws IOException {
        float sum = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            Float known = widths.get(c);
            if (known == null) {
                known = font.getStringWidth(new String(Character.toChars(c)));
                widths.put(c, known);
            }
            sum += known;
        }
        return sum;
    }

    /**
     * The image {@code png} (a PNG or JPEG the caller has checked) at the left margin, {@code height} points high or
     * less if it would be wider than the text, and the space it takes.
     */
    public void image(byte[] png, float height) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(document, png, "image");
        float textWidth = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
        float scale = Math.min(height / image.getHeight(), textWidth / image.getWidth());
        float shown = image.getHeight() * scale;
        if (y - shown < MARGIN) {
            newPage();
        }
        y -= shown;
        content.drawImage(image, MARGIN, y, image.getWidth() * scale, shown);
    }

    /** A thin line across the text's width, under what was written last. */
    public void rule() throws IOException {
        content.setLineWidth(0.75f);
        content.moveTo(MARGIN, y);
        content.lineTo(PDRectangle.LETTER.getWidth() - MARGIN, y);
        content.stroke();
    }

    /** Leaves {@code points} of space. */
    public void space(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code points} are left on this one (to keep a heading with what follows). */
    public void keep(float points) throws IOException {
        if (y < MARGIN + points) {
            newPage();
        }
    }

    public void save(OutputStream out) throws IOException {
        content.close();
        content = null;
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        try (fontFile) {
            if (content != null) {
                content.close();
            }
            document.close();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.LETTER);
        document.addPage(page);
        pages++;
        content = new PDPageContentStream(document, page);
        content.beginText();
        content.setFont(font, 8);
        content.newLineAtOffset(MARGIN, MARGIN / 2);
        content.showText(printableText(pageFooter.apply(pages)));
        content.endText();
        y = PDRectangle.LETTER.getHeight() - MARGIN;
    }

    /** The text with every character the font lacks (and every control character but line breaks) as "?". */
    private String printableText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r') {
                out.appendCodePoint(c);
            } else if (Character.isISOControl(c) || !printable.computeIfAbsent(c, this::inFont)) {
                out.append('?');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private boolean inFont(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
