package org.externship.portal.shared.view;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Map;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The cells {@link TableRows} writes, through a writer that escapes text as the real one does. */
class TableRowsTest {

    @Test
    void everyKindOfCellIsWrittenWithItsTextEscaped() throws IOException {
        Html html = new Html();
        for (Cell cell : List.of(Cell.text("<b>Ann</b> & co"), Cell.heading("Week 1"),
                Cell.link("Ann <i>Lee</i>", "/a?id=7&x=1", "queue-open"), Cell.tag("Offered", "status-offered"),
                Cell.checkbox("selected", "7", "select-7", "Select Ann\u2019s application", "queue-select"),
                Cell.text(null))) {
            cell.write(html);
        }
        assertEquals("<td>&lt;b&gt;Ann&lt;/b&gt; &amp; co</td>"
                + "<th scope=\"row\">Week 1</th>"
                + "<td><a href=\"/a?id=7&amp;x=1\" class=\"queue-open\">Ann &lt;i&gt;Lee&lt;/i&gt;</a></td>"
                + "<td><span class=\"ui-tag ui-widget status-offered\"><span class=\"ui-tag-value\">Offered</span>"
                + "</span></td>"
                + "<td class=\"queue-select\"><input type=\"checkbox\" name=\"selected\" value=\"7\" id=\"select-7\""
                + " aria-label=\"Select Ann\u2019s application\"></input></td>"
                + "<td></td>", html.toString());
    }

    @Test
    void aMapIsRowsOfAHeadingAndItsValue() throws IOException {
        Map<String, Object> fill = new LinkedHashMap<>();
        fill.put("Cardiology", "75 %");
        fill.put("Surgery", 0);
        List<TableRow> rows = TableRows.rows(fill);
        assertEquals(2, rows.size());
        Html html = new Html();
        for (TableRow row : rows) {
            for (Cell cell : row.cells()) {
                cell.write(html);
            }
        }
        assertEquals("<th scope=\"row\">Cardiology</th><td>75 %</td><th scope=\"row\">Surgery</th><td>0</td>",
                html.toString());
        assertEquals(List.of(), TableRows.rows(null));
    }

    @Test
    void columnHeadingsAreTheTextsOfTheirKeysEscaped() throws IOException {
        Html html = new Html();
        ResourceBundle texts = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"a.title", "Externship"}, {"a.fee", "Fee <USD> & more"}};
            }
        };
        ColumnHeadings.write(html, texts, "  a.title\n   a.fee ");
        assertEquals("<th scope=\"col\">Externship</th><th scope=\"col\">Fee &lt;USD&gt; &amp; more</th>",
                html.toString());
    }

    @Test
    void aViewSwitchLinksTheOtherViewsAndMarksTheOneShown() throws IOException {
        Html html = new Html();
        ViewSwitch.write(html, List.of(new ViewLink("show-funnel", "Applications & seats", "/r?show=funnel", true),
                new ViewLink("show-hours", "Hours <on site>", "/r?show=hours&from=1", false)), "Parts");
        assertEquals("<nav class=\"pager view-switch\" aria-label=\"Parts\">"
                + "<span class=\"pager-current\" aria-current=\"page\" id=\"show-funnel\">Applications &amp; seats"
                + "</span><a href=\"/r?show=hours&amp;from=1\" id=\"show-hours\">Hours &lt;on site&gt;</a></nav>",
                html.toString());
    }

    /** Writes what it is given as HTML, escaping text and attribute values. */
    private static final class Html extends ResponseWriter {
        private final StringBuilder out = new StringBuilder();
        private boolean open;

        @Override
        public String toString() {
            closeStart();
            return out.toString();
        }

        private void closeStart() {
            if (open) {
                out.append('>');
                open = false;
            }
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }

        @Override
        public void startElement(String name, UIComponent component) {
            closeStart();
            out.append('<').append(name);
            open = true;
        }

        @Override
        public void endElement(String name) {
            closeStart();
            out.append("</").append(name).append('>');
        }

        @Override
        public void writeAttribute(String name, Object value, String property) {
            out.append(' ').append(name).append("=\"").append(escape(String.valueOf(value))).append('"');
        }

        @Override
        public void writeURIAttribute(String name, Object value, String property) {
            writeAttribute(name, value, property);
        }

        @Override
        public void writeText(Object text, String property) {
            closeStart();
            out.append(escape(String.valueOf(text)));
        }

        @Override
        public void writeText(char[] text, int off, int len) {
            writeText(new String(text, off, len), null);
        }

        @Override
        public void writeComment(Object comment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            throw new UnsupportedOperationException("raw output: " + new String(cbuf, off, len));
        }

        @Override
        public String getContentType() {
            return "text/html";
        }

        @Override
        public String getCharacterEncoding() {
            return "UTF-8";
        }

        @Override
        public void flush() {
        }

        @Override
        public void startDocument() {
        }

        @Override
        public void endDocument() {
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }
}
