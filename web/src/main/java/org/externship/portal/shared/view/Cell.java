package org.externship.portal.shared.view;

import jakarta.faces.context.ResponseWriter;

import java.io.IOException;
import java.io.Serializable;

/**
 * One cell of a row that {@link TableRows} writes: plain text, a row's heading, a link, a status tag or a row's
 * checkbox. The view formats the texts once; the response writer escapes every text and attribute.
 */
public interface Cell extends Serializable {

    /** Writes the cell, {@code <td>} or {@code <th>} and what is inside. */
    void write(ResponseWriter writer) throws IOException;

    /** Text in a cell; nothing written for null. */
    static Cell text(Object text) {
        return new Text(text == null ? "" : text.toString());
    }

    /** The row's heading ({@code <th scope="row">}), as the first cell of a chart's table. */
    static Cell heading(String text) {
        return new Heading(text);
    }

    /** A link to {@code address} with {@code text}, of style class {@code styleClass} (none when null). */
    static Cell link(String text, String address, String styleClass) {
        return new Link(text, address, styleClass);
    }

    /** A status as the portal's tags show it: {@code styleClass} colours it. */
    static Cell tag(String text, String styleClass) {
        return new Tag(text, styleClass);
    }

    /** The row's plain checkbox {@code name=value}, named for screen readers by {@code label}. */
    static Cell checkbox(String name, String value, String id, String label, String styleClass) {
        return new Checkbox(name, value, id, label, styleClass);
    }

    record Text(String text) implements Cell {
        @Override
        public void write(ResponseWriter writer) throws IOException {
            writer.startElement("td", null);
            writer.writeText(text, null);
            writer.endElement("td");
        }
    }

    record Heading(String text) implements Cell {
        @Override
        public void write(ResponseWriter writer) throws IOException {
            writer.startElement("th", null);
            writer.writeAttribute("scope", "row", null);
            writer.writeText(text, null);
            writer.endElement("th");
        }
    }

    record Link(String text, String address, String styleClass) implements Cell {
        @Override
        public void write(ResponseWriter writer) throws IOException {
            writer.startElement("td", null);
            writer.startElement("a", null);
            writer.writeURIAttribute("href", address, null);
            if (styleClass != null) {
                writer.writeAttribute("class", styleClass, null);
            }
            writer.writeText(text, null);
            writer.endElement("a");
            writer.endElement("td");
        }
    }

    record Tag(String text, String styleClass) implements Cell {
        @Override
        public void write(ResponseWriter writer) throws IOException {
            writer.startElement("td", null);
            writer.startElement("span", null);
            writer.writeAttribute("class", "ui-tag ui-widget " + styleClass, null);
            writer.startElement("span", null);
            writer.writeAttribute("class", "ui-tag-value", null);
            writer.writeText(text, null);
            writer.endElement("span");
            writer.endElement("span");
            writer.endElement("td");
        }
    }

    record Checkbox(String name, String value, String id, String label, String styleClass) implements Cell {
        @Override
        public void write(ResponseWriter writer) throws IOException {
            writer.startElement("td", null);
            if (styleClass != null) {
                writer.writeAttribute("class", styleClass, null);
            }
            writer.startElement("input", null);
            writer.writeAttribute("type", "checkbox", null);
            writer.writeAttribute("name", name, null);
            writer.writeAttribute("value", value, null);
            writer.writeAttribute("id", id, null);
            writer.writeAttribute("aria-label", label, null);
            writer.endElement("input");
            writer.endElement("td");
        }
    }
}
