package org.externship.portal.shared.view;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The view root of every page. For the public stateless pages (context parameter {@value #STATELESS_VIEWS}) the
 * view map lives only as long as the request, instead of being registered in the HTTP session: PrimeFaces keeps its
 * CSP nonce in the view map, and Mojarra opens a session for every new view map, even of a transient view. Without
 * this, every anonymous visit opened a session. These pages use no view-scoped beans (their beans are
 * request-scoped); an AJAX postback from them carries its nonce, which PrimeFaces checks as usual.
 */
public class StatelessViewRoot extends UIViewRoot {

    /** Comma-separated view ids (e.g. {@code /index.xhtml}) of the pages rendered without state. */
    public static final String STATELESS_VIEWS = "org.externship.portal.STATELESS_VIEWS";

    private transient Map<String, Object> requestViewMap;

    @Override
    public Map<String, Object> getViewMap(boolean create) {
        if (!isStatelessPage()) {
            return super.getViewMap(create);
        }
        if (requestViewMap == null && create) {
            requestViewMap = new HashMap<>();
        }
        return requestViewMap;
    }

    private boolean isStatelessPage() {
        String viewId = getViewId();
        if (viewId == null) {
            return false;
        }
        String pages = FacesContext.getCurrentInstance().getExternalContext().getInitParameter(STATELESS_VIEWS);
        return pages != null && Arrays.stream(pages.split(",")).map(String::strip).anyMatch(viewId::equals);
    }
}
