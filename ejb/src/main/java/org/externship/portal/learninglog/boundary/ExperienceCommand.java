package org.externship.portal.learninglog.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.externship.portal.learninglog.control.ErasCharacterCount;
import org.externship.portal.learninglog.control.ErasLength;
import org.externship.portal.learninglog.entity.ExperienceDetails;
import org.externship.portal.learninglog.entity.ExperienceSetting;
import org.externship.portal.learninglog.entity.ExperienceType;
import org.externship.portal.learninglog.entity.FocusArea;
import org.externship.portal.learninglog.entity.KeyCharacteristic;
import org.externship.portal.learninglog.entity.ParticipationFrequency;

import java.time.YearMonth;

/**
 * What the student wrote for an ERAS experience. The description and the reflection are limited as the service
 * counts ({@link ErasLength}: a line break is one character, however the browser sent it). A most meaningful
 * experience is marked by {@code mostMeaningful}; at most three are (checked by {@link ExperienceDrafts}).
 */
public record ExperienceCommand(
        @NotBlank(message = "{portal.experience.title.required}")
        @Size(max = ExperienceDetails.TITLE_MAX, message = "{portal.experience.title.size}") String positionTitle,
        @NotBlank(message = "{portal.experience.organization.required}")
        @Size(max = ExperienceDetails.ORGANIZATION_MAX, message = "{portal.experience.organization.size}")
        String organization,
        @NotNull(message = "{portal.experience.startMonth.required}") YearMonth startMonth,
        YearMonth endMonth,
        ParticipationFrequency frequency,
        @Size(max = ExperienceDetails.LOCATION_MAX, message = "{portal.experience.location.size}") String location,
        ExperienceSetting setting,
        @NotNull(message = "{portal.experience.type.required}") ExperienceType type,
        FocusArea focusArea,
        KeyCharacteristic keyCharacteristic,
        @ErasLength(max = ExperienceDetails.DESCRIPTION_MAX, message = "{portal.experience.description.size}")
        String description,
        boolean mostMeaningful,
        @ErasLength(max = ExperienceDetails.REFLECTION_MAX, message = "{portal.experience.reflection.size}")
        String reflection) {

    /** Whether the experience ends before it starts (the months are approximate: the same month is fine). */
    public boolean endsBeforeStart() {
        return startMonth != null && endMonth != null && endMonth.isBefore(startMonth);
    }

    ExperienceDetails details() {
        return new ExperienceDetails(positionTitle, organization, startMonth, endMonth, frequency, location, setting,
                type, focusArea, keyCharacteristic, ErasCharacterCount.normalized(description),
                ErasCharacterCount.normalized(reflection));
    }
}
