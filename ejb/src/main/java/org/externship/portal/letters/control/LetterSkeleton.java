package org.externship.portal.letters.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What a letter written in the portal starts from (issue 11): addressed to programs in general, the placement's
 * facts, a paragraph per thing a program director looks for (left in brackets for the writer to replace: a letter
 * with a bracket left is not complete, {@link LetterWording}), and the closing. The signature block is the portal's.
 */
public final class LetterSkeleton {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

    private LetterSkeleton() {
    }

    public static String of(String studentName, String externshipTitle, String hospital, LocalDate start,
                            LocalDate end) {
        return LetterWording.GENERAL_SALUTATION + "\n\n"
                + "It is my pleasure to recommend " + studentName + ", who worked with me during the "
                + externshipTitle + " externship at " + hospital + " from " + MONTH.format(start) + " to "
                + MONTH.format(end) + ".\n\n"
                + "[How you know the student's work: your role, how closely and how long you supervised them.]\n\n"
                + "[What they did: patients they presented, how they reasoned, a case that shows it.]\n\n"
                + "[How they compare with the students and residents you have taught, and how they grew.]\n\n"
                + "I recommend " + studentName + " for residency without reservation.\n\n"
                + "Sincerely,";
    }
}
