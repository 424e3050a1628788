package org.externship.portal.compliance.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.compliance.boundary.Checklist;
import org.externship.portal.compliance.boundary.MyCompliance;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;
import org.omnifaces.util.Faces;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * student/compliance.xhtml: the onboarding checklists of every placement of the student that has not ended, in
 * whichever hospitals, each under its hospital, externship and dates: each requirement with where it stands, the
 * file handed in (to download), and on its own row the hand-in: a file (with the last day it is valid), or the
 * matching document of the passport. {@code ?application=ID} (the link of a mail) must name one of them: anyone
 * else's placement is the 404 page.
 */
@Named
@ViewScoped
public class StudentComplianceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyCompliance compliance;

    @Inject
    Feedback feedback;

    private Long application;
    private transient List<Checklist> checklists;
    private final Map<String, HandInForm> handIns = new HashMap<>();

    /** The view action: every checklist; the placement named in the address, if any, must be one of them. */
    public void load() throws IOException {
        checklists = compliance.checklists();
        if (application != null && checklists.stream().noneMatch(c -> c.applicationId() == application)) {
            Faces.responseSendError(404, feedback.text("error.404.text"));
        }
    }

    /** The hand-in form of requirement {@code requirementId} of the placement of application {@code applicationId}. */
    public HandInForm handIn(long applicationId, long requirementId) {
        return handIns.computeIfAbsent(key(applicationId, requirementId), k -> new HandInForm());
    }

    public void upload(long applicationId, long requirementId) {
        HandInForm form = handIn(applicationId, requirementId);
        UploadedFile file = form.getFile();
        if (file == null || file.getSize() == 0) {
            feedback.error(new PortalException("passport.upload.noFile"));
            return;
        }
        try {
            changed(compliance.upload(applicationId, requirementId, form.getExpiresOn(), file.getFileName(),
                    file.getContent()));
            handIns.remove(key(applicationId, requirementId));
            feedback.info("compliance.student.handedIn");
        } catch (PortalException e) {
            feedback.error(e);
        } finally {
            form.setFile(null);
        }
    }

    public void usePassport(long applicationId, long requirementId) {
        try {
            changed(compliance.usePassport(applicationId, requirementId));
            handIns.remove(key(applicationId, requirementId));
            feedback.info("compliance.student.handedIn");
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    /** The checklist the boundary answered after a hand-in takes the place of the one shown. */
    private void changed(Checklist checklist) {
        checklists = getChecklists().stream()
                .map(c -> c.placementId() == checklist.placementId() ? checklist : c)
                .toList();
    }

    private static String key(long applicationId, long requirementId) {
        return applicationId + ":" + requirementId;
    }

    public List<Checklist> getChecklists() {
        if (checklists == null) {
            checklists = compliance.checklists();
        }
        return checklists;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public Long getApplication() {
        return application;
    }

    public void setApplication(Long application) {
        this.application = application;
    }
}
