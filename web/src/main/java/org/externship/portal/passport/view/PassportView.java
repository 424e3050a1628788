package org.externship.portal.passport.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.passport.boundary.DocumentDto;
import org.externship.portal.passport.boundary.PassportDto;
import org.externship.portal.passport.boundary.Passports;
import org.externship.portal.passport.entity.DocumentKind;
import org.externship.portal.qualification.entity.EcfmgStatus;
import org.externship.portal.qualification.entity.ExamResult;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** student/passport.xhtml: the student's clinical passport: profile, documents with their expiry, uploads. */
@Named
@ViewScoped
public class PassportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Passports passports;

    @Inject
    Feedback feedback;

    private List<DocumentRow> documents = List.of();

    private PassportForm form = new PassportForm();

    private DocumentKind uploadKind;
    private LocalDate expiresOn;
    private transient UploadedFile file;

    @PostConstruct
    void load() {
        PassportDto passport = passports.mine();
        if (passport.hasProfile()) {
            form = PassportForm.of(passport.profile());
        }
        showDocuments(passport);
    }

    public void save() {
        try {
            PassportDto saved = passports.save(form.toProfile());
            form = PassportForm.of(saved.profile());
            feedback.info("passport.saved");
        } catch (InvalidInputException e) {
            feedback.error(e, "profile");
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            feedback.error(new PortalException("passport.upload.noFile"));
            return;
        }
        if (uploadKind == null) {
            feedback.error(new PortalException("passport.upload.noKind"));
            return;
        }
        try {
            DocumentDto stored = passports.upload(uploadKind, expiresOn, file.getFileName(), file.getContent());
            feedback.info("passport.upload.done", feedback.text("document." + stored.kind()),
                    stored.fileName());
            uploadKind = null;
            expiresOn = null;
        } catch (PortalException e) {
            feedback.error(e);
        } finally {
            file = null;
        }
        showDocuments(passports.mine());
    }

    public void remove(long documentId) {
        try {
            passports.remove(documentId);
            feedback.info("passport.documents.removed");
        } catch (PortalException e) {
            feedback.error(e);
        }
        showDocuments(passports.mine());
    }

    private void showDocuments(PassportDto passport) {
        LocalDate today = LocalDate.now();
        documents = Arrays.stream(DocumentKind.values())
                .map(kind -> passport.document(kind)
                        .map(d -> new DocumentRow(kind, d, d.expiryStatus(today)))
                        .orElseGet(() -> new DocumentRow(kind, null, null)))
                .toList();
    }

    public PassportForm getForm() {
        return form;
    }

    public List<DocumentRow> getDocuments() {
        return documents;
    }

    public boolean isAnyWarning() {
        return documents.stream().anyMatch(DocumentRow::warning);
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    public ExamResult[] getExamResults() {
        return ExamResult.values();
    }

    public EcfmgStatus[] getEcfmgStatuses() {
        return EcfmgStatus.values();
    }

    public VisaStatus[] getVisaStatuses() {
        return VisaStatus.values();
    }

    public Specialty[] getAllSpecialties() {
        return Specialty.values();
    }

    public int getWarningDays() {
        return DocumentDto.WARNING_DAYS;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public DocumentKind getUploadKind() {
        return uploadKind;
    }

    public void setUploadKind(DocumentKind uploadKind) {
        this.uploadKind = uploadKind;
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
