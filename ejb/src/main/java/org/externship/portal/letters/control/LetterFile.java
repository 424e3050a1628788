package org.externship.portal.letters.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.externship.portal.passport.boundary.UploadRefusedException;
import org.externship.portal.passport.control.FileNames;
import org.externship.portal.passport.control.InspectedPdf;
import org.externship.portal.passport.control.InspectedPdf.PageSize;
import org.externship.portal.passport.control.UploadInspector;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules a letter of recommendation's PDF must pass before the portal keeps it (issue 11): the residency application
 * service's (ERAS) for a letter, which are a PDF of at most 1 MB ({@link #MAX_BYTES}), not password-protected, not
 * digitally signed, on upright US Letter pages (8.5 x 11 in, within a point); and the portal's for any upload, which
 * are a real PDF by its content (whatever the file is called), with at least one page, undamaged, and nothing in it
 * that acts (scripts, launch actions, attached files) or hides web-page markup. They apply to a letter an attending
 * uploads and to one the portal renders itself, so that every letter the portal sends is one the service accepts.
 * <p>
 * The portal's rules are the passport's {@link UploadInspector}, reused whole: one parser with its memory budget, one
 * active-content search, one set of parsing permits per node. This class adds what is stricter for a letter and gives
 * every refusal a {@code letters.upload.*} key, so that the attending reads a sentence about the letter rather than
 * about a student's passport.
 */
@ApplicationScoped
public class LetterFile {

    /** 1 MB: the most the residency application service accepts for a letter. */
    public static final long MAX_BYTES = 1024 * 1024;

    /** US Letter in points (1/72 in), upright: 8.5 x 11 in. */
    static final float LETTER_WIDTH = 612;
    static final float LETTER_HEIGHT = 792;
    /** How far a page may be off US Letter either way, in points: what rounding in the tool that made it explains. */
    static final float TOLERANCE = 1;

    static final String NOT_PDF = "letters.upload.notPdf";
    static final String TOO_LARGE = "letters.upload.tooLarge";
    static final String ENCRYPTED = "letters.upload.encrypted";
    static final String ACTIVE_CONTENT = "letters.upload.activeContent";
    static final String SIGNED = "letters.upload.signed";
    static final String NOT_LETTER_SIZE = "letters.upload.notLetterSize";
    static final String DAMAGED = "letters.upload.damaged";
    static final String BUSY = "letters.upload.busy";

    /** The inspector's refusals, as the letter's: the same reasons, told about a letter. */
    private static final Map<String, String> FOR_A_LETTER = Map.of(
            "passport.upload.empty", NOT_PDF,
            "passport.upload.unknownType", NOT_PDF,
            "passport.upload.tooLarge", TOO_LARGE,
            "passport.upload.brokenPdf", DAMAGED,
            "passport.upload.pdfTooComplex", DAMAGED,
            "passport.upload.encryptedPdf", ENCRYPTED,
            "passport.upload.activePdf", ACTIVE_CONTENT,
            "passport.upload.hiddenMarkup", ACTIVE_CONTENT,
            "passport.upload.busy", BUSY);

    private static final BigDecimal POINTS_PER_INCH = BigDecimal.valueOf(72);
    private static final String EXTENSION = ".pdf";
    private static final String FALLBACK_NAME = "letter";

    @Inject
    UploadInspector inspector;

    /** For the container, which injects the portal's one inspector. */
    public LetterFile() {
    }

    public LetterFile(UploadInspector inspector) {
        this.inspector = inspector;
    }

    /**
     * What the portal keeps of a letter that passes every rule; anything else is refused, naming the first rule it
     * breaks. The size is checked first, before anything is parsed.
     *
     * @param content      the file's bytes, which alone decide what it is
     * @param originalName the name it came with, made safe for the download; {@code null} if it had none
     * @throws UploadRefusedException with a {@code letters.upload.*} key; for a page not US Letter, with the page's
     *                                number and its width and height in inches, as {@link BigDecimal}s to two places
     */
    public InspectedLetter inspect(byte[] content, String originalName) {
        if (content != null && content.length > MAX_BYTES) {
            throw new UploadRefusedException(TOO_LARGE);
        }
        InspectedPdf pdf;
        try {
            pdf = inspector.inspectPdf(content);
        } catch (UploadRefusedException refused) {
            throw forALetter(refused);
        }
        if (pdf.signature().isPresent()) {
            throw new UploadRefusedException(SIGNED);
        }
        List<PageSize> pages = pdf.pages();
        for (int i = 0; i < pages.size(); i++) {
            PageSize page = pages.get(i);
            if (!isUsLetter(page)) {
                throw new UploadRefusedException(NOT_LETTER_SIZE, i + 1, inches(page.width()), inches(page.height()));
            }
        }
        return new InspectedLetter(pdf.content(), pdf.pageCount(), downloadName(originalName));
    }

    /** Upright US Letter, within {@link #TOLERANCE}: a page turned sideways is not. */
    static boolean isUsLetter(PageSize page) {
        return Math.abs(page.width() - LETTER_WIDTH) <= TOLERANCE
                && Math.abs(page.height() - LETTER_HEIGHT) <= TOLERANCE;
    }

    /**
     * The name a download offers the letter under: the original made safe as any upload's ({@link FileNames}: its
     * last path segment, accents folded), then cut down to letters, digits, hyphens and underscores (every run of
     * anything else, spaces and dots included, becomes one underscore), so no system the letter travels through
     * refuses or misreads it; ending in {@code .pdf}, and {@code letter.pdf} if nothing usable is left.
     */
    static String downloadName(String originalName) {
        if (originalName == null || originalName.isBlank()) {
            return FALLBACK_NAME + EXTENSION;
        }
        String name = FileNames.sanitize(originalName);
        if (name.toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
            name = name.substring(0, name.length() - EXTENSION.length());
        }
        String stem = name.replaceAll("[^A-Za-z0-9-]+", "_").replaceAll("^[_-]+|[_-]+$", "");
        return (stem.isEmpty() ? FALLBACK_NAME : stem) + EXTENSION;
    }

    /**
     * The name a delivered letter is downloaded under, made of {@code parts} (the student, the writer, the service's
     * letter id): safe as {@link #downloadName}'s, so no {@code | * ? :} or space reaches the service's letter portal.
     */
    public static String deliveryName(String... parts) {
        return downloadName(String.join("_", parts));
    }

    /**
     * The same refusal with the letter's key. A refusal without one (a rule the inspector gains later) passes as the
     * inspector gave it, with its own sentence, rather than as a reason that is not the real one.
     */
    private static UploadRefusedException forALetter(UploadRefusedException refused) {
        String key = FOR_A_LETTER.get(refused.messageKey());
        return key == null ? refused : new UploadRefusedException(key);
    }

    private static BigDecimal inches(float points) {
        return new BigDecimal(Float.toString(points)).divide(POINTS_PER_INCH, 2, RoundingMode.HALF_UP);
    }
}
