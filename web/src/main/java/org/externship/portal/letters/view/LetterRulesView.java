package org.externship.portal.letters.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.letters.boundary.LetterSettings;
import org.externship.portal.letters.boundary.LetterRules;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;

import java.io.Serializable;

/**
 * coordinator/letter-rules.xhtml: when the hospital's students may ask its attendings for a letter (from so many days
 * before a placement ends until so many months after) and the least notice a request leaves the attending.
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

    @PostConstruct
    void load() {
        show(settings.rules());
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

    public Integer getNoticeWeeks() {
        return noticeWeeks;
    }

    public void setNoticeWeeks(Integer noticeWeeks) {
        this.noticeWeeks = noticeWeeks;
    }
}
