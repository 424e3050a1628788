package org.externship.portal.letters.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.letters.boundary.DeliveryDto;
import org.externship.portal.letters.boundary.LetterSending;
import org.externship.portal.letters.boundary.LetterWordingException;
import org.externship.portal.letters.boundary.LetterWriting;
import org.externship.portal.letters.entity.RequestStatus;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;
import org.omnifaces.util.Faces;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * attending/letter.xhtml?request=: the letter the attending agreed to write: upload a PDF as a new version (refused
 * with the reason when it breaks a letter's rule), download any version, mark the newest complete, and deliver it where
 * the student assigned it (download it for ERAS beside its letter id and say it is uploaded, or send a link). Not the
 * attending's request: the 404 page.
 */
@Named
@ViewScoped
public class LetterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LetterWriting writing;

    @Inject
    LetterSending sending;

    @Inject
    Feedback feedback;

    private Long request;
    private transient LetterWriting.LetterInProgress letter;
    private transient UploadedFile file;
    private transient List<DeliveryDto> deliveries;

    /** The view action. */
    public void load() throws IOException {
        try {
            letter = writing.letter(request == null ? -1 : request);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, feedback.text("error.404.text"));
        }
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            feedback.error(new PortalException("letters.upload.noFile"));
            return;
        }
        try {
            letter = writing.upload(request, file.getContent(), file.getFileName());
            feedback.info("letters.upload.done", letter.versions().get(0).number());
        } catch (PortalException e) {
            feedback.error(e);
            letter = writing.letter(request);
        } finally {
            file = null;
        }
    }

    public void complete() {
        try {
            letter = writing.complete(request);
            feedback.info("letters.write.completed", letter.request().studentName());
        } catch (LetterWordingException e) {
            // each reason next to the part of the written letter it is about (LetterDraftView's form)
            Map<String, List<String>> reasons = new LinkedHashMap<>();
            e.reasons().forEach(r -> reasons.computeIfAbsent(r.field(), f -> new ArrayList<>())
                    .add(feedback.text(r.key(), r.arguments().toArray())));
            feedback.errorOnFields("draft", feedback.text(e.messageKey()), reasons);
            letter = writing.letter(request);
        } catch (PortalException e) {
            feedback.error(e);
            letter = writing.letter(request);
        }
    }

    /** A version written on this page otherwise than by upload (the letter written in the portal). */
    void written(LetterWriting.LetterInProgress letter) {
        this.letter = letter;
    }

    public LetterWriting.LetterInProgress getLetter() {
        if (letter == null && request != null) {
            letter = writing.letter(request);
        }
        return letter;
    }

    /** A version exists that is not marked complete yet. */
    public boolean isCompletable() {
        return getLetter().request().status() == RequestStatus.IN_PROGRESS;
    }

    /** New versions are taken until the letter is delivered. */
    public boolean isWritable() {
        RequestStatus status = getLetter().request().status();
        return status == RequestStatus.ACCEPTED || status == RequestStatus.IN_PROGRESS
                || status == RequestStatus.COMPLETE;
    }

    /** Where the student assigned the letter: the writer delivers it there. */
    public List<DeliveryDto> getDeliveries() {
        if (deliveries == null && request != null) {
            deliveries = sending.deliveries(request);
        }
        return deliveries;
    }

    /** The writer uploaded the letter to the service under delivery {@code deliveryId}'s letter id. */
    public String uploaded(long deliveryId) {
        return deliver(() -> sending.uploaded(deliveryId), "letters.delivery.uploaded");
    }

    /** E-mails delivery {@code deliveryId}'s recipient the letter's download link. */
    public String sendLink(long deliveryId) {
        String recipient = getDeliveries().stream().filter(d -> d.id() == deliveryId).findFirst()
                .map(DeliveryDto::recipientName).orElse("");
        return deliver(() -> sending.sendLink(deliveryId), "letters.delivery.linkSent", recipient);
    }

    /** Delivers; the page again, since a delivered letter is final (no upload any more). */
    private String deliver(Supplier<List<DeliveryDto>> delivery, String doneKey, Object... arguments) {
        try {
            delivery.get();
            feedback.keepForRedirect(doneKey, arguments);
            return "/attending/letter?faces-redirect=true&request=" + request;
        } catch (PortalException e) {
            feedback.error(e);
            deliveries = sending.deliveries(request);
            letter = writing.letter(request);
            return null;
        }
    }

    public Instant getNow() {
        return Instant.now();
    }

    public Long getRequest() {
        return request;
    }

    public void setRequest(Long request) {
        this.request = request;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
