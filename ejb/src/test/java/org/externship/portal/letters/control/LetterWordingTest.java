package org.externship.portal.letters.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The residency application service's content rules for a letter written in the portal: letterhead with address,
 * phone and e-mail, signed with name and title, dated, addressed to programs in general and to no one program.
 */
class LetterWordingTest {

    private final LetterWording wording = new LetterWording();

    private static WrittenLetter letter(String body) {
        return LetterComposerTest.letter(body);
    }

    private List<String> keys(WrittenLetter letter) {
        return wording.check(letter).stream().map(WordingFinding::key).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dear Program Director,", "Dear Program Directors,", "dear program director",
            "Dear Residency Program Director:", "Dear Selection Committee,", "Dear Program Director and Selection "
            + "Committee,", "To whom it may concern,", "Dear Members of the Selection Committee,",
            "To the Residency Selection Committee:", "Dear Colleagues,", "Dear Sir or Madam,"})
    void aLetterToProgramsInGeneralPasses(String salutation) {
        assertEquals(List.of(), keys(letter("\n" + salutation + "\n\nI recommend Lena Petrova to your program "
                + "without reservation. She will be an asset to any residency program in internal medicine."
                + "\n\nSincerely,")));
    }

    @Test
    void aLetterToOnePersonIsRefusedNamingTheWords() {
        List<WordingFinding> found = wording.check(letter("Dear Dr. Smith,\n\nI recommend Lena."));
        assertEquals(List.of(new WordingFinding("body", LetterWording.NAMED_PERSON, List.of("Dear Dr. Smith"))),
                found);
        assertEquals(List.of(LetterWording.NAMED_PERSON), keys(letter("Dear Professor Klein:\n\nI recommend Lena.")));
    }

    @Test
    void aLetterToOneProgramIsRefusedNamingTheWords() {
        assertEquals(List.of(new WordingFinding("body", LetterWording.NAMED_PROGRAM,
                        List.of("Dear Internal Medicine Residency Program at Mercy"))),
                wording.check(letter("Dear Internal Medicine Residency Program at Mercy,\n\nI recommend Lena.")));
        assertEquals(List.of(new WordingFinding("body", LetterWording.NAMED_PROGRAM,
                        List.of("your internal medicine program at St. Mary's Hospital"))),
                wording.check(letter("Dear Program Director,\n\nLena would thrive in your internal medicine\n"
                        + "program at St. Mary's Hospital. Sincerely,")), "across a line break too");
    }

    @Test
    void theSkeletonIsAddressedToProgramsInGeneralButNotCompleteUntilItsHintsAreReplaced() {
        String skeleton = LetterSkeleton.of("Lena Petrova", "Internal Medicine", "Mercy General Hospital",
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 28));
        List<WordingFinding> found = wording.check(letter(skeleton));
        assertEquals(List.of(LetterWording.PLACEHOLDER), found.stream().map(WordingFinding::key).toList());
        assertTrue(found.get(0).arguments().get(0).startsWith("[How you know"), found.toString());
        assertEquals(List.of(), keys(letter(skeleton.replaceAll("\\[[^\\]]*]", "She presented well."))));
    }

    @Test
    void anUploadedLetterIsReadForItsSalutationAmongTheLetterheadAndTheDate() {
        String letterhead = "Mercy General Hospital\n1200 Harbor Street, Boston\nMarch 15, 2027\n\n";
        assertEquals(List.of(), wording.uploadedAddressing(letterhead + "Dear Program Director, page 1 of 1\n"
                + "To the best of my knowledge she will thrive in your program.\nSincerely,\nGrace Adams"));
        assertEquals(List.of(new WordingFinding("letter", LetterWording.NAMED_PERSON, List.of("Dear Dr. Jones"))),
                wording.uploadedAddressing(letterhead + "Dear Dr. Jones, it is my pleasure\nto recommend Lena."));
        assertEquals(List.of(new WordingFinding("letter", LetterWording.NAMED_PROGRAM,
                        List.of("your program at Mercy"))),
                wording.uploadedAddressing(letterhead + "To whom it may concern:\nLena fits your program at Mercy."));
        assertEquals(List.of(), wording.uploadedAddressing(""), "a scan: no text to judge");
    }

    @Test
    void aLetterWithoutSalutationIsRefused() {
        assertEquals(List.of(LetterWording.NO_SALUTATION), keys(letter("I recommend Lena Petrova.")));
        assertEquals(List.of(LetterWording.NO_SALUTATION), keys(letter("   ")));
    }

    @Test
    void aLetterWithoutLetterheadSignatureOrDateIsRefused() {
        WrittenLetter bare = new WrittenLetter(" ", "", "ext. 42", "not an address", null,
                "Dear Program Director,\n\nI recommend Lena.", null, "");
        assertEquals(List.of(LetterWording.NO_HOSPITAL, LetterWording.NO_ADDRESS, LetterWording.NO_PHONE,
                LetterWording.NO_EMAIL, LetterWording.UNDATED, LetterWording.UNSIGNED, LetterWording.NO_TITLE),
                keys(bare));
        assertEquals(List.of("letter", "address", "phone", "letter", "letter", "letter", "signerTitle"),
                wording.check(bare).stream().map(WordingFinding::field).toList(), "each on its field");
    }
}
