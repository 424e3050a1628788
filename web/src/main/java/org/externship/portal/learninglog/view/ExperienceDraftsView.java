package org.externship.portal.learninglog.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.application.boundary.ApplicationSummary;
import org.externship.portal.learninglog.boundary.ExperienceDraftDto;
import org.externship.portal.learninglog.boundary.ExperienceDrafts;
import org.externship.portal.learninglog.boundary.IdentifiersFoundException;
import org.externship.portal.learninglog.entity.ExperienceDetails;
import org.externship.portal.learninglog.entity.ExperienceSetting;
import org.externship.portal.learninglog.entity.ExperienceType;
import org.externship.portal.learninglog.entity.FocusArea;
import org.externship.portal.learninglog.entity.KeyCharacteristic;
import org.externship.portal.learninglog.entity.ParticipationFrequency;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;

import java.io.Serializable;
import java.util.List;

/**
 * student/experiences.xhtml: the student's ERAS experience drafts. A draft starts from one of their placements; the
 * form shows live counters ("612 of 750 characters", counted as the service counts: resources/portal/js/counters.js)
 * and the server's count of the same text after every save; most meaningful ones are marked in the list.
 */
@Named
@ViewScoped
public class ExperienceDraftsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "editor";

    @Inject
    ExperienceDrafts drafts;

    @Inject
    Feedback feedback;

    private List<ExperienceDraftDto> rows = List.of();
    private List<ApplicationSummary> placements = List.of();
    private Long placementId;
    private Long editingId;
    private ExperienceForm form = new ExperienceForm();

    @PostConstruct
    void load() {
        placements = drafts.placements();
        if (placements.size() == 1) {
            placementId = placements.get(0).id();
        }
        reload();
    }

    public void draft() {
        if (placementId == null) {
            feedback.error(new PortalException("experiences.choosePlacement"));
            return;
        }
        try {
            ExperienceDraftDto drafted = drafts.draftFrom(placementId);
            editing(drafted);
            feedback.info("experiences.drafted", drafted.organization());
            reload();
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public void edit(long id) {
        rows.stream().filter(r -> r.id() == id).findFirst().ifPresent(this::editing);
    }

    public void save() {
        try {
            ExperienceDraftDto saved = drafts.save(editingId, form.toCommand());
            editing(saved);
            feedback.info("experiences.saved", saved.positionTitle());
            reload();
        } catch (InvalidInputException e) {
            feedback.error(e, FORM);
        } catch (IdentifiersFoundException e) {
            showFindings(e);
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public void close() {
        editingId = null;
    }

    public void markMostMeaningful(long id, boolean meaningful) {
        try {
            drafts.markMostMeaningful(id, meaningful);
            reload();
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public void delete(long id) {
        try {
            drafts.delete(id);
            feedback.info("experiences.deleted");
            if (Long.valueOf(id).equals(editingId)) {
                editingId = null;
            }
            reload();
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    private void editing(ExperienceDraftDto draft) {
        editingId = draft.id();
        form = ExperienceForm.of(draft);
    }

    private void reload() {
        rows = drafts.mine();
    }

    /** The guard's findings on the fields they were found in, with what to write instead; the text stays. */
    private void showFindings(IdentifiersFoundException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        feedback.errorText(String.valueOf(e.arguments()[0]));
        e.findingsByField().forEach((field, explanations) -> {
            UIComponent input = faces.getViewRoot().findComponent(FORM + ":" + field);
            String clientId = input == null ? null : input.getClientId(faces);
            explanations.forEach(text -> faces.addMessage(clientId,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text)));
        });
    }

    /** "612 of 750 characters": the server's count of what the form holds, in the counter's words. */
    private String counter(String text, int max) {
        return feedback.text("experiences.counter", String.valueOf(ExperienceDrafts.characters(text)),
                String.valueOf(max));
    }

    public String getDescriptionCounter() {
        return counter(form.getDescription(), ExperienceDetails.DESCRIPTION_MAX);
    }

    public String getReflectionCounter() {
        return counter(form.getReflection(), ExperienceDetails.REFLECTION_MAX);
    }

    public boolean isDescriptionOver() {
        return ExperienceDrafts.characters(form.getDescription()) > ExperienceDetails.DESCRIPTION_MAX;
    }

    public boolean isReflectionOver() {
        return ExperienceDrafts.characters(form.getReflection()) > ExperienceDetails.REFLECTION_MAX;
    }

    /** What a list row says of a draft's description: "612 of 750 characters". */
    public String counterOf(ExperienceDraftDto row) {
        return feedback.text("experiences.counter", String.valueOf(row.descriptionCharacters()),
                String.valueOf(ExperienceDetails.DESCRIPTION_MAX));
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public boolean isAnyPlacement() {
        return !placements.isEmpty();
    }

    public boolean isFull() {
        return rows.size() >= ExperienceDrafts.LIMIT;
    }

    public int getDescriptionMax() {
        return ExperienceDetails.DESCRIPTION_MAX;
    }

    public int getReflectionMax() {
        return ExperienceDetails.REFLECTION_MAX;
    }

    public int getLimit() {
        return ExperienceDrafts.LIMIT;
    }

    public int getMostMeaningfulLimit() {
        return ExperienceDrafts.MOST_MEANINGFUL_LIMIT;
    }

    public List<ExperienceDraftDto> getRows() {
        return rows;
    }

    public List<ApplicationSummary> getPlacements() {
        return placements;
    }

    public Long getPlacementId() {
        return placementId;
    }

    public void setPlacementId(Long placementId) {
        this.placementId = placementId;
    }

    public ExperienceForm getForm() {
        return form;
    }

    public ExperienceType[] getTypes() {
        return ExperienceType.values();
    }

    public ParticipationFrequency[] getFrequencies() {
        return ParticipationFrequency.values();
    }

    public ExperienceSetting[] getSettings() {
        return ExperienceSetting.values();
    }

    public FocusArea[] getFocusAreas() {
        return FocusArea.values();
    }

    public KeyCharacteristic[] getKeyCharacteristics() {
        return KeyCharacteristic.values();
    }
}
