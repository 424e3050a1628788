package org.externship.portal.letters.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.letters.boundary.LetterSettings;
import org.externship.portal.letters.boundary.LetterRules;
import org.externship.portal.letters.boundary.LetterheadCommand;
import org.externship.portal.letters.boundary.LetterheadDto;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;

/**
 * coordinator/letter-rules.xhtml: when the hospital's students may ask its attendings for a letter (from so many days
 * before a placement ends until so many months after) and the least notice a request leaves the attending; and the
 * hospital's letterhead for letters written in the portal (address, phone, logo).
 */
@Named
@ViewScoped
public class LetterRulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LetterSettings settings;

    @Inject
    Feedback feedback;

    private Integer opensDaysBeforeEnd;
    private Integer closesMonthsAfter;
    private Integer noticeWeeks;
    private String address;
    private String phone;
    private boolean logo;
    private transient UploadedFile logoFile;

    @PostConstruct
    void load() {
        show(settings.rules());
        show(settings.letterhead());
    }

    public void saveLetterhead() {
        try {
            show(settings.describeLetterhead(new LetterheadCommand(address, phone)));
            feedback.info("letters.letterhead.saved");
        } catch (InvalidInputException e) {
            feedback.error(e, "letterhead");
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public void uploadLogo() {
        if (logoFile == null || logoFile.getSize() == 0) {
            feedback.error(new PortalException("letters.logo.none"));
            return;
        }
        try {
            show(settings.changeLogo(logoFile.getContent()));
            feedback.info("letters.logo.saved");
        } catch (PortalException e) {
            feedback.error(e);
        } finally {
            logoFile = null;
        }
    }

    public void removeLogo() {
        try {
            show(settings.removeLogo());
            feedback.info("letters.logo.removed");
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    private void show(LetterheadDto letterhead) {
        address = letterhead.address();
        phone = letterhead.phone();
        logo = letterhead.logo();
    }

    public void save() {
        try {
            show(settings.change(new LetterRules(orOutOfRange(opensDaysBeforeEnd), orOutOfRange(closesMonthsAfter),
                    orOutOfRange(noticeWeeks))));
            feedback.info("letters.rules.saved");
        } catch (InvalidInputException e) {
            feedback.error(e, "rules");
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    /** An emptied field is out of range, and says so on the field. */
    private static int orOutOfRange(Integer value) {
        return value == null ? -1 : value;
    }

    private void show(LetterRules rules) {
        opensDaysBeforeEnd = rules.opensDaysBeforeEnd();
        closesMonthsAfter = rules.closesMonthsAfter();
        noticeWeeks = rules.noticeWeeks();
    }

    public Integer getOpensDaysBeforeEnd() {
        return opensDaysBeforeEnd;
    }

    public void setOpensDaysBeforeEnd(Integer opensDaysBeforeEnd) {
        this.opensDaysBeforeEnd = opensDaysBeforeEnd;
    }

    public Integer getClosesMonthsAfter() {
        return closesMonthsAfter;
    }

    public void setClosesMonthsAfter(Integer closesMonthsAfter) {
        this.closesMonthsAfter = closesMonthsAfter;
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

    /** Whether the letterhead has a logo. */
    public boolean isLogo() {
        return logo;
    }

    public UploadedFile getLogoFile() {
        return logoFile;
    }

    public void setLogoFile(UploadedFile logoFile) {
        this.logoFile = logoFile;
    }

    public Integer getNoticeWeeks() {
        return noticeWeeks;
    }

    public void setNoticeWeeks(Integer noticeWeeks) {
        this.noticeWeeks = noticeWeeks;
    }
}
