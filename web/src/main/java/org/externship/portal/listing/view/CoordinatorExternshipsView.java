package org.externship.portal.listing.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.listing.boundary.ExternshipSummary;
import org.externship.portal.listing.boundary.Externships;
import org.externship.portal.listing.entity.ListingStatus;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * coordinator/externships.xhtml: the hospital's externships with what a coordinator checks at a glance, and the
 * status changes each one allows (publish, pause, resume, close).
 */
@Named
@ViewScoped
public class CoordinatorExternshipsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Externships externships;

    @Inject
    Feedback feedback;

    @Inject
    ListingTexts texts;

    private List<ExternshipSummary> rows = List.of();

    @PostConstruct
    void load() {
        try {
            rows = externships.mine();
        } catch (PortalException e) {
            rows = List.of();
            feedback.error(e);
        }
    }

    public void publish(ExternshipSummary row) {
        change(row, ListingStatus.PUBLISHED, row.status() == ListingStatus.PAUSED ? "externships.resumed"
                : "externships.published");
    }

    public void pause(ExternshipSummary row) {
        change(row, ListingStatus.PAUSED, "externships.paused");
    }

    public void close(ExternshipSummary row) {
        change(row, ListingStatus.CLOSED, "externships.closed");
    }

    private void change(ExternshipSummary row, ListingStatus next, String doneKey) {
        try {
            ExternshipSummary changed = externships.changeStatus(row.id(), next);
            feedback.info(doneKey, changed.title());
        } catch (PortalException e) {
            feedback.error(e);
        }
        load();
    }

    public boolean canPublish(ExternshipSummary row) {
        return row.status() == ListingStatus.DRAFT && row.status().canMoveTo(ListingStatus.PUBLISHED);
    }

    public boolean canResume(ExternshipSummary row) {
        return row.status() == ListingStatus.PAUSED && row.status().canMoveTo(ListingStatus.PUBLISHED);
    }

    public boolean canPause(ExternshipSummary row) {
        return row.status().canMoveTo(ListingStatus.PAUSED);
    }

    public boolean canClose(ExternshipSummary row) {
        return row.status().canMoveTo(ListingStatus.CLOSED);
    }

    public boolean canEdit(ExternshipSummary row) {
        return row.status() != ListingStatus.CLOSED;
    }

    /** The tag colour of a status. */
    public String severity(ExternshipSummary row) {
        return switch (row.status()) {
            case DRAFT -> "info";
            case PUBLISHED -> "success";
            case PAUSED -> "warning";
            case CLOSED -> "danger";
        };
    }

    /** The first period that has not started yet, as "start – end", or a dash. */
    public String nextPeriod(ExternshipSummary row) {
        return next(row).map(p -> feedback.text("externships.period", date(p.startDate()), date(p.endDate())))
                .orElse(feedback.text("externships.noPeriod"));
    }

    /** Seats left of the periods that have not started yet: "3 of 8 seats left". */
    public String seatsLeft(ExternshipSummary row) {
        LocalDate today = LocalDate.now();
        List<ExternshipSummary.Period> ahead = row.periods().stream().filter(p -> !p.startDate().isBefore(today))
                .toList();
        if (ahead.isEmpty()) {
            return feedback.text("externships.noPeriod");
        }
        return texts.seatsLeft(ahead.stream().mapToInt(ExternshipSummary.Period::seatsLeft).sum(),
                ahead.stream().mapToInt(ExternshipSummary.Period::seats).sum());
    }

    public String deadline(ExternshipSummary row) {
        return date(row.applicationDeadline());
    }

    public String lastChange(ExternshipSummary row) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .withZone(ZoneId.systemDefault()).format(row.updatedAt());
    }

    public String closeQuestion(ExternshipSummary row) {
        return feedback.text("externships.closeConfirm", row.title());
    }

    private static Optional<ExternshipSummary.Period> next(ExternshipSummary row) {
        LocalDate today = LocalDate.now();
        return row.periods().stream().filter(p -> !p.startDate().isBefore(today))
                .min(Comparator.comparing(ExternshipSummary.Period::startDate));
    }

    private static String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<ExternshipSummary> getRows() {
        return rows;
    }
}
