package org.externship.portal.learninglog.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.application.boundary.ApplicationSummary;
import org.externship.portal.learninglog.boundary.EntryDto;
import org.externship.portal.shared.boundary.Page;
import org.externship.portal.learninglog.boundary.LearningLog;
import org.externship.portal.learninglog.boundary.LogFilter;
import org.externship.portal.learninglog.entity.EntryKind;
import org.externship.portal.learninglog.entity.ReviewStatus;
import org.externship.portal.placement.boundary.MyPlacements;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** student/log.xhtml: the student's learning log, newest first, found again by kind, placement, days, status, words. */
@Named
@ViewScoped
public class LearningLogView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The placement filter's value for entries outside any placement. */
    static final String OUTSIDE = "outside";

    @Inject
    LearningLog log;

    @Inject
    MyPlacements placements;

    private List<ApplicationSummary> myPlacements = List.of();
    private Map<Long, ApplicationSummary> placementsByApplication = Map.of();
    private List<EntryDto> entries = List.of();
    private long matching;
    private EntryKind kind;
    private String placement;
    private LocalDate from;
    private LocalDate to;
    private ReviewStatus status;
    private String text;

    @PostConstruct
    void load() {
        myPlacements = placements.mine();
        placementsByApplication = myPlacements.stream()
                .collect(Collectors.toMap(ApplicationSummary::id, Function.identity()));
        search();
    }

    public void search() {
        Page<EntryDto> page = log.mine(filter());
        entries = page.rows();
        matching = page.total();
    }

    private LogFilter filter() {
        boolean outside = OUTSIDE.equals(placement);
        Long applicationId = placement == null || placement.isBlank() || outside ? null : Long.valueOf(placement);
        return new LogFilter(kind, applicationId, outside, from, to, status, text);
    }

    /** The downloads' query string: the entries the filters show now. */
    public String getDownloadQuery() {
        return LogExportAddress.of(filter());
    }

    public void clear() {
        kind = null;
        placement = null;
        from = null;
        to = null;
        status = null;
        text = null;
        search();
    }

    /** The placement an entry belongs to, in words ("Internal Medicine Wards, St. Mary's"); null outside any. */
    public String placementOf(EntryDto entry) {
        ApplicationSummary placed = entry.applicationId() == null ? null
                : placementsByApplication.get(entry.applicationId());
        return placed == null ? null : placed.externshipTitle() + ", " + placed.hospitalName();
    }

    /** The hours of the entries shown. */
    public BigDecimal getHours() {
        return entries.stream().map(EntryDto::hours).filter(h -> h != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long getVerifiedCount() {
        return entries.stream().filter(EntryDto::isVerified).count();
    }

    public boolean isFiltered() {
        return kind != null || (placement != null && !placement.isBlank()) || from != null || to != null
                || status != null || (text != null && !text.isBlank());
    }

    /** Whether the list shows only the newest of more matching entries (the log page's limit). */
    public boolean isCut() {
        return matching > entries.size();
    }

    /** The most entries one download holds. */
    public int getExportLimit() {
        return LearningLog.EXPORT_LIMIT;
    }

    /** How many entries match the filters, shown or not. */
    public long getMatching() {
        return matching;
    }

    public List<EntryDto> getEntries() {
        return entries;
    }

    public List<ApplicationSummary> getPlacements() {
        return myPlacements;
    }

    public String getOutside() {
        return OUTSIDE;
    }

    public List<EntryKind> getKinds() {
        return List.of(EntryKind.values());
    }

    public List<ReviewStatus> getStatuses() {
        return List.of(ReviewStatus.values());
    }

    public EntryKind getKind() {
        return kind;
    }

    public void setKind(EntryKind kind) {
        this.kind = kind;
    }

    public String getPlacement() {
        return placement;
    }

    public void setPlacement(String placement) {
        this.placement = placement;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public void setStatus(ReviewStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
