package org.externship.portal.shared.view;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code <ep:rows value="…" columns="7" emptyText="…" emptyId="…"/>} inside a {@code <tbody>}: the rows of a long
 * table written in one go from rows the view formatted ({@link TableRow}), or from a map's entries (its key as the
 * row's heading, its value as the cell beside it, as a chart's table shows its numbers). A {@code ui:repeat} of the
 * same rows evaluates an expression for every cell, and on the reports and the review queue that was most of the
 * page's cost. Texts and attributes are escaped by the response writer. With no rows, {@code emptyText} (if given)
 * fills one row across the {@code columns}.
 */
@FacesComponent(value = TableRows.TYPE, createTag = true, tagName = "rows", namespace = TableRows.NAMESPACE)
public class TableRows extends PreparedMarkup {

    static final String TYPE = "org.externship.portal.TableRows";
    /** The tags' namespace: {@code xmlns:ep="externship.portal"}. */
    public static final String NAMESPACE = "externship.portal";

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        if (!isRendered()) {
            return;
        }
        ResponseWriter writer = context.getResponseWriter();
        List<TableRow> rows = rows(getAttributes().get("value"));
        if (rows.isEmpty()) {
            writeEmpty(writer);
            return;
        }
        for (TableRow row : rows) {
            writer.startElement("tr", null);
            if (row.styleClass() != null) {
                writer.writeAttribute("class", row.styleClass(), null);
            }
            for (Cell cell : row.cells()) {
                cell.write(writer);
            }
            writer.endElement("tr");
        }
    }

    private void writeEmpty(ResponseWriter writer) throws IOException {
        Object text = getAttributes().get("emptyText");
        if (text == null || text.toString().isEmpty()) {
            return;
        }
        writer.startElement("tr", null);
        writer.startElement("td", null);
        Object columns = getAttributes().get("columns");
        if (columns != null) {
            writer.writeAttribute("colspan", columns.toString(), null);
        }
        Object id = getAttributes().get("emptyId");
        if (id != null) {
            writer.writeAttribute("id", id.toString(), null);
        }
        writer.writeText(text.toString(), null);
        writer.endElement("td");
        writer.endElement("tr");
    }

    @SuppressWarnings("unchecked")
    static List<TableRow> rows(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> TableRow.of(Cell.heading(String.valueOf(e.getKey())), Cell.text(e.getValue())))
                    .toList();
        }
        return (List<TableRow>) value;
    }
}
