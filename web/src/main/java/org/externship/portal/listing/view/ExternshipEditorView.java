package org.externship.portal.listing.view;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import org.externship.portal.listing.boundary.ExternshipSummary;
import org.externship.portal.listing.boundary.Externships;
import org.externship.portal.listing.entity.ClinicalSetting;
import org.externship.portal.listing.entity.ExternshipType;
import org.externship.portal.listing.entity.ListingDraft;
import org.externship.portal.listing.entity.ListingStatus;
import org.externship.portal.qualification.entity.DocumentType;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * coordinator/externship.xhtml: the coordinator writes a new externship ({@code ?id} absent) or changes one of
 * the hospital's ({@code ?id=}); another hospital's id is answered with "not found". Rotation periods are an
 * editable list whose rows keep their ids across saves.
 */
@Named
@ViewScoped
public class ExternshipEditorView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "editor";
    /** Class-level constraints shown on the input that fixes them. */
    private static final Map<String, String> SHOWN_ON = Map.of(
            "feeExplained", "feeCovers",
            "feeCents", "fee",
            "endAfterStart", "endDate");

    @Inject
    Externships externships;

    @Inject
    Feedback feedback;

    private Long id;
    private ListingStatus status;
    private ExternshipForm form = ExternshipForm.blank();

    /** The page's view action: loads the externship named by {@code ?id=}, or starts a new one. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            status = externships.find(id).status();
            form = ExternshipForm.of(externships.draft(id));
        } catch (NotFoundException e) {
            notFound();
        }
    }

    public String save() {
        return persist(false);
    }

    public String saveAndPublish() {
        return persist(true);
    }

    private String persist(boolean publish) {
        ListingDraft draft = form.toDraft();
        try {
            ExternshipSummary saved;
            if (id == null) {
                saved = publish ? externships.createAndPublish(draft) : externships.create(draft);
            } else {
                saved = publish ? externships.updateAndPublish(id, draft) : externships.update(id, draft);
            }
            feedback.info(publish ? "externship.editor.published" : "externship.editor.saved", saved.title());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/coordinator/externship?faces-redirect=true&id=" + saved.id();
        } catch (InvalidInputException e) {
            feedback.error(e, FORM, ExternshipEditorView::clientIdOf);
        } catch (PortalException e) {
            feedback.error(e);
        }
        return null;
    }

    /** A period's inputs live in the rows of "periods"; a class-level rule is shown on the input that fixes it. */
    static String clientIdOf(ConstraintViolation<?> violation) {
        Integer row = null;
        String leaf = null;
        boolean inPeriods = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (inPeriods && row == null) {
                row = node.getIndex();
            }
            inPeriods |= "periods".equals(node.getName());
            leaf = node.getName();
        }
        String field = SHOWN_ON.getOrDefault(leaf, leaf);
        if (inPeriods && row != null) {
            return FORM + ":periods:" + row + ":" + field;
        }
        return SHOWN_ON.containsKey(leaf) ? FORM + ":" + field : null;
    }

    private static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(404, "externship");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** A new externship, not yet saved. */
    public boolean isNew() {
        return id == null;
    }

    /** Closed externships are final: the editor only shows them. */
    public boolean isEditable() {
        return status != ListingStatus.CLOSED;
    }

    /** "Save and publish" is offered while the externship is not yet published (new or a draft). */
    public boolean isPublishable() {
        return status == null || status == ListingStatus.DRAFT;
    }

    public ExternshipForm getForm() {
        return form;
    }

    public ListingStatus getStatus() {
        return status;
    }

    public ExternshipType[] getTypes() {
        return ExternshipType.values();
    }

    public Specialty[] getSpecialties() {
        return Specialty.values();
    }

    public ClinicalSetting[] getSettings() {
        return ClinicalSetting.values();
    }

    public VisaStatus[] getVisaOptions() {
        return VisaStatus.values();
    }

    /** Malpractice proof is asked through the malpractice question, not in this list. */
    public List<DocumentType> getDocumentOptions() {
        return Arrays.stream(DocumentType.values()).filter(d -> d != DocumentType.MALPRACTICE).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
