package org.externship.portal.shared.view;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The error page's status follows what happened, however deeply the framework wrapped it. */
class ErrorDispatchFilterTest {

    @Test
    void anExpiredOrForgedViewIsABadRequest() {
        assertEquals(400, ErrorDispatchFilter.statusOf(new FacesException(new ViewExpiredException("/x.xhtml"))));
    }

    @Test
    void aRefusalOfTheBoundaryIsForbiddenAndAMissingThingNotFound() {
        assertEquals(403, ErrorDispatchFilter.statusOf(
                new ELException(new FacesException(new NotAllowedException("error.noHospital")))));
        assertEquals(404, ErrorDispatchFilter.statusOf(new NotFoundException("application", 7L)));
    }

    @Test
    void anythingElseKeepsTheContainersStatus() {
        assertNull(ErrorDispatchFilter.statusOf(new IllegalStateException("boom")));
        assertNull(ErrorDispatchFilter.statusOf(null));
    }
}
