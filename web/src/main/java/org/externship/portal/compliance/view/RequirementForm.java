package org.externship.portal.compliance.view;

import org.externship.portal.compliance.boundary.RequirementCommand;
import org.externship.portal.compliance.entity.RequirementKind;
import org.externship.portal.qualification.entity.DocumentType;
import org.externship.portal.shared.boundary.Text;

import java.io.Serializable;

/** The new requirement's fields on coordinator/compliance-requirements.xhtml. */
public class RequirementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private RequirementKind kind;
    private Long externshipId;
    private boolean expires;
    private Integer validMonths;
    private DocumentType documentType;

    public RequirementCommand toCommand() {
        return new RequirementCommand(Text.trimmed(name), kind, externshipId, expires, expires ? validMonths : null,
                documentType);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public RequirementKind getKind() {
        return kind;
    }

    public void setKind(RequirementKind kind) {
        this.kind = kind;
    }

    public Long getExternshipId() {
        return externshipId;
    }

    public void setExternshipId(Long externshipId) {
        this.externshipId = externshipId;
    }

    public boolean isExpires() {
        return expires;
    }

    public void setExpires(boolean expires) {
        this.expires = expires;
    }

    public Integer getValidMonths() {
        return validMonths;
    }

    public void setValidMonths(Integer validMonths) {
        this.validMonths = validMonths;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public void setDocumentType(DocumentType documentType) {
        this.documentType = documentType;
    }
}
