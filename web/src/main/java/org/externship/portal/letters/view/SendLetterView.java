package org.externship.portal.letters.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.letters.boundary.DeliveryCommand;
import org.externship.portal.letters.boundary.DeliveryDto;
import org.externship.portal.letters.boundary.LetterDeliveries;
import org.externship.portal.letters.entity.DeliveryKind;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * student/send-letter.xhtml?request=: where the student's complete letter goes: to programs through the residency
 * application service (with the letter id of the service's letter request form) or by a download link to one
 * recipient; the writer delivers each, or, once the hospital has deactivated them, the portal sends the links (and
 * nobody uploads: the page says so). The student sees where each stands and may withdraw one not yet delivered;
 * never the letter, never the link. Not the student's request: the 404 page.
 */
@Named
@ViewScoped
public class SendLetterView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The class-level rules of a delivery, shown on the input they are about. */
    private static final Map<String, String> INPUT_OF_RULE = Map.of("erasLetterIdGiven", "erasLetterId",
            "recipientNameGiven", "recipientName", "recipientEmailGiven", "recipientEmail");

    @Inject
    LetterDeliveries deliveries;

    @Inject
    Feedback feedback;

    private Long request;
    private transient LetterDeliveries.Delivering delivering;
    private DeliveryKind kind = DeliveryKind.ERAS;
    private String program;
    private String erasLetterId;
    private String recipientName;
    private String recipientEmail;

    /** The view action. */
    public void load() throws IOException {
        try {
            delivering = deliveries.of(request == null ? -1 : request);
            if (!delivering.kinds().contains(kind)) {
                kind = delivering.kinds().get(0);
            }
        } catch (NotFoundException e) {
            Faces.responseSendError(404, feedback.text("error.404.text"));
        }
    }

    public void assign() {
        try {
            boolean eras = kind == DeliveryKind.ERAS;
            delivering = deliveries.assign(new DeliveryCommand(request, kind, program,
                    eras ? blankToNull(erasLetterId) : null, eras ? null : blankToNull(recipientName),
                    eras ? null : blankToNull(recipientEmail)));
            feedback.info(eras ? "letters.delivery.assignedEras" : delivering.writerActive()
                    ? "letters.delivery.assignedLink" : "letters.delivery.assignedLinkByPortal",
                    delivering.request().attendingName());
            program = null;
            erasLetterId = null;
            recipientName = null;
            recipientEmail = null;
        } catch (InvalidInputException e) {
            feedback.error(e, "send", violation -> {
                String input = INPUT_OF_RULE.get(violation.getPropertyPath().toString());
                return input == null ? null : "send:" + input;
            });
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public void withdraw(long deliveryId) {
        try {
            delivering = deliveries.withdraw(deliveryId);
            feedback.info("letters.delivery.withdrawn");
        } catch (PortalException e) {
            feedback.error(e);
            delivering = deliveries.of(request);
        }
    }

    public LetterDeliveries.Delivering getDelivering() {
        if (delivering == null && request != null) {
            delivering = deliveries.of(request);
        }
        return delivering;
    }

    /**
     * What a delivery not made yet waits for: its writer; once they are gone, the portal (a link) or nobody (an
     * upload to the service): the key of its text.
     */
    public String waitingText(DeliveryDto delivery) {
        if (getDelivering().writerActive()) {
            return "letters.delivery.waiting";
        }
        return delivery.throughEras() ? "letters.delivery.waitingWriterGone.eras"
                : "letters.delivery.waitingWriterGone.link";
    }

    public Instant getNow() {
        return Instant.now();
    }

    /** How the letter can go now: by link only once its writer no longer works with the hospital. */
    public List<DeliveryKind> getKinds() {
        return getDelivering() == null ? List.of(DeliveryKind.values()) : getDelivering().kinds();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public Long getRequest() {
        return request;
    }

    public void setRequest(Long request) {
        this.request = request;
    }

    public DeliveryKind getKind() {
        return kind;
    }

    public void setKind(DeliveryKind kind) {
        this.kind = kind;
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }

    public String getErasLetterId() {
        return erasLetterId;
    }

    public void setErasLetterId(String erasLetterId) {
        this.erasLetterId = erasLetterId;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public void setRecipientName(String recipientName) {
        this.recipientName = recipientName;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public void setRecipientEmail(String recipientEmail) {
        this.recipientEmail = recipientEmail;
    }
}
