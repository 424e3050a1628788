package org.externship.portal.shared.view;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The error page's status follows what happened, however deeply the framework wrapped it. */
class ErrorDispatchFilterTest {

    @Test
    void anExpiredOrForgedViewIsABadRequest() {
        ErrorDispatchFilter.Refusal expired = ErrorDispatchFilter.refusalOf(
                new FacesException(new ViewExpiredException("/x.xhtml")));
        assertEquals(400, expired.status());
        assertEquals("/WEB-INF/errorpages/expired.xhtml", expired.page());
    }

    @Test
    void aRefusalOfTheBoundaryIsForbiddenAndAMissingThingNotFound() {
        NotAllowedException noHospital = new NotAllowedException("error.noHospital");
        ErrorDispatchFilter.Refusal refused = ErrorDispatchFilter.refusalOf(
                new ELException(new FacesException(noHospital)));
        assertEquals(403, refused.status());
        assertEquals("/WEB-INF/errorpages/403.xhtml", refused.page());
        assertSame(noHospital, refused.cause(), "the page shows the refusal's own reason");
        assertEquals(404, ErrorDispatchFilter.refusalOf(new NotFoundException("application", 7L)).status());
    }

    @Test
    void anythingElseKeepsTheContainersStatus() {
        assertNull(ErrorDispatchFilter.refusalOf(new IllegalStateException("boom")));
        assertNull(ErrorDispatchFilter.refusalOf(null));
    }
}
