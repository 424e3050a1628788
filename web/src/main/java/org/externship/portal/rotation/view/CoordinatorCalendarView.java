package org.externship.portal.rotation.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.listing.boundary.ExternshipTitle;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.rotation.boundary.CalendarRange;
import org.externship.portal.rotation.boundary.CalendarSetup;
import org.externship.portal.rotation.boundary.PeriodSlot;
import org.externship.portal.rotation.boundary.PlacementSlot;
import org.externship.portal.rotation.boundary.RotationCalendar;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Choices;
import org.externship.portal.shared.view.Feedback;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * coordinator/calendar.xhtml: the hospital's rotation periods with their free seats and its placements, a month or a
 * week at a time (only the days shown are read), by externship and by attending. A placement that has not started
 * is dropped on a day (it moves to its externship's period that holds the day) or edited in the panel its click
 * opens (period and attendings); a refusal says why and the calendar shows what is saved. Also the hospital's limit
 * of externs per attending.
 */
@Named
@ViewScoped
public class CoordinatorCalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RotationCalendar calendar;

    @Inject
    Feedback feedback;

    private final LazyScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            CalendarEvents.add(this, calendar.hospital(new CalendarRange(start.toLocalDate(),
                    end.toLocalDate().minusDays(1), externshipId, attendingId)), feedback);
        }
    };

    private List<ExternshipTitle> externships = List.of();
    private List<PlacementDto.Supervisor> attendings = List.of();
    private List<SelectItem> externshipChoices = List.of();
    private List<SelectItem> attendingChoices = List.of();
    private Long externshipId;
    private Long attendingId;
    private Integer limit;
    /** The days the page opens on: a month's page shows the week before and the weeks after it. */
    private LocalDate firstFrom;
    private LocalDate firstUntil;
    private transient String firstEvents;

    private PlacementSlot selected;
    private PlacementEditForm form;
    private List<PeriodSlot> periodChoices = List.of();

    /** Reads what the page shows, its first month's events included, in one call. */
    @PostConstruct
    void load() {
        LocalDate month = LocalDate.now().withDayOfMonth(1);
        firstFrom = month.minusDays(7);
        firstUntil = month.plusDays(42);
        CalendarSetup setup = calendar.setup(new CalendarRange(firstFrom, firstUntil.minusDays(1), null, null));
        CalendarEvents.add(model, setup.opening(), feedback);
        externships = setup.externships();
        attendings = setup.attendings();
        externshipChoices = Choices.of(externships, ExternshipTitle::id, ExternshipTitle::title);
        attendingChoices = Choices.of(attendings, PlacementDto.Supervisor::staffMemberId, PlacementDto.Supervisor::name);
        limit = setup.supervisionLimit();
    }

    /** A click on an event: a placement opens in the edit panel (one that has started only says so). */
    public void select(SelectEvent<ScheduleEvent<?>> event) {
        if (!(event.getObject().getData() instanceof PlacementSlot placement)) {
            selected = null;
            return;
        }
        selected = placement;
        form = PlacementEditForm.of(placement);
        periodChoices = placement.movable() ? calendar.periodsFor(placement.placementId()) : List.of();
    }

    /** A placement dropped on a day: moved to its externship's period that holds the day, or refused with why. */
    public void move(ScheduleEntryMoveEvent event) {
        if (!(event.getScheduleEvent().getData() instanceof PlacementSlot placement)) {
            return;
        }
        try {
            PlacementDto moved = calendar.moveTo(placement.placementId(),
                    event.getScheduleEvent().getStartDate().toLocalDate());
            if (moved.startDate().equals(placement.startDate()) && moved.endDate().equals(placement.endDate())) {
                feedback.info("calendar.unchanged", moved.studentName());
            } else {
                feedback.info("calendar.moved", moved.studentName(), moved.startDate(), moved.endDate());
            }
            selected = null;
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    /** Saves the edit panel: the placement's period and attendings, all or nothing. */
    public void save() {
        try {
            PlacementDto saved = calendar.change(form.toChange(selected));
            if (form.changes(selected)) {
                feedback.info("calendar.saved", saved.studentName(), saved.startDate(), saved.endDate());
            } else {
                feedback.info("calendar.unchanged", saved.studentName());
            }
            selected = null;
        } catch (InvalidInputException e) {
            feedback.error(e, "edit");
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public void close() {
        selected = null;
    }

    public void saveLimit() {
        try {
            limit = calendar.limitSupervision(limit);
            if (limit == null) {
                feedback.info("calendar.limit.lifted");
            } else {
                feedback.info("calendar.limit.saved", limit);
            }
        } catch (InvalidInputException e) {
            feedback.error(e, "supervision-limit");
        }
    }

    /** "Lena Petrova, Internal Medicine Wards: 03/01/2027 to 03/28/2027 (4 of 6 seats free)". */
    public String periodLabel(PeriodSlot period) {
        return feedback.text("calendar.periodChoice", period.startDate(), period.endDate(), period.seatsLeft(),
                period.seats());
    }

    public ScheduleModel getModel() {
        return model;
    }

    /**
     * The month the calendar opens on (with the week before and the weeks after it that a month's page shows), its
     * events read with the page ({@link #load}) and written into it ({@code calendar.js} hands them to the schedule):
     * the page shows its month in one request instead of two. Another month, or a filter, is asked for as before.
     */
    public String getFirstEvents() {
        if (firstEvents == null) {
            firstEvents = CalendarEvents.json(model, firstFrom, firstUntil);
        }
        return firstEvents;
    }

    public List<ExternshipTitle> getExternships() {
        return externships;
    }

    public List<PlacementDto.Supervisor> getAttendings() {
        return attendings;
    }

    /** The filters' choices, made once: a hospital may have a hundred externships. */
    public List<SelectItem> getExternshipChoices() {
        return externshipChoices;
    }

    public List<SelectItem> getAttendingChoices() {
        return attendingChoices;
    }

    public Long getExternshipId() {
        return externshipId;
    }

    public void setExternshipId(Long externshipId) {
        this.externshipId = externshipId;
    }

    public Long getAttendingId() {
        return attendingId;
    }

    public void setAttendingId(Long attendingId) {
        this.attendingId = attendingId;
    }

    public Integer getLimit() {
        return limit;
    }

    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    public PlacementSlot getSelected() {
        return selected;
    }

    public List<PeriodSlot> getPeriodChoices() {
        return periodChoices;
    }

    public PlacementEditForm getForm() {
        return form;
    }
}
