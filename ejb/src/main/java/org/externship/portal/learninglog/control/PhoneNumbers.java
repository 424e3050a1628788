package org.externship.portal.learninglog.control;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone, fax and pager numbers: North American ones with or without area code ((617) 555-0192, 555-201-3344,
 * 212.555.0147, 3125550188, 555-0199), international ones (+44 20 7946 0958), and any number of seven digits or more
 * after "phone", "cell", "mobile", "fax", "pager" or "tel" (0803 555 7712). Doses and ranges (100-1000 mg) pass.
 */
final class PhoneNumbers implements IdentifierRule {

    private static final String UNIT_AFTER = "(?!\\s?(?:(?i:mg|mcg|ml|g|kg|units?|iu|copies|cells|mmol|meq)\\b|%))";
    private static final int FEWEST_DIGITS_AFTER_LABEL = 7;

    private static final List<Pattern> NUMBERS = List.of(
            Pattern.compile("(?<![\\w+.-])(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)|\\d{3})[\\s.-]?\\d{3}[\\s.-]\\d{4}"
                    + "(?![\\w-])"),
            Pattern.compile("(?<![\\w.,/-])[2-9]\\d{2}[2-9]\\d{6}(?![\\w/]|[.,]\\d)" + UNIT_AFTER),
            Pattern.compile("(?<![\\w.,/-])\\d{3}-\\d{4}(?![\\w-])" + UNIT_AFTER),
            Pattern.compile("(?<![\\w.])\\+\\d{1,3}(?:[\\s.-]?\\(?\\d\\)?){7,13}(?!\\w)"));
    private static final Pattern LABELLED = Pattern.compile("\\b(?i:phone|telephone|tel|cell|cellphone|mobile|fax"
            + "|pager|beeper|whatsapp|landline)\\b\\.?(?:\\s{0,3}(?i:number|no\\.?|#))?\\s{0,3}(?:(?i:is|was)\\b)?"
            + "\\s{0,3}:?\\s{0,3}(\\+?\\(?\\d(?:[\\d\\s().-]{0,20}\\d)?)");

    @Override
    public void findIn(String text, Findings findings) {
        for (Pattern pattern : NUMBERS) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                findings.add(IdentifierKind.PHONE_NUMBER, matcher, 0);
            }
        }
        Matcher labelled = LABELLED.matcher(text);
        while (labelled.find()) {
            if (labelled.group(1).chars().filter(Character::isDigit).count() >= FEWEST_DIGITS_AFTER_LABEL) {
                findings.add(IdentifierKind.PHONE_NUMBER, labelled, 1);
            }
        }
    }
}
