package org.externship.portal.report.boundary;

/**
 * An externship's letter requests (of placements in the report's periods): asked in all; waiting for the attending's
 * answer; accepted and being written; complete (delivered included); declined; overdue (accepted or waiting, past
 * the due date).
 */
public record LetterCompletion(long externshipId, String externshipTitle, long asked, long waiting, long accepted,
                               long complete, long declined, long overdue) {

    /** Complete of the requests not declined, in percent. */
    public Integer completionRate() {
        return Rate.percent(complete, asked - declined);
    }
}
