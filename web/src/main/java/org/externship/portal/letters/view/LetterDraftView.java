package org.externship.portal.letters.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.letters.boundary.LetterDraftCommand;
import org.externship.portal.letters.boundary.LetterDraftDto;
import org.externship.portal.letters.boundary.LetterDrafts;
import org.externship.portal.letters.boundary.LetterWriting;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;

import java.io.Serializable;

/**
 * attending/letter.xhtml, the letter written in the portal: the draft (a skeleton at first) saved as the attending
 * goes, and created as the letter's next version on the hospital's letterhead. The request is the page's
 * ({@link LetterView}), which shows the new version.
 */
@Named
@ViewScoped
public class LetterDraftView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "draft";

    @Inject
    LetterDrafts drafts;

    @Inject
    LetterView page;

    @Inject
    Feedback feedback;

    private transient LetterDraftDto draft;
    private String body;
    private String address;
    private String phone;
    private String signerTitle;

    public void save() {
        if (saved()) {
            feedback.info("letters.draft.saved");
        }
    }

    /** Saves the draft, then creates the letter from it: the draft is kept even if the letter is refused. */
    public void render() {
        if (!saved()) {
            return;
        }
        try {
            LetterWriting.LetterInProgress letter = drafts.render(page.getRequest());
            page.written(letter);
            draft = drafts.draft(page.getRequest());
            feedback.info("letters.draft.rendered", letter.versions().get(0).number());
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    private boolean saved() {
        try {
            draft = drafts.save(page.getRequest(), new LetterDraftCommand(body, address, phone, signerTitle));
            return true;
        } catch (InvalidInputException e) {
            feedback.error(e, FORM);
        } catch (PortalException e) {
            feedback.error(e);
        }
        return false;
    }

    /** The draft as saved (or the skeleton); the form starts from it. */
    public LetterDraftDto getDraft() {
        if (draft == null) {
            draft = drafts.draft(page.getRequest());
            body = draft.body();
            address = draft.address();
            phone = draft.phone();
            signerTitle = draft.signerTitle();
        }
        return draft;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public void setSignerTitle(String signerTitle) {
        this.signerTitle = signerTitle;
    }
}
