package org.externship.portal.letters.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.letters.boundary.LetterWriting;
import org.externship.portal.letters.entity.RequestStatus;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;
import org.omnifaces.util.Faces;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;

/**
 * attending/letter.xhtml?request=: the letter the attending agreed to write: upload a PDF as a new version (refused
 * with the reason when it breaks a letter's rule), download any version, mark the newest complete. Not the
 * attending's request: the 404 page.
 */
@Named
@ViewScoped
public class LetterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LetterWriting writing;

    @Inject
    Feedback feedback;

    private Long request;
    private transient LetterWriting.LetterInProgress letter;
    private transient UploadedFile file;

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
        } catch (PortalException e) {
            feedback.error(e);
            letter = writing.letter(request);
        }
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
