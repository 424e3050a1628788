package org.externship.portal.shared.view;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

import java.util.HashMap;
import java.util.Map;

/**
 * The view root of every page. A visitor without an HTTP session does not get one just for a view map: PrimeFaces
 * keeps its CSP nonce in the view map of every page, and Mojarra registers every new view map in the session (even
 * of a transient view), so every anonymous visit used to open a session. Without a session the view map lives as
 * long as the request. That suits the public pages, which are stateless (transient views, request-scoped beans);
 * an AJAX postback from them carries its nonce, which PrimeFaces checks as usual. Signed-in users always have a
 * session, so their pages, and their view-scoped beans, work as before. A page for anonymous visitors must not use
 * view-scoped beans (their first view map would not survive the first postback).
 */
public class StatelessViewRoot extends UIViewRoot {

    private transient Map<String, Object> requestViewMap;

    @Override
    public Map<String, Object> getViewMap(boolean create) {
        if (requestViewMap == null && hasSession()) {
            return super.getViewMap(create);
        }
        if (requestViewMap == null && create) {
            requestViewMap = new HashMap<>();
        }
        return requestViewMap;
    }

    /** A view whose map lives in the request keeps no state either: saving it would open a session. */
    @Override
    public boolean isTransient() {
        return super.isTransient() || requestViewMap != null;
    }

    private static boolean hasSession() {
        return FacesContext.getCurrentInstance().getExternalContext().getSession(false) != null;
    }
}
