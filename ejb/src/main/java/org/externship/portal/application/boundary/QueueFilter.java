package org.externship.portal.application.boundary;

import org.externship.portal.application.entity.ApplicationStatus;

import java.util.Set;

/**
 * What the coordinator's review queue shows: some statuses (none = every status past draft), one externship or
 * all, students whose name contains {@code student}, in {@code order}.
 */
public record QueueFilter(Set<ApplicationStatus> statuses, Long externshipId, String student, QueueOrder order,
                          boolean descending) {

    /** How the queue is sorted. */
    public enum QueueOrder {
        SUBMITTED("a.submittedAt"),
        UPDATED("a.updatedAt"),
        START_DATE("a.startDate"),
        STUDENT("a.studentName"),
        STATUS("a.status");

        final String path;

        QueueOrder(String path) {
            this.path = path;
        }
    }

    public QueueFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        order = order == null ? QueueOrder.SUBMITTED : order;
    }

    public static QueueFilter everything() {
        return new QueueFilter(Set.of(), null, null, QueueOrder.SUBMITTED, false);
    }
}
