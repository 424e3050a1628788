package org.externship.portal.compliance.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.compliance.boundary.ComplianceRequirements;
import org.externship.portal.compliance.boundary.RequirementDto;
import org.externship.portal.compliance.entity.RequirementKind;
import org.externship.portal.listing.boundary.ExternshipTitle;
import org.externship.portal.qualification.entity.DocumentType;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;

import java.io.Serializable;
import java.util.List;

/**
 * coordinator/compliance-requirements.xhtml: what the hospital requires before a student's first day; add one (for
 * every externship or one), or remove one (it is retired: what students handed in for it stays on record).
 */
@Named
@ViewScoped
public class ComplianceRequirementsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplianceRequirements requirements;

    @Inject
    Feedback feedback;

    private transient List<RequirementDto> current;
    private transient List<ExternshipTitle> externships;
    private RequirementForm form = new RequirementForm();

    @PostConstruct
    void load() {
        current = requirements.current();
        externships = requirements.externships();
    }

    public void add() {
        try {
            RequirementDto added = requirements.add(form.toCommand());
            feedback.info("compliance.requirements.added", added.name());
            form = new RequirementForm();
        } catch (InvalidInputException e) {
            feedback.error(e, "requirement");
        } catch (PortalException e) {
            feedback.error(e);
        }
        current = requirements.current();
    }

    public void retire(long id) {
        try {
            current = requirements.retire(id);
            feedback.info("compliance.requirements.retired");
        } catch (PortalException e) {
            feedback.error(e);
            current = requirements.current();
        }
    }

    public List<RequirementDto> getCurrent() {
        if (current == null) {
            current = requirements.current();
        }
        return current;
    }

    public List<ExternshipTitle> getExternships() {
        if (externships == null) {
            externships = requirements.externships();
        }
        return externships;
    }

    public RequirementForm getForm() {
        return form;
    }

    public RequirementKind[] getKinds() {
        return RequirementKind.values();
    }

    public DocumentType[] getDocumentTypes() {
        return DocumentType.values();
    }
}
