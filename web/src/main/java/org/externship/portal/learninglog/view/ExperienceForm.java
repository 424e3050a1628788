package org.externship.portal.learninglog.view;

import org.externship.portal.learninglog.boundary.ExperienceCommand;
import org.externship.portal.learninglog.boundary.ExperienceDraftDto;
import org.externship.portal.learninglog.entity.ExperienceSetting;
import org.externship.portal.learninglog.entity.ExperienceType;
import org.externship.portal.learninglog.entity.FocusArea;
import org.externship.portal.learninglog.entity.KeyCharacteristic;
import org.externship.portal.learninglog.entity.ParticipationFrequency;
import org.externship.portal.shared.boundary.Text;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An ERAS experience as a form (student/experiences.xhtml), filled from the saved draft and turned back into the
 * {@link ExperienceCommand} that carries the rules; the properties share the command's names, so a refused value is
 * shown on its own input. The months are picked as the first day of the month. The texts are kept as typed (the
 * boundary counts and stores them), so the counters and the server count the same text.
 */
public class ExperienceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String positionTitle;
    private String organization;
    private LocalDate startMonth;
    private LocalDate endMonth;
    private ParticipationFrequency frequency;
    private String location;
    private ExperienceSetting setting;
    private ExperienceType type;
    private FocusArea focusArea;
    private KeyCharacteristic keyCharacteristic;
    private String description;
    private boolean mostMeaningful;
    private String reflection;

    public static ExperienceForm of(ExperienceDraftDto draft) {
        ExperienceForm form = new ExperienceForm();
        form.positionTitle = draft.positionTitle();
        form.organization = draft.organization();
        form.startMonth = draft.startMonth() == null ? null : draft.startMonth().atDay(1);
        form.endMonth = draft.endMonth() == null ? null : draft.endMonth().atDay(1);
        form.frequency = draft.frequency();
        form.location = draft.location();
        form.setting = draft.setting();
        form.type = draft.type();
        form.focusArea = draft.focusArea();
        form.keyCharacteristic = draft.keyCharacteristic();
        form.description = draft.description();
        form.mostMeaningful = draft.mostMeaningful();
        form.reflection = draft.reflection();
        return form;
    }

    public ExperienceCommand toCommand() {
        return new ExperienceCommand(Text.trimmed(positionTitle), Text.trimmed(organization), month(startMonth),
                month(endMonth), frequency, Text.trimmed(location), setting, type, focusArea, keyCharacteristic,
                description, mostMeaningful, reflection);
    }

    private static YearMonth month(LocalDate day) {
        return day == null ? null : YearMonth.from(day);
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public void setPositionTitle(String positionTitle) {
        this.positionTitle = positionTitle;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public LocalDate getStartMonth() {
        return startMonth;
    }

    public void setStartMonth(LocalDate startMonth) {
        this.startMonth = startMonth;
    }

    public LocalDate getEndMonth() {
        return endMonth;
    }

    public void setEndMonth(LocalDate endMonth) {
        this.endMonth = endMonth;
    }

    public ParticipationFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(ParticipationFrequency frequency) {
        this.frequency = frequency;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public ExperienceSetting getSetting() {
        return setting;
    }

    public void setSetting(ExperienceSetting setting) {
        this.setting = setting;
    }

    public ExperienceType getType() {
        return type;
    }

    public void setType(ExperienceType type) {
        this.type = type;
    }

    public FocusArea getFocusArea() {
        return focusArea;
    }

    public void setFocusArea(FocusArea focusArea) {
        this.focusArea = focusArea;
    }

    public KeyCharacteristic getKeyCharacteristic() {
        return keyCharacteristic;
    }

    public void setKeyCharacteristic(KeyCharacteristic keyCharacteristic) {
        this.keyCharacteristic = keyCharacteristic;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isMostMeaningful() {
        return mostMeaningful;
    }

    public void setMostMeaningful(boolean mostMeaningful) {
        this.mostMeaningful = mostMeaningful;
    }

    public String getReflection() {
        return reflection;
    }

    public void setReflection(String reflection) {
        this.reflection = reflection;
    }
}
