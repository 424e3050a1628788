package org.externship.portal.compliance.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.compliance.boundary.Checklist;
import org.externship.portal.compliance.boundary.ComplianceChecks;
import org.externship.portal.compliance.boundary.RejectCommand;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * coordinator/compliance-check.xhtml?placement=ID: a placement's checklist with each item's evidence; verify an item,
 * or reject it with a reason the student reads. Another hospital's placement is the 404 page.
 */
@Named
@ViewScoped
public class ComplianceCheckView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplianceChecks checks;

    @Inject
    Feedback feedback;

    private Long placement;
    private transient Checklist checklist;
    private final HashMap<Long, String> reasons = new HashMap<>();

    /** The view action: the placement in the address, if it is the hospital's. */
    public void load() throws IOException {
        try {
            checklist = checks.of(placement == null ? -1 : placement);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, feedback.text("error.404.text"));
        }
    }

    public void verify(long itemId) {
        try {
            checklist = checks.verify(itemId);
            feedback.info("compliance.check.verified");
        } catch (PortalException e) {
            feedback.error(e);
            checklist = checks.of(placement);
        }
    }

    public void reject(long itemId) {
        try {
            checklist = checks.reject(new RejectCommand(itemId, reasons.get(itemId)));
            reasons.remove(itemId);
            feedback.info("compliance.check.rejected");
        } catch (InvalidInputException e) {
            feedback.errorText(feedback.text("compliance.check.reasonRequired"));
            checklist = checks.of(placement);
        } catch (PortalException e) {
            feedback.error(e);
            checklist = checks.of(placement);
        }
    }

    public Long getPlacement() {
        return placement;
    }

    public void setPlacement(Long placement) {
        this.placement = placement;
    }

    /** The checklist; null when the address names none of the hospital's placements. */
    public Checklist getChecklist() {
        if (checklist == null && placement != null) {
            try {
                checklist = checks.of(placement);
            } catch (NotFoundException e) {
                return null;
            }
        }
        return checklist;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
