package org.externship.portal.application.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.application.boundary.ApplicationReview;
import org.externship.portal.application.boundary.ApplicationSummary;
import org.externship.portal.application.boundary.QueueFilter.QueueOrder;
import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.listing.boundary.ExternshipTitle;
import org.externship.portal.listing.boundary.Externships;
import org.externship.portal.shared.boundary.Page;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;
import org.primefaces.event.data.PageEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
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
    Externships externships;

    @Inject
    Feedback feedback;

    /** Rows per page when the page opens. */
    static final int ROWS = 25;

    private QueueParameters parameters = QueueParameters.waiting();
    private List<String> problems = List.of();
    private List<ApplicationStatus> statuses = new ArrayList<>();
    private Long externshipId;
    private String student;
    private QueueOrder order = QueueOrder.SUBMITTED;
    private boolean descending;
    private List<ExternshipTitle> externshipChoices = List.of();
    private List<ApplicationSummary> selected = new ArrayList<>();
    private String note;
    private final Queue queue = new Queue();

    /** Reads the queue the address asks for; what cannot be used is said in words above the filters. */
    @PostConstruct
    void load() {
        externshipChoices = externships.titles();
        Set<Long> ours = externshipChoices.stream().map(ExternshipTitle::id).collect(Collectors.toSet());
        parameters = QueueParameters.of(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterValuesMap(), ours);
        problems = parameters.problems().stream()
                .map(problem -> feedback.text(problem.messageKey(), problem.arguments().toArray()))
                .toList();
        statuses = new ArrayList<>(parameters.statuses().stream().sorted().toList());
        externshipId = parameters.externshipId();
        student = parameters.student();
        order = parameters.order();
        descending = parameters.descending();
    }

    /** Shows the chosen queue at its own address, which the coordinator can bookmark or share. */
    public void search() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        QueueParameters chosen = QueueParameters.chosen(Set.copyOf(statuses), externshipId, student, order,
                descending);
        external.redirect(external.getRequestContextPath() + PAGE + "?" + chosen.query());
    }

    /** The table turned a page: the address follows ({@code queue.js} writes it into the browser's history). */
    public void paged(PageEvent event) {
        parameters = parameters.onPage(event.getPage() + 1);
    }

    /** The address of this queue, for the browser's history. */
    public String getAddress() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + PAGE + "?"
                + parameters.query();
    }

    /** The CSV of every application of this queue (not only this page), at most {@link ApplicationReview#EXPORT_LIMIT}. */
    public String getDownloadAddress() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/coordinator/applications.csv?" + parameters.onPage(1).query();
    }

    public int getExportLimit() {
        return ApplicationReview.EXPORT_LIMIT;
    }

    /** The first row the table shows when the page opens: the address's page. */
    public int getFirst() {
        return (int) Math.min((long) (parameters.page() - 1) * ROWS, Integer.MAX_VALUE - ROWS);
    }

    /** What the address asked for that could not be used, in words. */
    public List<String> getProblems() {
        return problems;
    }

    /** The accessible name of a row's checkbox ("Select Sam Student's application"), or of the header's. */
    public String selectLabel(ApplicationSummary row) {
        return row == null ? feedback.text("queue.selectAll") : feedback.text("queue.selectRow", row.studentName());
    }

    public void moveSelected(ApplicationStatus next) {
        if (selected.isEmpty()) {
            feedback.info("queue.selectFirst");
            return;
        }
        try {
            int moved = review.moveAll(selected.stream().map(ApplicationSummary::id).toList(), next, note);
            feedback.info("queue.moved", moved, feedback.text("application.status." + next));
            selected = new ArrayList<>();
            note = null;
        } catch (PortalException e) {
            feedback.error(e);
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

    /** The rows of one page, fetched when the table asks for them. */
    public class Queue extends LazyDataModel<ApplicationSummary> {

        private static final long serialVersionUID = 1L;
        private List<ApplicationSummary> page = List.of();

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return getRowCount();
        }

        @Override
        public List<ApplicationSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                             Map<String, FilterMeta> filterBy) {
            Page<ApplicationSummary> rows = review.queue(parameters.filter(), first, pageSize);
            setRowCount((int) rows.total());
            page = rows.rows();
            return page;
        }

        @Override
        public String getRowKey(ApplicationSummary row) {
            return String.valueOf(row.id());
        }

        @Override
        public ApplicationSummary getRowData(String rowKey) {
            return page.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
        }
    }

    public Queue getQueue() {
        return queue;
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

    public List<ExternshipTitle> getExternshipChoices() {
        return externshipChoices;
    }

    public List<ApplicationSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<ApplicationSummary> selected) {
        this.selected = selected;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
