package org.externship.portal.application.view;

import java.io.Serializable;

/**
 * One application in the review queue as its row shows it, every text formatted once by {@link ReviewQueueView}:
 * the page writes these fields as they are (a table of plain cells costs a fraction of a component table's rows).
 */
public record QueueRow(long id, String studentName, String externshipTitle, String period, String statusLabel,
                       String statusClass, String submitted, String updated, String selectLabel)
        implements Serializable {
}
