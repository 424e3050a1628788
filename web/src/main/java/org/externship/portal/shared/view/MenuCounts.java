package org.externship.portal.shared.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialViewContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.externship.portal.shared.boundary.PortalException;

import java.util.function.LongSupplier;

/**
 * The counts the menu shows beside an entry (unread notifications, unread messages): an error page shows none, nor
 * does a caller the boundary refuses (a staff member who belongs to no hospital), so the page always renders. An AJAX
 * request that does not render the whole page never shows the menu, so it asks nothing (the menu's badges are
 * otherwise asked for while the request looks for the components it runs).
 */
public final class MenuCounts {

    private MenuCounts() {
    }

    /** What {@code boundaryCount} answers; 0 on an error page or when the boundary refuses the caller. */
    public static long ask(LongSupplier boundaryCount) {
        if (isErrorPage() || menuNotRendered()) {
            return 0;
        }
        try {
            return boundaryCount.getAsLong();
        } catch (PortalException refused) {
            return 0;
        }
    }

    private static boolean menuNotRendered() {
        PartialViewContext partial = FacesContext.getCurrentInstance().getPartialViewContext();
        return partial.isAjaxRequest() && !partial.isRenderAll();
    }

    /** An error page renders without the sign-in's request context (SignInFilter runs for requests only). */
    private static boolean isErrorPage() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request instanceof HttpServletRequest http && http.getDispatcherType() == DispatcherType.ERROR;
    }
}
