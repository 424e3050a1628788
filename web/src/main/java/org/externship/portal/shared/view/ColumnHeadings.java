package org.externship.portal.shared.view;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import java.io.IOException;
import java.util.ResourceBundle;

/**
 * {@code <ep:headings keys="report.column.externship report.column.periods"/>} inside a table's {@code <tr>}: one
 * column heading ({@code <th scope="col">}) for each text key, read from the portal's texts ({@code msg}) in the
 * viewer's language. Written as one component, not an expression per heading: the reports' six tables have forty
 * headings, and their expressions were a good part of the page's cost (with {@link TableRows} for the rows).
 */
@FacesComponent(value = ColumnHeadings.TYPE, createTag = true, tagName = "headings", namespace = TableRows.NAMESPACE)
public class ColumnHeadings extends PreparedMarkup {

    static final String TYPE = "org.externship.portal.ColumnHeadings";

    /** The name of the portal's texts in faces-config.xml. */
    private static final String TEXTS = "msg";

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        if (!isRendered()) {
            return;
        }
        write(context.getResponseWriter(), context.getApplication().getResourceBundle(context, TEXTS),
                String.valueOf(getAttributes().get("keys")));
    }

    static void write(ResponseWriter writer, ResourceBundle texts, String keys) throws IOException {
        for (String key : keys.trim().split("\\s+")) {
            writer.startElement("th", null);
            writer.writeAttribute("scope", "col", null);
            writer.writeText(texts.getString(key), null);
            writer.endElement("th");
        }
    }
}
