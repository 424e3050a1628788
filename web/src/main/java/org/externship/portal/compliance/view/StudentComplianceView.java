package org.externship.portal.compliance.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.compliance.boundary.Checklist;
import org.externship.portal.compliance.boundary.MyCompliance;
import org.externship.portal.compliance.boundary.OnboardingPlacement;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;
import org.omnifaces.util.Faces;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * student/compliance.xhtml?application=ID: the onboarding checklist of one of the student's placements (the first
 * that has not ended when none is named): each requirement with where it stands, evidence handed in as a file or as a
 * document of the passport, the reason of a rejection, expiry warnings. Anyone else's placement is the 404 page.
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
    private transient List<OnboardingPlacement> placements;
    private transient Checklist checklist;
    private Long requirement;
    private LocalDate expiresOn;
    private transient UploadedFile file;

    /** The view action: the placement named in the address (or the first), if it is the student's. */
    public void load() throws IOException {
        placements = compliance.placements();
        if (application == null && !placements.isEmpty()) {
            application = placements.get(0).applicationId();
        }
        if (application == null) {
            return;
        }
        try {
            checklist = compliance.checklist(application);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, feedback.text("error.404.text"));
        }
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            feedback.error(new PortalException("passport.upload.noFile"));
            return;
        }
        if (requirement == null) {
            feedback.error(new PortalException("compliance.student.noRequirement"));
            return;
        }
        try {
            checklist = compliance.upload(application, requirement, expiresOn, file.getFileName(),
                    file.getContent());
            feedback.info("compliance.student.handedIn");
            requirement = null;
            expiresOn = null;
        } catch (PortalException e) {
            feedback.error(e);
        } finally {
            file = null;
        }
    }

    public void usePassport(long requirementId) {
        try {
            checklist = compliance.usePassport(application, requirementId);
            feedback.info("compliance.student.handedIn");
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public List<OnboardingPlacement> getPlacements() {
        if (placements == null) {
            placements = compliance.placements();
        }
        return placements;
    }

    public Checklist getChecklist() {
        if (checklist == null && application != null) {
            try {
                checklist = compliance.checklist(application);
            } catch (NotFoundException e) {
                return null;
            }
        }
        return checklist;
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

    public Long getRequirement() {
        return requirement;
    }

    public void setRequirement(Long requirement) {
        this.requirement = requirement;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
