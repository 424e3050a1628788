package org.externship.portal.letters.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The residency application service's (ERAS) rules for a letter's content, for a letter written in the portal (issue
 * 11): on letterhead with the writer's address, phone and e-mail, signed with the writer's name and title, dated, and
 * addressed to programs in general, because the service sends the same letter to every program the student applies
 * to. "Dear Program Director," (or "Dear Selection Committee," "To whom it may concern,") is right; "Dear Dr. Smith,"
 * or "Dear Internal Medicine Residency Program at Mercy," addresses one reader, and so does "your program at Mercy"
 * in the text. Each broken rule is a {@link WordingFinding} whose key gives the reason and a better wording. Pure: no
 * container, no clock.
 */
public final class LetterWording {

    static final String NO_ADDRESS = "letters.wording.noAddress";
    static final String NO_PHONE = "letters.wording.noPhone";
    static final String NO_EMAIL = "letters.wording.noEmail";
    static final String NO_HOSPITAL = "letters.wording.noHospital";
    static final String UNSIGNED = "letters.wording.unsigned";
    static final String NO_TITLE = "letters.wording.noTitle";
    static final String UNDATED = "letters.wording.undated";
    static final String NO_SALUTATION = "letters.wording.noSalutation";
    static final String NAMED_PERSON = "letters.wording.namedPerson";
    static final String NAMED_PROGRAM = "letters.wording.namedProgram";
    static final String PLACEHOLDER = "letters.wording.placeholder";

    /** The salutation a letter to programs in general opens with. */
    public static final String GENERAL_SALUTATION = "Dear Program Director,";

    /** At least this many digits make a phone number (a US number has 10). */
    static final int PHONE_DIGITS = 7;

    /** A part of the skeleton ({@link LetterSkeleton}) left to write: "[What they did: ...]". */
    private static final Pattern BRACKETS = Pattern.compile("\\[[^\\]]*]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern DEAR = Pattern.compile("(?i)dear\\s");
    private static final Pattern SALUTATION = Pattern.compile("(?i)^(dear|to)\\b.*");
    private static final String READERS = "(?:the\\s+)?(?:residency\\s+)?(?:program\\s+directors?|selection\\s+"
            + "committees?|members\\s+of\\s+the\\s+(?:residency\\s+)?selection\\s+committee|colleagues?"
            + "|sir\\s+or\\s+madam)";
    /** Salutations to whoever reads the letter, in any program. */
    private static final Pattern GENERAL = Pattern.compile("(?i)^(?:(?:dear|to)\\s+" + READERS
            + "(?:\\s*(?:and|or|/|&)\\s*" + READERS + ")?|to\\s+whom\\s+it\\s+may\\s+concern)\\s*[,:;.!]?$");
    private static final Pattern PERSON = Pattern.compile(
            "(?i)^dear\\s+(?:dr|doctor|mr|mrs|ms|miss|mx|prof|professor)\\b.*");
    /** A capitalised word, or a short abbreviation with its dot ("St."): a dot after a longer word ends a sentence. */
    private static final String WORD = "(?:\\p{Lu}\\p{L}{0,2}\\.|\\p{Lu}[\\p{L}'-]*)";
    /** A name: capitalised words ("St. Mary's Hospital", "University of Chicago"), to the end of the sentence. */
    private static final String NAME = WORD + "(?:\\s+(?:of\\s+)?" + WORD + ")*";
    /** "your program at Mercy", "your internal medicine residency program at St. Mary's": one program by name. */
    private static final Pattern PROGRAM_AT = Pattern.compile(
            "(?i:\\byour\\s+(?:[\\p{L}-]+\\s+){0,3}program\\s+at\\s+(?:the\\s+)?)" + NAME);

    /** Every rule {@code letter} breaks, in the order the letter reads: letterhead, date, salutation, text, signature. */
    public List<WordingFinding> check(WrittenLetter letter) {
        List<WordingFinding> found = new ArrayList<>();
        if (blank(letter.hospital())) {
            found.add(new WordingFinding("letter", NO_HOSPITAL, List.of()));
        }
        if (blank(letter.address())) {
            found.add(new WordingFinding("address", NO_ADDRESS, List.of()));
        }
        if (letter.phone() == null || letter.phone().chars().filter(Character::isDigit).count() < PHONE_DIGITS) {
            found.add(new WordingFinding("phone", NO_PHONE, List.of()));
        }
        if (letter.email() == null || !EMAIL.matcher(letter.email().strip()).matches()) {
            found.add(new WordingFinding("letter", NO_EMAIL, List.of()));
        }
        if (letter.date() == null) {
            found.add(new WordingFinding("letter", UNDATED, List.of()));
        }
        String body = letter.body() == null ? "" : letter.body();
        found.addAll(addressing(body));
        Matcher unwritten = BRACKETS.matcher(body);
        if (unwritten.find()) {
            found.add(new WordingFinding("body", PLACEHOLDER, List.of(unwritten.group())));
        }
        if (blank(letter.signerName())) {
            found.add(new WordingFinding("letter", UNSIGNED, List.of()));
        }
        if (blank(letter.signerTitle())) {
            found.add(new WordingFinding("signerTitle", NO_TITLE, List.of()));
        }
        return found;
    }

    /**
     * Whether {@code text} is addressed to programs in general: its first line a general salutation, and no program
     * named as the reader's in the rest.
     */
    public List<WordingFinding> addressing(String text) {
        List<WordingFinding> found = new ArrayList<>();
        String salutation = text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
        if (!SALUTATION.matcher(salutation).matches()) {
            found.add(new WordingFinding("body", NO_SALUTATION, List.of()));
        } else {
            greeting(salutation, "body").ifPresent(found::add);
        }
        found.addAll(namedPrograms(text, "body"));
        return found;
    }

    /**
     * The same rule for the text of a letter someone uploaded, as PDFBox reads it (letterhead, date and all): its first
     * line that opens with "Dear", up to the first comma or colon, must greet programs in general, and no program may
     * be named as the reader's. A text without such a line (a scan, a letter without salutation) is not judged:
     * reading it cannot tell. The findings are about the {@code letter} as a whole.
     */
    public List<WordingFinding> uploadedAddressing(String text) {
        List<WordingFinding> found = new ArrayList<>();
        text.lines().map(String::strip).filter(line -> DEAR.matcher(line).lookingAt()).findFirst()
                .flatMap(line -> greeting(line.split("[,:;]", 2)[0].strip(), "letter")).ifPresent(found::add);
        found.addAll(namedPrograms(text, "letter"));
        return found;
    }

    /** A salutation that greets one reader, as a finding; none for one to programs in general. */
    private static Optional<WordingFinding> greeting(String salutation, String field) {
        if (GENERAL.matcher(salutation).matches()) {
            return Optional.empty();
        }
        String words = salutation.replaceAll("[,:;.!]+$", "");
        return Optional.of(new WordingFinding(field, PERSON.matcher(salutation).matches() ? NAMED_PERSON
                : NAMED_PROGRAM, List.of(words)));
    }

    private static List<WordingFinding> namedPrograms(String text, String field) {
        List<WordingFinding> found = new ArrayList<>();
        Matcher named = PROGRAM_AT.matcher(text.replaceAll("\\s+", " "));
        while (named.find()) {
            found.add(new WordingFinding(field, NAMED_PROGRAM, List.of(named.group())));
        }
        return found;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
