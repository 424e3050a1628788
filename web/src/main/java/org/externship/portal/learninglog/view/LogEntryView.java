package org.externship.portal.learninglog.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.application.boundary.ApplicationSummary;
import org.externship.portal.learninglog.boundary.EntryDto;
import org.externship.portal.learninglog.boundary.IdentifiersFoundException;
import org.externship.portal.learninglog.boundary.LearningLog;
import org.externship.portal.learninglog.entity.CareSetting;
import org.externship.portal.learninglog.entity.EntryContent;
import org.externship.portal.learninglog.entity.EntryKind;
import org.externship.portal.learninglog.entity.Involvement;
import org.externship.portal.learninglog.entity.ReviewStatus;
import org.externship.portal.placement.boundary.MyPlacements;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * student/log-entry.xhtml[?id=|?repeat=true]: writes a new entry (for today, in the placement going on now, with its
 * first attending), edits one, or repeats the latest for a similar case. Patient identifiers are shown next to the
 * field they were found in; nothing typed is lost.
 */
@Named
@ViewScoped
public class LogEntryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LearningLog log;

    @Inject
    MyPlacements placements;

    @Inject
    Feedback feedback;

    private Long id;
    private boolean repeat;
    private EntryDto entry;
    private LogEntryForm form = new LogEntryForm();
    private List<ApplicationSummary> myPlacements = List.of();
    private List<PlacementDto.Supervisor> supervisors = List.of();

    /** The view action: another student's entry (or none by that id) is the 404 page. */
    public void load() throws IOException {
        myPlacements = placements.mine();
        try {
            if (id != null) {
                entry = log.entry(id);
                form = LogEntryForm.of(entry, false);
            } else if (repeat) {
                log.latest().ifPresent(latest -> form = LogEntryForm.of(latest, true));
            } else {
                form.setApplicationId(current().map(ApplicationSummary::id).orElse(null));
            }
        } catch (NotFoundException e) {
            Faces.responseSendError(404, feedback.text("error.404.text"));
            return;
        }
        placementChosen();
        if (form.getSupervisorId() == null && !supervisors.isEmpty()) {
            form.setSupervisorId(supervisors.get(0).staffMemberId());
        }
    }

    /** The placement going on today, else the one that ended last, else the next one. */
    private Optional<ApplicationSummary> current() {
        LocalDate today = LocalDate.now();
        return myPlacements.stream()
                .filter(p -> !p.startDate().isAfter(today) && !p.endDate().isBefore(today))
                .findFirst()
                .or(() -> myPlacements.stream().filter(p -> p.endDate().isBefore(today))
                        .max(Comparator.comparing(ApplicationSummary::endDate)))
                .or(() -> myPlacements.stream().min(Comparator.comparing(ApplicationSummary::startDate)));
    }

    /** The placement changed: offer its attendings. */
    public void placementChosen() {
        Long applicationId = form.getApplicationId();
        supervisors = applicationId == null ? List.of() : placements.ofApplication(applicationId)
                .map(PlacementDto::attendings).orElse(List.of());
        if (supervisors.stream().noneMatch(s -> form.getSupervisorId() != null
                && s.staffMemberId() == form.getSupervisorId())) {
            form.setSupervisorId(supervisors.isEmpty() ? null : supervisors.get(0).staffMemberId());
        }
    }

    public String save() {
        try {
            if (entry == null) {
                log.record(form.toCommand());
                feedback.keepForRedirect("log.entry.recorded");
            } else {
                EntryDto saved = log.revise(entry.id(), form.toCommand());
                feedback.keepForRedirect(saved.revision() > entry.revision() ? "log.entry.newVersion"
                        : "log.entry.saved");
            }
            return "/student/log?faces-redirect=true";
        } catch (IdentifiersFoundException e) {
            feedback.errorOnFields("entry", e.arguments()[0].toString(), e.findingsByField());
        } catch (InvalidInputException e) {
            feedback.error(e, "entry");
        } catch (PortalException e) {
            feedback.error(e);
        }
        return null;
    }

    public String remove() {
        try {
            log.remove(entry.id());
            feedback.keepForRedirect("log.entry.removed");
            return "/student/log?faces-redirect=true";
        } catch (PortalException e) {
            feedback.error(e);
            return null;
        }
    }

    /** Lets the coordinators of the placement's hospital read this entry, or makes it private again. */
    public void share(boolean shared) {
        try {
            entry = log.share(entry.id(), shared);
            feedback.info(shared ? "log.share.done" : "log.share.undone", getHospitalName());
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    /** The hospital of the entry's placement, to say whom it is shared with. */
    public String getHospitalName() {
        return entry == null ? null : myPlacements.stream()
                .filter(p -> p.id() == entry.applicationId())
                .map(ApplicationSummary::hospitalName)
                .findFirst()
                .orElse(null);
    }

    public boolean isEditing() {
        return entry != null;
    }

    /** Whether the entry can still be removed: nobody has reviewed it. */
    public boolean isRemovable() {
        return entry != null && entry.history().isEmpty() && !entry.isVerified()
                && entry.status() != ReviewStatus.RETURNED;
    }

    public List<EntryKind> getKinds() {
        return List.of(EntryKind.values());
    }

    /** The roles the chosen kind names (none for sessions, stories and feedback). */
    public List<Involvement> getInvolvements() {
        return form.getKind() == null ? List.of() : List.copyOf(form.getKind().involvements());
    }

    public boolean isFeedback() {
        return form.getKind() != null && form.getKind().recordsApplication();
    }

    public List<CareSetting> getSettings() {
        return List.of(CareSetting.values());
    }

    public List<ApplicationSummary> getPlacements() {
        return myPlacements;
    }

    public List<PlacementDto.Supervisor> getSupervisors() {
        return supervisors;
    }

    public int getNotesMax() {
        return EntryContent.NOTES_MAX;
    }

    public int getAppliedMax() {
        return EntryContent.APPLIED_MAX;
    }

    public int getTopicMax() {
        return EntryContent.TOPIC_MAX;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public EntryDto getEntry() {
        return entry;
    }

    public LogEntryForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isRepeat() {
        return repeat;
    }

    public void setRepeat(boolean repeat) {
        this.repeat = repeat;
    }
}
