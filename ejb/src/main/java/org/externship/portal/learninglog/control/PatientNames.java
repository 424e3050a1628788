package org.externship.portal.learninglog.control;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names introduced as a patient's or a relative's: after Mr / Mrs / Ms / Miss, after "patient" or "pt", after a
 * relative ("her son Michael", "his wife, Linda,"), after "named" or "called" near a person, after "name is", and
 * initials ("pt initials J.S."). A doctor's, nurse's or professor's name is no patient's name, and a name the text
 * does not introduce ("Jennifer said") is not recognised. "Mr. X" and "Patient A" are the usual stand-ins and pass.
 */
final class PatientNames implements IdentifierRule {

    /** One capitalised name: "Jones", "O'Brien", "McDonald", "Kowalski-Brandt". */
    private static final String WORD = "(?:Mc|Mac|O'|D')?[A-Z][a-z]{1,30}+(?:[-'][A-Z][a-z]{1,30}+)?(?![A-Za-z])";
    private static final String TWO_WORDS = WORD + "(?:\\s{1,3}" + WORD + ")?";
    private static final String PARTICLES = "(?:(?:de|da|del|della|di|du|van|von|der|den|la|le|al|el|bin|ibn)\\s){0,3}";
    /** "J.S.", "K. L.", "JS" after "initials". */
    private static final String INITIALS = "[A-Z]\\.?(?:\\s?[A-Z]\\.?){1,2}(?![A-Za-z])";
    private static final String PATIENT = "\\b(?:[Pp]atient|[Pp]t)";
    private static final String RELATIVE = "\\b(?:son|daughter|wife|husband|mother|father|mom|mum|dad|brother|sister"
            + "|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|granny|aunt|uncle|niece|nephew|cousin"
            + "|partner|spouse|fianc[eé]e?|boyfriend|girlfriend|stepson|stepdaughter|stepmother|stepfather|twin"
            + "|caregiver|carer|guardian|neighbou?r|roommate|friend|baby)(?:-in-law)?";
    /** After a comma one name must end its phrase ("the patient, Linda, said"): "the patient, Bactrim was" is none. */
    private static final String APPOSITION = "\\s*,\\s*(" + WORD + "\\s{1,3}" + WORD + "|" + WORD
            + "(?=\\s*[,;:.)!?]))";

    /** After a title, which is part of the words found: "Mr. Jones", "Ms. de la Cruz". */
    private static final Pattern TITLED = Pattern.compile(
            "\\b(?:Mr|Mrs|Ms|Mx|Miss|Mister|Madam|Mme)\\b\\.?\\s{1,3}(" + PARTICLES + TWO_WORDS + ")");
    /** After a word that introduces a name, which is not part of the words found: "her son Michael". */
    private static final List<Pattern> INTRODUCED = List.of(
            Pattern.compile(PATIENT + "(?:'s)?\\s{1,3}name\\s*(?:is|was|:)\\s*(" + TWO_WORDS + ")"),
            Pattern.compile(PATIENT + "\\s*:\\s*(" + TWO_WORDS + ")"),
            Pattern.compile("\\b(?:patient|pt)\\s{1,3}(" + TWO_WORDS + ")"),
            Pattern.compile("\\b(?:Patient|Pt)\\s{1,3}(" + WORD + "\\s{1,3}" + WORD + ")"),
            Pattern.compile(PATIENT + "\\s*\\(\\s*(" + TWO_WORDS + ")\\s*\\)"),
            Pattern.compile(PATIENT + APPOSITION),
            Pattern.compile(RELATIVE + "\\s{1,3}(" + TWO_WORDS + ")"),
            Pattern.compile(RELATIVE + APPOSITION),
            Pattern.compile("\\b(?:name\\s{1,3}(?:is|was)|by\\s+the\\s+name\\s+of|goes\\s+by"
                    + "|introduced\\s+(?:him|her|them)sel(?:f|ves)\\s+as"
                    + "|(?:asked|told)\\s+(?:me|us)\\s+to\\s+call\\s+(?:him|her|them))\\s{1,3}(" + TWO_WORDS + ")"));

    /** "named Aisha" and "called Ethan" are names when a person was mentioned just before. */
    private static final Pattern NAMED = Pattern.compile("\\b(?:named|called|nicknamed)\\s{1,3}(" + TWO_WORDS + ")");
    private static final Pattern PERSON_BEFORE = Pattern.compile("\\b(?:patient|pt|man|woman|lady|gentleman|boy|girl"
            + "|child|baby|infant|toddler|newborn|teen|teenager|veteran|person|kid|son|daughter|wife|husband|mother"
            + "|father|brother|sister|grandmother|grandfather|friend|partner)\\b[^.;!?]{0,40}$");
    private static final int LOOK_BACK = 60;

    private static final List<Pattern> INITIALS_ALONE = List.of(
            Pattern.compile("\\b(?:Mr|Mrs|Ms|Mx|Miss)\\b\\.?\\s{1,3}(" + INITIALS + "|[A-Z]\\.?(?![A-Za-z]))"),
            Pattern.compile(PATIENT + "(?:\\s{1,3}initials?)?\\s*:?\\s{1,3}([A-Z]\\.\\s?[A-Z]\\.(?:\\s?[A-Z]\\.)?)"),
            Pattern.compile("\\binitials?\\s*(?:are|were|of|:)?\\s{1,3}(" + INITIALS + ")"),
            Pattern.compile("(?<![A-Za-z.])([A-Z]\\.\\s?[A-Z]\\.(?:\\s?[A-Z]\\.)?),?\\s{1,3}"
                    + "(?:is\\s+|was\\s+)?an?\\s+\\d"));
    /** Stand-ins that name nobody ("Mr. X"), and abbreviations that look like initials ("U.S."). */
    private static final Set<String> NOT_INITIALS = Set.of("X", "Y", "Z", "X.", "Y.", "Z.", "U.S.", "U.K.", "M.D.",
            "D.O.", "R.N.", "N.P.", "P.A.", "E.R.", "O.R.", "I.V.", "A.M.", "P.M.", "B.P.", "U.S.A.");

    @Override
    public void findIn(String text, Findings findings) {
        Matcher titled = TITLED.matcher(text);
        while (titled.find()) {
            addName(titled, titled.start(), findings);
        }
        for (Pattern pattern : INTRODUCED) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                addName(matcher, matcher.start(1), findings);
            }
        }
        Matcher named = NAMED.matcher(text);
        while (named.find()) {
            String before = text.substring(Math.max(0, named.start() - LOOK_BACK), named.start());
            if (PERSON_BEFORE.matcher(before).find()) {
                addName(named, named.start(1), findings);
            }
        }
        for (Pattern pattern : INITIALS_ALONE) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                if (!NOT_INITIALS.contains(matcher.group(1).replace(" ", ""))) {
                    findings.add(IdentifierKind.PATIENT_NAME, matcher, 1);
                }
            }
        }
    }

    /**
     * Group 1 holds the name, one or two words (after particles such as "de la"): the first must be a name, a second
     * counts only if it is one too. The words found run from {@code start} to the name's end.
     */
    private static void addName(Matcher matcher, int start, Findings findings) {
        String name = matcher.group(1);
        String[] words = name.split("\\s+");
        if (NotNames.contains(words[firstCapitalised(words)])) {
            return;
        }
        int end = matcher.end(1);
        String last = words[words.length - 1];
        if (words.length > 1 && Character.isUpperCase(words[words.length - 2].charAt(0)) && NotNames.contains(last)) {
            end = matcher.start(1) + name.substring(0, name.length() - last.length()).stripTrailing().length();
        }
        findings.add(IdentifierKind.PATIENT_NAME, start, end);
    }

    /** Skips the lower-case particles of "de la Cruz". */
    private static int firstCapitalised(String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (Character.isUpperCase(words[i].charAt(0))) {
                return i;
            }
        }
        return words.length - 1;
    }
}
