package org.externship.portal.learninglog.view;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.externship.portal.learninglog.boundary.ExportedEntry;
import org.externship.portal.shared.boundary.Page;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The log as a document to print or attach: US Letter pages, each entry with its day, kind, the student's part and
 * hours, topic, placement and hospital, supervisor, verification mark and notes. Liberation Sans (shipped with
 * PDFBox) covers Latin, Greek and Cyrillic; a character it lacks is written as "?". Pages are kept in a temporary
 * file, not in memory.
 */
final class LogPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 54;
    private static final float BODY = 9.5f;
    private static final float TOPIC = 11.5f;
    private static final float LEADING = 1.35f;

    private final LogExportTexts texts;
    private PDDocument document;
    private PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream content;
    private float y;
    private int pages;

    LogPdf(LogExportTexts texts) {
        this.texts = texts;
    }

    void write(String studentName, Page<ExportedEntry> entries, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
             InputStream fontFile = LogPdf.class.getResourceAsStream(FONT)) {
            document = pdf;
            font = PDType0Font.load(pdf, fontFile, true);
            newPage();
            line(texts.text("log.export.title", studentName), 16);
            long verified = entries.rows().stream().filter(ExportedEntry::isVerified).count();
            line(texts.text("log.export.subtitle", texts.day(LocalDate.now()), entries.rows().size(), verified), BODY);
            if (entries.total() > entries.rows().size()) {
                line(texts.text("log.export.cut", entries.rows().size(), entries.total()), BODY);
            }
            y -= 8;
            for (ExportedEntry entry : entries.rows()) {
                entry(entry);
            }
            content.close();
            pdf.save(out);
        }
    }

    private void entry(ExportedEntry entry) throws IOException {
        List<String> facts = new ArrayList<>(List.of(texts.day(entry.date()), texts.kind(entry)));
        if (!texts.part(entry).isEmpty()) {
            facts.add(texts.part(entry));
        }
        if (!texts.setting(entry).isEmpty()) {
            facts.add(texts.setting(entry));
        }
        if (entry.hours() != null) {
            facts.add(texts.text("log.hours", entry.hours().toPlainString()));
        }
        if (y < MARGIN + 80) {
            newPage();
        }
        wrapped(entry.topic(), TOPIC);
        line(String.join(" · ", facts), BODY);
        String supervisor = entry.supervisorName() == null ? ""
                : " · " + texts.text("log.export.supervisor", entry.supervisorName());
        wrapped(texts.where(entry) + supervisor, BODY);
        line(texts.mark(entry), BODY);
        if (entry.notes() != null) {
            wrapped(entry.notes(), BODY);
        }
        if (entry.applied() != null) {
            wrapped(texts.text("log.entry.applied") + ": " + entry.applied(), BODY);
        }
        y -= 10;
    }

    /** {@code text} broken into lines that fit the page, paragraph by paragraph. */
    private void wrapped(String text, float size) throws IOException {
        float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
        for (String paragraph : printableText(text).split("\\R")) {
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String tried = current.isEmpty() ? word : current + " " + word;
                if (current.length() > 0 && font.getStringWidth(tried) / 1000 * size > width) {
                    line(current.toString(), size);
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(tried);
                }
            }
            line(current.toString(), size);
        }
    }

    private void line(String text, float size) throws IOException {
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
        content.showText(printableText(texts.text("log.export.page", pages)));
        content.endText();
        y = PDRectangle.LETTER.getHeight() - MARGIN;
    }

    /** The text with every character the font lacks (and every control character) as "?". */
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
