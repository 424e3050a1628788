package org.externship.portal.learninglog.view;

import org.externship.portal.learninglog.boundary.ExportedEntry;
import org.externship.portal.shared.boundary.Page;
import org.externship.portal.shared.view.CsvWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The log as a spreadsheet: one line per entry, UTF-8 with a byte order mark, RFC 4180 ({@link CsvWriter}). */
final class LogCsv {

    private final LogExportTexts texts;

    LogCsv(LogExportTexts texts) {
        this.texts = texts;
    }

    void write(Page<ExportedEntry> entries, OutputStream stream) throws IOException {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write(CsvWriter.BOM);
        CsvWriter csv = new CsvWriter(out);
        csv.line(List.of(texts.text("log.export.day"), texts.text("log.filter.kind"), texts.text("log.entry.topic"),
                texts.text("log.entry.involvement"), texts.text("log.entry.setting"), texts.text("log.entry.hours"),
                texts.text("log.export.where"), texts.text("log.entry.supervisor"), texts.text("log.export.mark"),
                texts.text("log.entry.notes"), texts.text("log.entry.applied")));
        for (ExportedEntry entry : entries.rows()) {
            csv.line(Arrays.asList(texts.day(entry.date()), texts.kind(entry), entry.topic(),
                    texts.part(entry), texts.setting(entry), entry.hours() == null ? null : entry.hours().toPlainString(),
                    texts.where(entry), entry.supervisorName(), texts.mark(entry), entry.notes(), entry.applied()));
        }
        if (entries.total() > entries.rows().size()) {
            csv.line(List.of(texts.text("log.export.cut", entries.rows().size(), entries.total())));
        }
        out.flush();
    }
}
