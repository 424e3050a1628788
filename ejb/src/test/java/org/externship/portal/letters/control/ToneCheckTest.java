package org.externship.portal.letters.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToneCheckTest {

    private static final Addressee ADAMS = Addressee.of("Grace Adams");
    private final ToneCheck check = new ToneCheck();

    @Test
    void aFormalRequestAsDomainMdDescribesItPasses() {
        String request = """
                Dear Dr. Adams,

                Thank you for supervising me on the internal medicine wards these four weeks. I learned a great deal \
                from presenting patients to you, especially the way you reasoned through the chest pain admissions.

                I am applying to internal medicine residency programs this fall. Do you feel you know my work well \
                enough to write a supportive letter of recommendation for me? If you do not, I fully understand.

                I have attached my CV, my personal statement draft and a few cases from my learning log. The \
                application service opens on September 1; any time in the next six weeks would be very kind.

                With thanks and respect,
                Lena Petrova""";
        assertEquals(List.of(), check.check(request, ADAMS));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Dear Grace, would you write me a letter?              | INFORMAL_ADDRESS  | Dear Grace
            Hi Grace! Could you write me a letter?                 | INFORMAL_ADDRESS  | Hi Grace
            Hey, could you write me a letter?                      | INFORMAL_ADDRESS  | Hey
            Dear Dr. Grace, could you write me a letter?           | INFORMAL_ADDRESS  | Dr. Grace
            Grace, could you write me a letter?                    | INFORMAL_ADDRESS  | Grace,
            Could you write me a strong letter?                    | STRONG_LETTER     | strong letter
            I need the strongest recommendation you can give.      | STRONG_LETTER     | strongest recommendation
            I would love a glowing LOR from you.                   | STRONG_LETTER     | glowing LOR
            I need the letter ASAP.                                | PRESSURE          | ASAP
            It is urgent, the deadline is close.                   | PRESSURE          | urgent
            Could you send it by tomorrow?                         | PRESSURE          | by tomorrow
            Thank you so much 🙏                                    | EMOJI             | 🙏
            Thank you so much :)                                   | EMOJI             | :)
            Thanks <3                                              | EMOJI             | <3
            Could u write me a letter?                             | CHAT_ABBREVIATION | u
            Pls let me know.                                       | CHAT_ABBREVIATION | Pls
            Thx for everything.                                    | CHAT_ABBREVIATION | Thx
            You can reach me at (617) 555-0142.                    | PRIVATE_CONTACT   | (617) 555-0142
            Could I have your number?                              | PRIVATE_CONTACT   | your number
            Shall we talk on WhatsApp?                             | PRIVATE_CONTACT   | WhatsApp
            Follow me, I am @lena.md on there.                     | PRIVATE_CONTACT   | @lena.md
            Text me when it is ready.                              | PRIVATE_CONTACT   | Text me
            """)
    void aMisstepIsFoundWithItsWords(String text, ToneKind kind, String words) {
        List<ToneFinding> found = check.check(text, ADAMS);
        assertEquals(1, found.size(), found.toString());
        assertEquals(kind, found.get(0).kind());
        assertEquals(words, found.get(0).words());
        assertEquals(words, text.substring(found.get(0).start(), found.get(0).end()), "the place of the words");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Dear Dr. Adams, thank you for the rounds on the cardiology service.",
            "Hello Dr. Adams, I hope this finds you well.",
            "Good morning Dr. Adams, I wanted to share my Step 2 CK result.",
            "The patient's K was 3.2 and we repleted it; see https://example.org/guideline for the protocol.",
            "My e-mail is lena.petrova@example.org if the portal is down.",
            "We discussed the CURB-65 score (2/5) and a 7-day course.",
            "Thank you for a great rotation and for the feedback on my presentations.",
            "Grand rounds on sepsis were excellent; the letter service opens in September.",
            "I matched at Mercy! Thank you for your support along the way.",
    })
    void professionalTextPasses(String text) {
        assertEquals(List.of(), check.check(text, ADAMS), text);
    }

    @Test
    void severalMisstepsAreFoundInReadingOrder() {
        String text = "Hi Grace!! Could u write me a strong letter ASAP? 😊 My cell is 617-555-0142";
        List<ToneKind> kinds = check.check(text, ADAMS).stream().map(ToneFinding::kind).toList();
        assertEquals(List.of(ToneKind.INFORMAL_ADDRESS, ToneKind.CHAT_ABBREVIATION, ToneKind.STRONG_LETTER,
                ToneKind.PRESSURE, ToneKind.EMOJI, ToneKind.PRIVATE_CONTACT), kinds.subList(0, 6));
        assertTrue(kinds.size() <= 7, kinds.toString());
    }

    @Test
    void aLongPersonalStoryIsToldToBeShort() {
        String text = "Dear Dr. Adams, " + "my family and I went through a hard time this year. ".repeat(30);
        List<ToneFinding> found = check.check(text, ADAMS);
        assertEquals(List.of(ToneKind.TOO_LONG), found.stream().map(ToneFinding::kind).toList());
        assertTrue(found.get(0).words().endsWith(" words"));
    }

    @Test
    void everyFindingIsExplainedWithABetterWording() {
        ToneTexts texts = new ToneTexts();
        for (ToneKind kind : ToneKind.values()) {
            assertTrue(!texts.reason(kind).isBlank() && !texts.hint(kind, ADAMS).isBlank(), kind.name());
        }
        ToneFinding hiGrace = check.check("Hi Grace, could you write me a letter?", ADAMS).get(0);
        assertEquals("\u201cHi Grace\u201d: attendings are addressed by title and last name, not by first name or a "
                + "casual greeting. Open with \u201cDear Dr. Adams,\u201d", texts.explain(hiGrace, ADAMS));
        assertEquals("Keep to the portal's messages; the attending can answer there",
                texts.hint(ToneKind.PRIVATE_CONTACT, ADAMS), "an apostrophe stays an apostrophe");
    }

    @Test
    void anAttendingIsAddressedByTitleAndLastName() {
        assertEquals("Dear Dr. Adams,", ADAMS.salutation());
        assertEquals("Dear Dr. Okafor,", Addressee.of("Okafor").salutation());
        assertEquals(List.of(), check.check("Dear Dr. Okafor, thank you.", Addressee.of("Okafor")),
                "a name of one word is a last name");
    }
}
