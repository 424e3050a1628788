package org.externship.portal.application.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.application.boundary.ApplicationReview;
import org.externship.portal.application.boundary.ApplicationSummary;
import org.externship.portal.application.boundary.QueueOpening;
import org.externship.portal.application.boundary.QueueFilter.QueueOrder;
import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.listing.boundary.ExternshipTitle;
import org.externship.portal.shared.boundary.Page;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Cell;
import org.externship.portal.shared.view.Choices;
import org.externship.portal.shared.view.Feedback;
import org.externship.portal.shared.view.Formats;
import org.externship.portal.shared.view.PageLink;
import org.externship.portal.shared.view.TableRow;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * coordinator/applications.xhtml: the hospital's review queue, paged by the database (a count and one query per
 * page), filtered by status, externship and student, sorted; selected rows move on together. The filters live in the
 * address ({@link QueueParameters}): the page opens with the address's queue, "Show" leads to the address of the
 * chosen one, and the CSV download takes the same address.
 */
@Named
@ViewScoped
public class ReviewQueueView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/coordinator/applications.xhtml";

    @Inject
    ApplicationReview review;

    @Inject
    Feedback feedback;

    @Inject
    Formats formats;

    @Inject
    ApplicationStatusLook look;

    /** Rows per page. */
    static final int ROWS = 25;
    /** The name of the rows' checkboxes, plain inputs of the form. */
    static final String SELECTED = "selected";

    private QueueParameters parameters = QueueParameters.waiting();
    private List<String> problems = List.of();
    private List<ApplicationStatus> statuses = new ArrayList<>();
    private Long externshipId;
    private String student;
    private QueueOrder order = QueueOrder.SUBMITTED;
    private boolean descending;
    private List<ExternshipTitle> externshipChoices = List.of();
    private List<SelectItem> externshipItems;
    private String note;
    private List<TableRow> rows = List.of();
    private Set<Long> shown = Set.of();
    private long total;
    private List<PageLink> pageLinks = List.of();

    /**
     * Reads the queue the address asks for, with the hospital's externships, in one call; what cannot be used is said
     * in words above the filters (an externship not the hospital's costs a second call, without it).
     */
    @PostConstruct
    void load() {
        Map<String, String[]> asked = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterValuesMap();
        parameters = QueueParameters.of(asked, id -> true);
        QueueOpening opening = review.open(parameters.filter(), first(parameters.page()), ROWS);
        externshipChoices = opening.externships();
        Set<Long> ours = externshipChoices.stream().map(ExternshipTitle::id).collect(Collectors.toSet());
        Page<ApplicationSummary> page = opening.page();
        if (parameters.externshipId() != null && !ours.contains(parameters.externshipId())) {
            parameters = QueueParameters.of(asked, ours::contains);
            page = null;
        }
        problems = parameters.problems().stream()
                .map(problem -> feedback.text(problem.messageKey(), problem.arguments().toArray()))
                .toList();
        statuses = new ArrayList<>(parameters.statuses().stream().sorted().toList());
        externshipId = parameters.externshipId();
        student = parameters.student();
        order = parameters.order();
        descending = parameters.descending();
        show(page);
    }

    /**
     * Shows {@code page} of the queue (read anew when {@code null}), each row formatted once here rather than cell by
     * cell in the page; an address past the last page shows the last.
     */
    private void show(Page<ApplicationSummary> read) {
        Page<ApplicationSummary> page = read != null ? read
                : review.queue(parameters.filter(), first(parameters.page()), ROWS);
        if (page.rows().isEmpty() && page.total() > 0) {
            parameters = parameters.onPage(lastPage(page.total()));
            page = review.queue(parameters.filter(), first(parameters.page()), ROWS);
        }
        total = page.total();
        String applicationAddress = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/coordinator/application.xhtml?id=";
        rows = page.rows().stream().map(application -> row(application, applicationAddress)).toList();
        shown = page.rows().stream().map(ApplicationSummary::id).collect(Collectors.toUnmodifiableSet());
        pageLinks = PageLink.around(parameters.page(), lastPage(total), this::pageAddress);
    }

    private TableRow row(ApplicationSummary application, String applicationAddress) {
        ApplicationStatus status = application.status();
        String id = Long.toString(application.id());
        return new TableRow("queue-row", List.of(
                Cell.checkbox(SELECTED, id, "select-" + id, feedback.text("queue.selectRow", application.studentName()),
                        "queue-select"),
                Cell.link(application.studentName(), applicationAddress + id, "queue-open"),
                Cell.text(application.externshipTitle()),
                Cell.text(formats.period(application.startDate(), application.endDate())),
                Cell.tag(feedback.text("application.status." + status),
                        look.styleClass(status) + " ui-tag-" + look.severity(status)),
                Cell.text(formats.moment(application.submittedAt())),
                Cell.text(formats.moment(application.updatedAt()))));
    }

    private static int first(int page) {
        return (int) Math.min((long) (page - 1) * ROWS, Integer.MAX_VALUE - ROWS);
    }

    private static int lastPage(long total) {
        return (int) Math.max(1, Math.min((total + ROWS - 1) / ROWS, QueueParameters.MAX_PAGE));
    }

    /** Shows the chosen queue at its own address, which the coordinator can bookmark or share. */
    public void search() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        QueueParameters chosen = QueueParameters.chosen(Set.copyOf(statuses), externshipId, student, order,
                descending);
        external.redirect(external.getRequestContextPath() + PAGE + "?" + chosen.query());
    }

    /** The CSV of every application of this queue (not only this page), at most {@link ApplicationReview#EXPORT_LIMIT}. */
    public String getDownloadAddress() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/coordinator/applications.csv?" + parameters.onPage(1).query();
    }

    public int getExportLimit() {
        return ApplicationReview.EXPORT_LIMIT;
    }

    /** What the address asked for that could not be used, in words. */
    public List<String> getProblems() {
        return problems;
    }

    /** The rows of this page, as the table shows them. */
    public List<TableRow> getRows() {
        return rows;
    }

    /** "26–50 of 601", or nothing when no application matches. */
    public String getPageReport() {
        if (total == 0) {
            return "";
        }
        int from = first(parameters.page()) + 1;
        return feedback.text("queue.pageReport", from, from + rows.size() - 1, total);
    }

    /** The links to the pages around this one, at most ten, as the queue's addresses. */
    public List<PageLink> getPageLinks() {
        return pageLinks;
    }

    private String pageAddress(int page) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + PAGE + "?"
                + parameters.onPage(page).query();
    }

    /** The selected rows (the ticked boxes of this page) move on together, with one note. */
    public void moveSelected(ApplicationStatus next) {
        String[] ticked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
                .getOrDefault(SELECTED, new String[0]);
        List<Long> selected = Arrays.stream(ticked).map(ReviewQueueView::id).filter(shown::contains).toList();
        if (selected.isEmpty()) {
            feedback.info("queue.selectFirst");
            return;
        }
        try {
            int moved = review.moveAll(selected, next, note);
            feedback.info("queue.moved", moved, feedback.text("application.status." + next));
            note = null;
            show(null);
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    private static Long id(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public List<ApplicationStatus> getBulkMoves() {
        return ApplicationReview.BULK_MOVES.stream().sorted().toList();
    }

    public List<ApplicationStatus> getAllStatuses() {
        List<ApplicationStatus> all = new ArrayList<>(EnumSet.allOf(ApplicationStatus.class));
        all.remove(ApplicationStatus.DRAFT);
        return all;
    }

    public QueueOrder[] getOrders() {
        return QueueOrder.values();
    }

    public List<ApplicationStatus> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<ApplicationStatus> statuses) {
        this.statuses = statuses;
    }

    public Long getExternshipId() {
        return externshipId;
    }

    public void setExternshipId(Long externshipId) {
        this.externshipId = externshipId;
    }

    public String getStudent() {
        return student;
    }

    public void setStudent(String student) {
        this.student = student;
    }

    public QueueOrder getOrder() {
        return order;
    }

    public void setOrder(QueueOrder order) {
        this.order = order;
    }

    public boolean isDescending() {
        return descending;
    }

    public void setDescending(boolean descending) {
        this.descending = descending;
    }

    public List<SelectItem> getExternshipChoices() {
        if (externshipItems == null) {
            externshipItems = Choices.of(externshipChoices, ExternshipTitle::id, ExternshipTitle::title);
        }
        return externshipItems;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
