package org.externship.portal.shared.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes comma-separated values as RFC 4180 has them, for spreadsheets: lines end in CRLF; a cell with a comma, a
 * quote or a line break is quoted, its quotes doubled. A cell that a spreadsheet would run as a formula (one that
 * starts with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so a student's name or a title
 * is never executed on the coordinator's computer. Start the file with {@link #BOM} for Excel to read it as UTF-8.
 */
public final class CsvWriter {

    /** The byte order mark that tells Excel the file is UTF-8. */
    public static final String BOM = "\uFEFF";

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes one line of cells; a null cell is empty. */
    public CsvWriter line(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        try {
            out.write(line.append("\r\n").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** One cell as the file holds it: neutralised, then quoted if needed. */
    static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
