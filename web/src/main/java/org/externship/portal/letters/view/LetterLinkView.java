package org.externship.portal.letters.view;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.externship.portal.letters.boundary.LetterFileDto;
import org.externship.portal.letters.boundary.LetterLinks;
import org.externship.portal.letters.boundary.LinkedLetter;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Attachment;
import org.externship.portal.shared.view.Feedback;

import java.io.IOException;
import java.io.Serializable;

/**
 * letter-link.xhtml?hospital=&key=: the page a letter's download link opens, for its one recipient, without signing
 * in: who wrote the letter, for whom and for which program, how many downloads are left and until when; the download
 * itself is a button (a form post), so a mail program that opens links in advance uses up nothing. A link that is not
 * ours says so and nothing else; an expired or used-up one says who to ask for a new one.
 */
@Named
@ViewScoped
public class LetterLinkView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LetterLinks links;

    @Inject
    Feedback feedback;

    private String hospital;
    private String key;
    private LinkedLetter letter;

    /** The view action. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            letter = links.open(hospital, key);
        } catch (NotFoundException e) {
            letter = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public void download() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            LetterFileDto file = links.download(hospital, key,
                    ((HttpServletRequest) external.getRequest()).getRemoteAddr());
            HttpServletResponse response = (HttpServletResponse) external.getResponse();
            Attachment.headers(response, "application/pdf", file.fileName());
            response.setContentLengthLong(file.content().length);
            response.getOutputStream().write(file.content());
            faces.responseComplete();
        } catch (NotFoundException e) {
            letter = null;
        } catch (PortalException e) {
            feedback.error(e);
            letter = links.open(hospital, key);
        }
    }

    public LinkedLetter getLetter() {
        return letter;
    }

    public String getHospital() {
        return hospital;
    }

    public void setHospital(String hospital) {
        this.hospital = hospital;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
