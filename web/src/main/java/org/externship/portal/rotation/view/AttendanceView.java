package org.externship.portal.rotation.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.learninglog.boundary.IdentifiersFoundException;
import org.externship.portal.rotation.boundary.AttendanceCommand;
import org.externship.portal.rotation.boundary.AttendanceDayDto;
import org.externship.portal.rotation.boundary.AttendanceSheet;
import org.externship.portal.rotation.boundary.CertificateDto;
import org.externship.portal.rotation.boundary.EvaluationDto;
import org.externship.portal.rotation.boundary.MyAttendance;
import org.externship.portal.rotation.boundary.CompletionDto;
import org.externship.portal.rotation.boundary.MyCompletion;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * student/attendance.xhtml: the student's days on site in one placement, with the hours; log a day (or change one
 * not confirmed yet), remove one, and see how many hours a supervising attending confirmed. Another's application
 * is the 404 page.
 */
@Named
@ViewScoped
public class AttendanceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyAttendance attendance;

    @Inject
    MyCompletion completion;

    @Inject
    Feedback feedback;

    private Long application;
    private transient AttendanceSheet sheet;
    private transient List<EvaluationDto> evaluations = List.of();
    private transient CertificateDto certificate;
    private LocalDate day;
    private BigDecimal hours;
    private String note;

    /** The view action: the placement the application in the address became, if it is the caller's. */
    public void load() throws IOException {
        try {
            sheet = attendance.sheet(application == null ? -1 : application);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, feedback.text("error.404.text"));
            return;
        }
        day = getLatest();
        CompletionDto ended = completion.of(application);
        evaluations = ended.evaluations();
        certificate = ended.certificate();
    }

    /** The attendings' evaluations of this placement, once sent. */
    public List<EvaluationDto> getEvaluations() {
        return evaluations;
    }

    /** The placement's certificate once it is completed; null until then. */
    public CertificateDto getCertificate() {
        return certificate;
    }

    public void log() {
        try {
            sheet = attendance.log(new AttendanceCommand(application, day, hours, note));
            feedback.info("attendance.logged", day);
            hours = null;
            note = null;
        } catch (InvalidInputException e) {
            feedback.error(e, "log");
        } catch (IdentifiersFoundException e) {
            feedback.errorOnFields("log", e.arguments()[0].toString(), e.findingsByField());
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public void remove(AttendanceDayDto logged) {
        try {
            sheet = attendance.remove(application, logged.id());
            feedback.info("attendance.removed", logged.day());
        } catch (PortalException e) {
            feedback.error(e);
            sheet = attendance.sheet(application);
        }
    }

    public AttendanceSheet getSheet() {
        return sheet;
    }

    /** The days logged, the latest first. */
    public List<AttendanceDayDto> getDays() {
        List<AttendanceDayDto> latestFirst = new ArrayList<>(sheet.days());
        Collections.reverse(latestFirst);
        return latestFirst;
    }

    public Long getApplication() {
        return application;
    }

    public void setApplication(Long application) {
        this.application = application;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** Whether the placement has started: days are logged from its first day on. */
    public boolean isStarted() {
        return !LocalDate.now().isBefore(sheet.placement().startDate());
    }

    /** The last day a day may be logged for: today, or the placement's last day if it is over. */
    public LocalDate getLatest() {
        LocalDate today = LocalDate.now();
        return today.isAfter(sheet.placement().endDate()) ? sheet.placement().endDate() : today;
    }
}
