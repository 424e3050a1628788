package org.externship.portal.rotation.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.placement.boundary.Placements;
import org.externship.portal.rotation.boundary.CertificateDto;
import org.externship.portal.rotation.boundary.Certificates;
import org.externship.portal.rotation.boundary.EvaluationDto;
import org.externship.portal.rotation.boundary.Evaluations;
import org.externship.portal.rotation.boundary.RevokeCommand;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * coordinator/placement.xhtml: one placement's record for the hospital's coordinators: where it stands, the
 * attendings' evaluations, and the certificate once completed (download, revoke with a reason). Another hospital's
 * placement is the 404 page.
 */
@Named
@ViewScoped
public class PlacementRecordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Placements placements;

    @Inject
    Evaluations evaluations;

    @Inject
    Certificates certificates;

    @Inject
    Feedback feedback;

    private Long id;
    private transient PlacementDto placement;
    private transient List<EvaluationDto> sent = List.of();
    private transient CertificateDto certificate;
    private String reason;

    /** The view action: the placement in the address, if it is the hospital's. */
    public void load() throws IOException {
        try {
            placement = placements.one(id == null ? -1 : id);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, feedback.text("error.404.text"));
            return;
        }
        refresh();
    }

    private void refresh() {
        sent = evaluations.of(id);
        certificate = certificates.of(id).orElse(null);
    }

    /** Revokes the certificate with the reason typed. */
    public void revoke() {
        try {
            certificates.revoke(new RevokeCommand(id, reason));
            feedback.info("record.revokedDone");
            reason = null;
        } catch (InvalidInputException e) {
            feedback.error(e, "revoke");
        } catch (PortalException e) {
            feedback.error(e);
        }
        refresh();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The placement; null when the address names none of the hospital's. */
    public PlacementDto getPlacement() {
        return placement;
    }

    public List<EvaluationDto> getEvaluations() {
        return sent;
    }

    /** The certificate once the placement is completed; null until then. */
    public CertificateDto getCertificate() {
        return certificate;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
