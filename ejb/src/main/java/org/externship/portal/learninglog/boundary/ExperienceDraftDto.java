package org.externship.portal.learninglog.boundary;

import org.externship.portal.learninglog.control.ErasCharacterCount;
import org.externship.portal.learninglog.entity.ExperienceDetails;
import org.externship.portal.learninglog.entity.ExperienceDraft;
import org.externship.portal.learninglog.entity.ExperienceSetting;
import org.externship.portal.learninglog.entity.ExperienceType;
import org.externship.portal.learninglog.entity.FocusArea;
import org.externship.portal.learninglog.entity.KeyCharacteristic;
import org.externship.portal.learninglog.entity.ParticipationFrequency;

import java.time.Instant;
import java.time.YearMonth;

/**
 * An ERAS experience draft as the student sees it, with its texts' lengths as the service counts them. The texts
 * hold every line break as one LF.
 */
public record ExperienceDraftDto(long id, Long applicationId, String positionTitle, String organization,
                                 YearMonth startMonth, YearMonth endMonth, ParticipationFrequency frequency,
                                 String location, ExperienceSetting setting, ExperienceType type, FocusArea focusArea,
                                 KeyCharacteristic keyCharacteristic, String description, int descriptionCharacters,
                                 boolean mostMeaningful, String reflection, int reflectionCharacters,
                                 Instant updatedAt) {

    static ExperienceDraftDto of(ExperienceDraft draft) {
        ExperienceDetails d = draft.details();
        return new ExperienceDraftDto(draft.id(), draft.applicationId(), d.positionTitle(), d.organization(),
                d.startMonth(), d.endMonth(), d.frequency(), d.location(), d.setting(), d.type(), d.focusArea(),
                d.keyCharacteristic(), d.description(), ErasCharacterCount.of(d.description()),
                draft.isMostMeaningful(), d.reflection(), ErasCharacterCount.of(d.reflection()), draft.updatedAt());
    }

    /** The command that saves this draft as it is. */
    public ExperienceCommand toCommand() {
        return new ExperienceCommand(positionTitle, organization, startMonth, endMonth, frequency, location, setting,
                type, focusArea, keyCharacteristic, description, mostMeaningful, reflection);
    }
}
