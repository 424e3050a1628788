package org.externship.portal.letters.control;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.externship.portal.passport.boundary.UploadRefusedException;
import org.externship.portal.passport.control.HostileFiles;
import org.externship.portal.passport.control.SampleFiles;
import org.externship.portal.passport.control.UploadInspector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A letter of recommendation's PDF passes only on the residency application service's rules and the portal's
 * (issue 11): US Letter letters of one and three pages are kept with their hash, pages and a safe name; every other
 * file is refused with the letter's key for its reason, the first rule it breaks. Each file is made here
 * ({@link LetterSamples}, and the passport's {@link SampleFiles} and {@link HostileFiles} for what they already show).
 */
class LetterFileTest {

    private static final PDRectangle TURNED_LETTER = new PDRectangle(792, 612);
    private static final PDRectangle US_LEGAL = new PDRectangle(612, 1008);

    private final LetterFile letters = new LetterFile(new UploadInspector());

    // ---- letters that pass ----

    @Test
    void aOnePageUsLetterLetterIsKeptWithItsSizeHashPagesAndASafeName() {
        byte[] pdf = LetterSamples.letter(1);

        InspectedLetter letter = letters.inspect(pdf, "Letter: Dr. Adams | final?.pdf");

        assertEquals(UploadInspector.PDF, letter.content().contentType());
        assertEquals(pdf.length, letter.content().sizeBytes());
        assertEquals(sha256(pdf), letter.content().sha256());
        assertEquals(1, letter.pageCount());
        assertEquals("Letter_Dr_Adams_final.pdf", letter.fileName());
    }

    @Test
    void aThreePageLetterIsKeptWithThreePages() {
        InspectedLetter letter = letters.inspect(LetterSamples.letter(3), "Recommendation Adams.pdf");

        assertEquals(3, letter.pageCount());
        assertEquals("Recommendation_Adams.pdf", letter.fileName());
    }

    @Test
    void aLetterPageLaidOutSidewaysButTurnedUprightByItsRotationIsUsLetter() {
        assertEquals(1, letters.inspect(LetterSamples.letterTurnedUpright(), "scan.pdf").pageCount());
    }

    @Test
    void aPageWithinOnePointOfUsLetterPasses() {
        byte[] pdf = LetterSamples.letterOn(new PDRectangle(612.9f, 791.2f), new PDRectangle(611, 793));

        assertEquals(2, letters.inspect(pdf, "letter.pdf").pageCount());
    }

    @Test
    void aLetterWithALinkToAWebPageIsKept() {
        byte[] pdf = SampleFiles.build(document -> SampleFiles.addPage(document, "https://example.org/adams"));

        assertEquals(1, letters.inspect(pdf, "letter.pdf").pageCount());
    }

    @ParameterizedTest(name = "''{0}'' is offered as ''{1}''")
    @CsvSource(delimiterString = "=>", value = {
            "Letter: Dr. Adams | final?.pdf                        => Letter_Dr_Adams_final.pdf",
            "C:\\Users\\gadams\\Desktop\\Empfehlung für Müller.PDF => Empfehlung_fur_Muller.pdf",
            "../../etc/passwd                                      => passwd.pdf",
            "recommendation.exe                                    => recommendation_exe.pdf",
            "-rf *.pdf                                             => rf.pdf",
            "Letter (final) #2 & more.pdf                          => Letter_final_2_more.pdf",
            "???.pdf                                               => letter.pdf"})
    void theDownloadNameKeepsOnlyLettersDigitsHyphensAndUnderscoresAndEndsInPdf(String original, String expected) {
        String name = letters.inspect(LetterSamples.letter(1), original).fileName();

        assertEquals(expected, name);
        assertTrue(name.matches("[A-Za-z0-9_-]+\\.pdf"), name);
    }

    @Test
    void aLetterWithoutANameIsOfferedAsLetterPdf() {
        assertEquals("letter.pdf", letters.inspect(LetterSamples.letter(1), null).fileName());
        assertEquals("letter.pdf", letters.inspect(LetterSamples.letter(1), "  ").fileName());
    }

    // ---- not a PDF ----

    static Stream<Arguments> notPdfs() {
        return Stream.of(
                Arguments.of("text", SampleFiles.textNamedPdf()),
                Arguments.of("PNG image", SampleFiles.png()),
                Arguments.of("JPEG photo", SampleFiles.jpeg()),
                Arguments.of("Windows program", LetterSamples.windowsProgram()),
                Arguments.of("Linux program", LetterSamples.linuxProgram()),
                Arguments.of("empty file", new byte[0]));
    }

    @ParameterizedTest(name = "{0} named letter.pdf")
    @MethodSource("notPdfs")
    void aFileThatIsNotAPdfIsRefusedWhateverItIsCalled(String what, byte[] content) {
        assertRefused(LetterFile.NOT_PDF, content);
    }

    // ---- size ----

    @Test
    void aLetterOfExactlyOneMegabyteIsKeptAndOneByteMoreIsRefused() {
        byte[] limit = LetterSamples.letterOfExactly(LetterFile.MAX_BYTES);
        byte[] over = LetterSamples.letterOfExactly(LetterFile.MAX_BYTES + 1);

        assertEquals(1_048_576, limit.length);
        assertEquals(LetterFile.MAX_BYTES, letters.inspect(limit, "letter.pdf").content().sizeBytes());
        assertRefused(LetterFile.TOO_LARGE, over);
    }

    @Test
    void anyFileOverOneMegabyteIsRefusedForItsSizeBeforeItIsRead() {
        byte[] big = new byte[1024 * 1024 + 1];
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, big, 0, head.length);

        assertRefused(LetterFile.TOO_LARGE, big);
    }

    // ---- the portal's rules for any PDF, told about a letter ----

    @Test
    void anEncryptedLetterIsRefusedEvenWhenItOpensWithoutAPassword() {
        assertRefused(LetterFile.ENCRYPTED, SampleFiles.encryptedPdf());
    }

    static Stream<Arguments> activeLetters() {
        return Stream.of(
                Arguments.of("script run on opening", LetterSamples.letterWithOpenActionScript()),
                Arguments.of("launch action", HostileFiles.pdfWithLaunchLink()),
                Arguments.of("embedded file", HostileFiles.pdfWithEmbeddedFile()),
                Arguments.of("web page hidden in the file", HostileFiles.pdfPolyglot()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activeLetters")
    void aLetterThatActsIsRefused(String what, byte[] pdf) {
        assertRefused(LetterFile.ACTIVE_CONTENT, pdf);
    }

    static Stream<Arguments> damagedLetters() {
        byte[] whole = LetterSamples.letter(2);
        return Stream.of(
                Arguments.of("cut in half", Arrays.copyOf(whole, whole.length / 2)),
                Arguments.of("cut short of its end marker", Arrays.copyOf(whole, whole.length - 8)),
                Arguments.of("a PDF header and garbage", SampleFiles.garbagePdf()),
                Arguments.of("no pages", SampleFiles.build(document -> { })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedLetters")
    void aDamagedLetterOrOneWithoutPagesIsRefused(String what, byte[] pdf) {
        assertRefused(LetterFile.DAMAGED, pdf);
    }

    // ---- the residency application service's rules ----

    static Stream<Arguments> signedLetters() {
        return Stream.of(
                Arguments.of("signed (signature dictionary with its byte range)", LetterSamples.signedLetter()),
                Arguments.of("an empty signature field", LetterSamples.letterWithSignatureField()),
                Arguments.of("certified (/Perms /DocMDP)", LetterSamples.certifiedLetter()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signedLetters")
    void aDigitallySignedLetterIsRefused(String what, byte[] pdf) {
        assertRefused(LetterFile.SIGNED, pdf);
    }

    @Test
    void theSignedSampleIsOtherwiseAGoodLetter() {
        // so it is refused for its signature: the passport, which allows signatures, keeps it
        assertEquals(UploadInspector.PDF, new UploadInspector().inspect(LetterSamples.signedLetter()).contentType());
    }

    @Test
    void anA4LetterIsRefusedNamingThePageAndItsSizeInInches() {
        byte[] pdf = LetterSamples.letterOn(PDRectangle.A4);

        UploadRefusedException refused = assertRefused(LetterFile.NOT_LETTER_SIZE, pdf);

        assertArrayEquals(new Object[] {1, new BigDecimal("8.27"), new BigDecimal("11.69")}, refused.arguments());
    }

    @Test
    void oneA4PageAmongUsLetterPagesIsRefusedNamingThatPage() {
        byte[] pdf = LetterSamples.letterOn(PDRectangle.LETTER, PDRectangle.A4, PDRectangle.LETTER);

        UploadRefusedException refused = assertRefused(LetterFile.NOT_LETTER_SIZE, pdf);

        assertEquals(2, refused.arguments()[0]);
    }

    @Test
    void aUsLetterPageTurnedSidewaysIsRefused() {
        byte[] pdf = LetterSamples.letterOn(TURNED_LETTER);

        UploadRefusedException refused = assertRefused(LetterFile.NOT_LETTER_SIZE, pdf);

        assertArrayEquals(new Object[] {1, new BigDecimal("11.00"), new BigDecimal("8.50")}, refused.arguments());
    }

    @Test
    void usLegalAndPagesMoreThanAPointOffUsLetterAreRefused() {
        assertRefused(LetterFile.NOT_LETTER_SIZE, LetterSamples.letterOn(US_LEGAL));
        assertRefused(LetterFile.NOT_LETTER_SIZE, LetterSamples.letterOn(new PDRectangle(613.5f, 792)));
        assertRefused(LetterFile.NOT_LETTER_SIZE, LetterSamples.letterOn(new PDRectangle(612, 790.5f)));
    }

    private UploadRefusedException assertRefused(String key, byte[] content) {
        UploadRefusedException refused =
                assertThrows(UploadRefusedException.class, () -> letters.inspect(content, "letter.pdf"));
        assertEquals(key, refused.messageKey());
        return refused;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
