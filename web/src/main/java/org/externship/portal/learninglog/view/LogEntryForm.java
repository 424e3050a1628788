package org.externship.portal.learninglog.view;

import org.externship.portal.learninglog.boundary.EntryCommand;
import org.externship.portal.learninglog.boundary.EntryDto;
import org.externship.portal.learninglog.entity.CareSetting;
import org.externship.portal.learninglog.entity.EntryKind;
import org.externship.portal.learninglog.entity.Involvement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the entry form holds while the student writes: the fields of an {@link EntryCommand}. */
public class LogEntryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private EntryKind kind = EntryKind.CASE;
    private LocalDate date = LocalDate.now();
    private BigDecimal hours;
    private String topic;
    private Involvement involvement;
    private CareSetting setting;
    private String notes;
    private String applied;
    private Long applicationId;
    private Long supervisorId;

    /** The form filled with an entry as it stands (to edit it, or to repeat it: then for today). */
    static LogEntryForm of(EntryDto entry, boolean repeat) {
        LogEntryForm form = new LogEntryForm();
        form.kind = entry.kind();
        form.date = repeat ? LocalDate.now() : entry.date();
        form.hours = entry.hours();
        form.topic = entry.topic();
        form.involvement = entry.involvement();
        form.setting = entry.setting();
        form.notes = repeat ? null : entry.notes();
        form.applied = repeat ? null : entry.applied();
        form.applicationId = entry.applicationId();
        form.supervisorId = entry.supervisorId();
        return form;
    }

    EntryCommand toCommand() {
        return new EntryCommand(kind, date, hours, topic, involvement, setting, notes, applied, applicationId,
                applicationId == null ? null : supervisorId);
    }

    public EntryKind getKind() {
        return kind;
    }

    public void setKind(EntryKind kind) {
        this.kind = kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public Involvement getInvolvement() {
        return involvement;
    }

    public void setInvolvement(Involvement involvement) {
        this.involvement = involvement;
    }

    public CareSetting getSetting() {
        return setting;
    }

    public void setSetting(CareSetting setting) {
        this.setting = setting;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getApplied() {
        return applied;
    }

    public void setApplied(String applied) {
        this.applied = applied;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public void setSupervisorId(Long supervisorId) {
        this.supervisorId = supervisorId;
    }
}
