package org.externship.portal.learninglog.boundary;

import org.externship.portal.learninglog.entity.CareSetting;
import org.externship.portal.learninglog.entity.EarlierVersion;
import org.externship.portal.learninglog.entity.EntryContent;
import org.externship.portal.learninglog.entity.EntryKind;
import org.externship.portal.learninglog.entity.Involvement;
import org.externship.portal.learninglog.entity.LogEntry;
import org.externship.portal.learninglog.entity.Review;
import org.externship.portal.learninglog.entity.ReviewStatus;
import org.externship.portal.learninglog.entity.Supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An entry as the student sees it: its latest version, and (in {@link #history}) the reviewed ones before it. */
public record EntryDto(long id, int revision, EntryKind kind, LocalDate date, BigDecimal hours, String topic,
                       Involvement involvement, CareSetting setting, String notes, String applied, Long applicationId,
                       Long placementId, Long supervisorId, String supervisorName, ReviewStatus status, String reviewerName,
                       Instant reviewedAt, String reviewComment, Instant writtenAt, Instant sharedAt,
                       List<EntryDto> history) {

    public EntryDto {
        history = List.copyOf(history);
    }

    static EntryDto of(LogEntry entry) {
        return of(entry.id(), entry.revision(), entry.supervision(), entry.content(), entry.review(),
                entry.writtenAt(), entry.sharedAt(), List.of());
    }

    static EntryDto withHistory(LogEntry entry) {
        List<EntryDto> history = entry.earlierVersions().stream()
                .map(v -> of(entry.id(), v))
                .toList();
        return of(entry.id(), entry.revision(), entry.supervision(), entry.content(), entry.review(),
                entry.writtenAt(), entry.sharedAt(), history);
    }

    private static EntryDto of(long id, EarlierVersion version) {
        return of(id, version.revision(), version.supervision(), version.content(), version.review(),
                version.writtenAt(), null, List.of());
    }

    private static EntryDto of(long id, int revision, Supervision s, EntryContent c, Review r, Instant writtenAt,
                               Instant sharedAt, List<EntryDto> history) {
        return new EntryDto(id, revision, c.kind(), c.date(), hours(c.minutes()), c.topic(), c.involvement(),
                c.setting(), c.notes(), c.applied(), s.applicationId(), s.placementId(), s.supervisorStaffId(),
                s.supervisorName(),
                r.status(), r.reviewerName(), r.reviewedAt(), r.comment(), writtenAt, sharedAt, history);
    }

    /** Minutes as hours, to the hundredth, without trailing zeros ("1.5", "2"); none for none. */
    public static BigDecimal hours(Integer minutes) {
        if (minutes == null) {
            return null;
        }
        BigDecimal hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return hours.scale() < 0 ? hours.setScale(0) : hours;
    }

    /** Whether the coordinators of the placement's hospital may read this entry. */
    public boolean isShared() {
        return sharedAt != null;
    }

    /** Whether the entry belongs to a placement, and so has a hospital it could be shared with. */
    public boolean isInPlacement() {
        return placementId != null;
    }

    public boolean isVerified() {
        return status == ReviewStatus.VERIFIED;
    }

    /** The command that writes this entry again as it is (to edit it, or to repeat it for a similar case). */
    public EntryCommand toCommand() {
        return new EntryCommand(kind, date, hours, topic, involvement, setting, notes, applied, applicationId,
                supervisorId);
    }
}
