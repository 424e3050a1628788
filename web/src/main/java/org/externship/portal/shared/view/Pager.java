package org.externship.portal.shared.view;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;

/**
 * {@code <ep:pager links="…" label="…"/>}: a pager of plain links ({@link PageLink}) under a long table (the review
 * queue, each of the reports' tables), written in one go; nothing when there is a single page. {@code label} names the
 * pager for screen readers ("Pages of the queue"); the links' words are the bundle's {@code pager.*}. Every page of
 * the table has an address of its own, so a bookmark or a reload opens the same page.
 */
@FacesComponent(value = Pager.TYPE, createTag = true, tagName = "pager", namespace = TableRows.NAMESPACE)
public class Pager extends PreparedMarkup {

    static final String TYPE = "org.externship.portal.Pager";

    @Override
    @SuppressWarnings("unchecked")
    public void encodeBegin(FacesContext context) throws IOException {
        List<PageLink> links = (List<PageLink>) getAttributes().get("links");
        if (!isRendered() || links == null || links.isEmpty()) {
            return;
        }
        ResourceBundle texts = context.getApplication().getResourceBundle(context, "msg");
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("nav", this);
        writer.writeAttribute("class", "pager", null);
        Object label = getAttributes().get("label");
        if (label != null) {
            writer.writeAttribute("aria-label", label.toString(), null);
        }
        for (PageLink link : links) {
            writer.startElement("a", null);
            writer.writeURIAttribute("href", link.address(), null);
            String word = texts.getString("pager." + link.kind());
            if (link.kind() == PageLink.Kind.NUMBER) {
                writer.writeAttribute("class", link.current() ? "pager-link pager-current" : "pager-link", null);
                writer.writeAttribute("aria-current", link.current() ? "page" : "false", null);
                writer.writeAttribute("aria-label", word + " " + link.page(), null);
                writer.writeText(Integer.toString(link.page()), null);
            } else {
                writer.writeAttribute("class", "pager-link pager-step pager-" + link.kind(), null);
                writer.writeText(word, null);
            }
            writer.endElement("a");
        }
        writer.endElement("nav");
    }
}
