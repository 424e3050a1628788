package org.externship.portal.application.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.application.boundary.ApplicationReview;
import org.externship.portal.application.boundary.ApplicationSummary;
import org.externship.portal.application.boundary.QueueFilter;
import org.externship.portal.application.boundary.QueueFilter.QueueOrder;
import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.listing.boundary.ExternshipTitle;
import org.externship.portal.listing.boundary.Externships;
import org.externship.portal.shared.boundary.Page;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * coordinator/applications.xhtml: the hospital's review queue, paged by the database (a count and one query per
 * page), filtered by status, externship and student, sorted; selected rows move on together.
 */
@Named
@ViewScoped
public class ReviewQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationReview review;

    @Inject
    Externships externships;

    @Inject
    Feedback feedback;

    private List<ApplicationStatus> statuses = new ArrayList<>(List.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.UNDER_REVIEW, ApplicationStatus.INTERVIEW, ApplicationStatus.WAITLISTED));
    private Long externshipId;
    private String student;
    private QueueOrder order = QueueOrder.SUBMITTED;
    private boolean descending;
    private List<ExternshipTitle> externshipChoices = List.of();
    private List<ApplicationSummary> selected = new ArrayList<>();
    private String note;
    private final Queue queue = new Queue();

    @PostConstruct
    void load() {
        externshipChoices = externships.titles();
    }

    /** Applies the filter: the table reloads from the first page. */
    public void search() {
        selected = new ArrayList<>();
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

    private QueueFilter filter() {
        return new QueueFilter(Set.copyOf(statuses), externshipId, student, order, descending);
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
            Page<ApplicationSummary> rows = review.queue(filter(), first, pageSize);
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
