package org.externship.portal.learninglog.boundary;

import org.externship.portal.application.boundary.ApplicationSummary;
import org.externship.portal.learninglog.entity.CareSetting;
import org.externship.portal.learninglog.entity.EntryContent;
import org.externship.portal.learninglog.entity.EntryKind;
import org.externship.portal.learninglog.entity.Involvement;
import org.externship.portal.learninglog.entity.LogEntry;
import org.externship.portal.learninglog.entity.Review;
import org.externship.portal.learninglog.entity.ReviewStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry as an export (CSV, PDF) writes it: what it says, where (the placement's externship and hospital; none
 * outside a placement), who supervised, and its verification mark.
 */
public record ExportedEntry(LocalDate date, EntryKind kind, Involvement involvement, CareSetting setting,
                            BigDecimal hours, String topic, String notes, String applied, String externshipTitle,
                            String hospitalName, String supervisorName, ReviewStatus status, String reviewerName,
                            Instant reviewedAt, int revision) {

    static ExportedEntry of(LogEntry entry, ApplicationSummary placement) {
        EntryContent c = entry.content();
        Review r = entry.review();
        return new ExportedEntry(c.date(), c.kind(), c.involvement(), c.setting(), EntryDto.hours(c.minutes()),
                c.topic(), c.notes(), c.applied(), placement == null ? null : placement.externshipTitle(),
                placement == null ? null : placement.hospitalName(), entry.supervision().supervisorName(),
                r.status(), r.reviewerName(), r.reviewedAt(), entry.revision());
    }

    public boolean isVerified() {
        return status == ReviewStatus.VERIFIED;
    }
}
