package org.externship.portal.letters.control;

import org.externship.portal.shared.pdf.PdfPages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A letter written in the portal as the PDF the residency application service takes (issue 11), laid out by the
 * portal's one document layout ({@link PdfPages}: US Letter pages, Liberation Sans embedded, so any character prints,
 * one the font lacks as "?"; long text flows onto further pages): the hospital's letterhead (its logo if it has one,
 * its name, the address, phone and the writer's e-mail, and a rule beneath), the date, the text paragraph by
 * paragraph, and the signature block (the writer's name, title and hospital, and the date). Nothing else: no encryption, no signature field, no script.
 */
public final class LetterComposer {

    static final float LETTERHEAD = 15;
    /** The logo's height on the page, in points (about two thirds of an inch). */
    static final float LOGO_HEIGHT = 48;
    static final float CONTACT = 9.5f;
    static final float TEXT = 11;
    /** The date as a US letter writes it: "December 2, 2026". */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    /** The letter's PDF; every part that is missing is left out (the wording rules refuse such a letter). */
    public byte[] compose(WrittenLetter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfPages pdf = new PdfPages(page -> page == 1 ? "" : "Page " + page)) {
            letterhead(pdf, letter);
            pdf.space(TEXT * 2);
            if (letter.date() != null) {
                pdf.line(DATE.format(letter.date()), TEXT);
                pdf.space(TEXT);
            }
            pdf.wrapped(plain(letter.body()), TEXT);
            pdf.keep(TEXT * 8);
            pdf.space(TEXT * 2);
            for (String line : new String[] {letter.signerName(), letter.signerTitle(), letter.hospital()}) {
                if (present(line)) {
                    pdf.wrapped(line.strip(), TEXT);
                }
            }
            if (letter.date() != null) {
                pdf.line(DATE.format(letter.date()), TEXT);
            }
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("the letter could not be laid out", e);
        }
        return out.toByteArray();
    }

    private static void letterhead(PdfPages pdf, WrittenLetter letter) throws IOException {
        if (letter.logo() != null) {
            pdf.image(letter.logo(), LOGO_HEIGHT);
            pdf.space(CONTACT);
        }
        if (present(letter.hospital())) {
            pdf.wrapped(letter.hospital().strip(), LETTERHEAD);
        }
        if (present(letter.address())) {
            pdf.wrapped(plain(letter.address()).strip(), CONTACT);
        }
        StringBuilder contact = new StringBuilder();
        if (present(letter.phone())) {
            contact.append("Phone: ").append(letter.phone().strip());
        }
        if (present(letter.email())) {
            contact.append(contact.isEmpty() ? "" : "  ·  ").append("E-mail: ").append(letter.email().strip());
        }
        if (!contact.isEmpty()) {
            pdf.wrapped(contact.toString(), CONTACT);
        }
        pdf.space(CONTACT / 2);
        pdf.rule();
    }

    /** Tabs as spaces and line breaks as one kind; the layout prints every other character it can. */
    private static String plain(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
