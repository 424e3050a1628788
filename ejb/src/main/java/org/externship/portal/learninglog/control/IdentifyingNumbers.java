package org.externship.portal.learninglog.control;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that identify a person or their things: social security numbers (123-45-6789, "SSN 6789"), numbers after a
 * label (MRN, account, chart, encounter, accession, member ID, policy, Medicare, licence, licence plate, passport,
 * serial, device ID, VIN: the label and the number are found together), and long runs of digits (seven or more, or
 * dashed groups of nine or more) that are not a measured value with its unit. Bed and room numbers, codes such as
 * "CPT 99214" and values such as "WBC 12500" pass.
 */
final class IdentifyingNumbers implements IdentifierRule {

    private static final String UNIT_AFTER = "(?!\\s?(?:(?i:mg|mcg|ug|ng|ml|l|g|kg|units?|u|iu|copies|cells|mmol|meq"
            + "|mm3|ul)\\b|%|/))";
    private static final String NUMBER_WORD = "(?:\\s{1,3}(?i:number|no\\.?|#|ID|identifier))?";
    private static final String LABEL = "(?:(?i:MRN|MR\\s?#|medical\\s+record|record|chart|acct\\.?|account|encounter"
            + "|visit|accession|member|subscriber|policy|group|insurance|health\\s+plan|plan|beneficiary|Medicare"
            + "|Medicaid|driver'?s\\s+licen[cs]e|licen[cs]e(?:\\s+plate)?|passport|serial|device|implant|UDI|VIN"
            + "|certificate|case|patient|S/N)|FIN|CSN|SN|DL|ID)";
    /**
     * Letters and digits with a digit among them, joined by single dashes, slashes or dots: "1EG4-TE5-MK73",
     * "00482913", "#A2209381" (so "record number 7734120" is not taken for the label "record" and the value "number").
     */
    private static final String VALUE = "#?\\s?((?=[A-Za-z]{0,20}+[0-9-/.])[A-Za-z0-9]{1,20}+"
            + "(?:[-/.][A-Za-z0-9]{1,20}+){0,5})";
    private static final int FEWEST_DIGITS_AFTER_LABEL = 4;

    private static final Pattern SOCIAL_SECURITY = Pattern.compile(
            "(?<![\\w-])\\d{3}([- ])\\d{2}\\1\\d{4}(?![\\w-])");
    private static final Pattern SOCIAL_SECURITY_LABELLED = Pattern.compile("\\b(?:(?i:SSN|social\\s+security)"
            + "(?:\\s{1,3}(?i:number|no\\.?|#))?|SS\\s?#|SS\\s?No\\.?)(?:\\s{0,3}(?:(?i:is|was)\\b|:|#)){0,2}\\s{0,3}"
            + "(\\d(?:[\\d -]{0,9}\\d)?)");
    private static final Pattern LABELLED = Pattern.compile("\\b" + LABEL + "\\b\\.?" + NUMBER_WORD
            + "(?:\\s{0,3}(?:(?i:is|was|of)\\b|:|=)){0,2}\\s{0,3}" + VALUE + "(?![\\w-])" + UNIT_AFTER);
    private static final List<Pattern> LONG_RUNS = List.of(
            Pattern.compile("(?<![\\w.,/-])\\d{7,40}(?![\\w/-]|[.,]\\d)" + UNIT_AFTER),
            Pattern.compile("(?<![\\w.,/-])\\d{1,8}(?:-\\d{1,8}){1,5}(?![\\w/-]|[.,]\\d)" + UNIT_AFTER));
    private static final int FEWEST_DIGITS_IN_DASHED_RUN = 9;

    @Override
    public void findIn(String text, Findings findings) {
        Matcher social = SOCIAL_SECURITY.matcher(text);
        while (social.find()) {
            findings.add(IdentifierKind.SOCIAL_SECURITY_NUMBER, social, 0);
        }
        Matcher socialLabelled = SOCIAL_SECURITY_LABELLED.matcher(text);
        while (socialLabelled.find()) {
            if (digits(socialLabelled.group(1)) >= FEWEST_DIGITS_AFTER_LABEL) {
                findings.add(IdentifierKind.SOCIAL_SECURITY_NUMBER, socialLabelled, 0);
            }
        }
        Matcher labelled = LABELLED.matcher(text);
        while (labelled.find()) {
            if (isIdentifier(labelled.group(1))) {
                findings.add(IdentifierKind.RECORD_NUMBER, labelled, 0);
            }
        }
        Matcher unbroken = LONG_RUNS.get(0).matcher(text);
        while (unbroken.find()) {
            findings.add(IdentifierKind.RECORD_NUMBER, unbroken, 0);
        }
        Matcher dashed = LONG_RUNS.get(1).matcher(text);
        while (dashed.find()) {
            if (digits(dashed.group()) >= FEWEST_DIGITS_IN_DASHED_RUN) {
                findings.add(IdentifierKind.RECORD_NUMBER, dashed, 0);
            }
        }
    }

    /** Four digits at least, and not a year alone ("policy 2021"). */
    private static boolean isIdentifier(String value) {
        return digits(value) >= FEWEST_DIGITS_AFTER_LABEL && !value.matches("(?:19|20)\\d{2}");
    }

    private static long digits(String value) {
        return value.chars().filter(Character::isDigit).count();
    }
}
