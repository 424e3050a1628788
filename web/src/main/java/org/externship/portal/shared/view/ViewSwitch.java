package org.externship.portal.shared.view;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import java.io.IOException;
import java.util.List;

/**
 * {@code <ep:viewSwitch links="…" label="…"/>}: the views of a page as plain links ({@link ViewLink}), the one shown
 * marked as the current page (not a link), written in one go. {@code label} names the switch for screen readers.
 */
@FacesComponent(value = ViewSwitch.TYPE, createTag = true, tagName = "viewSwitch", namespace = TableRows.NAMESPACE)
public class ViewSwitch extends PreparedMarkup {

    static final String TYPE = "org.externship.portal.ViewSwitch";

    @Override
    @SuppressWarnings("unchecked")
    public void encodeBegin(FacesContext context) throws IOException {
        List<ViewLink> links = (List<ViewLink>) getAttributes().get("links");
        if (!isRendered() || links == null || links.isEmpty()) {
            return;
        }
        write(context.getResponseWriter(), links, (String) getAttributes().get("label"));
    }

    static void write(ResponseWriter writer, List<ViewLink> links, String label) throws IOException {
        writer.startElement("nav", null);
        writer.writeAttribute("class", "pager view-switch", null);
        if (label != null) {
            writer.writeAttribute("aria-label", label, null);
        }
        for (ViewLink link : links) {
            if (link.current()) {
                writer.startElement("span", null);
                writer.writeAttribute("class", "pager-current", null);
                writer.writeAttribute("aria-current", "page", null);
            } else {
                writer.startElement("a", null);
                writer.writeURIAttribute("href", link.address(), null);
            }
            writer.writeAttribute("id", link.id(), null);
            writer.writeText(link.label(), null);
            writer.endElement(link.current() ? "span" : "a");
        }
        writer.endElement("nav");
    }
}
