package org.externship.portal.letters.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.externship.portal.letters.control.AskingWindow;
import org.externship.portal.letters.control.NoticePeriod;
import org.externship.portal.tenant.entity.Hospital;

import java.time.Period;

/**
 * A hospital's rules for letter requests (issue 11), as its coordinator sets them: asking opens
 * {@code opensDaysBeforeEnd} days before a placement's last day and closes {@code closesMonthsAfter} months after it;
 * a request leaves the attending at least {@code noticeWeeks} weeks. The defaults follow DOMAIN.md's etiquette.
 */
public record LetterRules(
        @Min(value = 0, message = "{portal.letters.rules.opens}")
        @Max(value = MAX_OPENS_DAYS, message = "{portal.letters.rules.opens}") int opensDaysBeforeEnd,
        @Min(value = 1, message = "{portal.letters.rules.closes}")
        @Max(value = MAX_CLOSES_MONTHS, message = "{portal.letters.rules.closes}") int closesMonthsAfter,
        @Min(value = 1, message = "{portal.letters.rules.notice}")
        @Max(value = MAX_NOTICE_WEEKS, message = "{portal.letters.rules.notice}") int noticeWeeks) {

    /** Eight weeks: a long rotation's second half. */
    public static final int MAX_OPENS_DAYS = 56;
    public static final int MAX_CLOSES_MONTHS = 36;
    public static final int MAX_NOTICE_WEEKS = 12;

    public static final LetterRules DEFAULT = new LetterRules(7, 12, 4);

    public static LetterRules of(Hospital hospital) {
        return new LetterRules(hospital.letterOpensDays(), hospital.letterClosesMonths(), hospital.letterNoticeWeeks());
    }

    public AskingWindow window() {
        return new AskingWindow(opensDaysBeforeEnd, Period.ofMonths(closesMonthsAfter));
    }

    public NoticePeriod notice() {
        return new NoticePeriod(Period.ofWeeks(noticeWeeks));
    }
}
