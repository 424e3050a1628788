package org.externship.portal.learninglog.view;

import org.externship.portal.learninglog.boundary.ExportedEntry;
import org.externship.portal.shared.boundary.Page;
import org.externship.portal.shared.pdf.PdfPages;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The log as a document to print or attach ({@link PdfPages}): each entry with its topic, day, kind, the student's
 * part, setting and hours, placement and hospital, supervisor, verification mark and notes.
 */
final class LogPdf {

    private final LogExportTexts texts;

    LogPdf(LogExportTexts texts) {
        this.texts = texts;
    }

    void write(String studentName, Page<ExportedEntry> entries, OutputStream out) throws IOException {
        try (PdfPages pdf = new PdfPages(page -> texts.text("log.export.page", page))) {
            pdf.line(texts.text("log.export.title", studentName), PdfPages.TITLE);
            long verified = entries.rows().stream().filter(ExportedEntry::isVerified).count();
            pdf.line(texts.text("log.export.subtitle", texts.day(LocalDate.now()), entries.rows().size(), verified),
                    PdfPages.BODY);
            if (entries.total() > entries.rows().size()) {
                pdf.line(texts.text("log.export.cut", entries.rows().size(), entries.total()), PdfPages.BODY);
            }
            pdf.space(8);
            for (ExportedEntry entry : entries.rows()) {
                entry(pdf, entry);
            }
            pdf.save(out);
        }
    }

    private void entry(PdfPages pdf, ExportedEntry entry) throws IOException {
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
        pdf.keep(80);
        pdf.wrapped(entry.topic(), PdfPages.HEADING);
        pdf.line(String.join(" · ", facts), PdfPages.BODY);
        String supervisor = entry.supervisorName() == null ? ""
                : " · " + texts.text("log.export.supervisor", entry.supervisorName());
        pdf.wrapped(texts.where(entry) + supervisor, PdfPages.BODY);
        pdf.line(texts.mark(entry), PdfPages.BODY);
        if (entry.notes() != null) {
            pdf.wrapped(entry.notes(), PdfPages.BODY);
        }
        if (entry.applied() != null) {
            pdf.wrapped(texts.text("log.entry.applied") + ": " + entry.applied(), PdfPages.BODY);
        }
        pdf.space(10);
    }
}
