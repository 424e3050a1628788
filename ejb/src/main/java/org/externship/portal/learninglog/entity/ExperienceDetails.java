package org.externship.portal.learninglog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one ERAS experience says: the descriptive facts (position, organisation, approximate months, frequency,
 * location, setting), the service's categories and the two texts. The texts arrive with every line break as one
 * LF (the boundary normalises them), so their length in the columns is the service's count.
 */
@Embeddable
public class ExperienceDetails {

    public static final int TITLE_MAX = 100;
    public static final int ORGANIZATION_MAX = 200;
    public static final int LOCATION_MAX = 120;
    /** The service's limit for an experience's description. */
    public static final int DESCRIPTION_MAX = 750;
    /** The service's limit for the reflection on a most meaningful experience. */
    public static final int REFLECTION_MAX = 300;

    @Column(name = "position_title", nullable = false, length = TITLE_MAX)
    private String positionTitle;

    @Column(name = "organization", nullable = false, length = ORGANIZATION_MAX)
    private String organization;

    @Column(name = "start_month", nullable = false, length = 7)
    private String startMonth;

    @Column(name = "end_month", length = 7)
    private String endMonth;

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", length = 16)
    private ParticipationFrequency frequency;

    @Column(name = "location", length = LOCATION_MAX)
    private String location;

    @Enumerated(EnumType.STRING)
    @Column(name = "setting", length = 16)
    private ExperienceSetting setting;

    @Enumerated(EnumType.STRING)
    @Column(name = "experience_type", nullable = false, length = 40)
    private ExperienceType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "focus_area", length = 48)
    private FocusArea focusArea;

    @Enumerated(EnumType.STRING)
    @Column(name = "key_characteristic", length = 48)
    private KeyCharacteristic keyCharacteristic;

    @Column(name = "description", length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "reflection", length = REFLECTION_MAX)
    private String reflection;

    protected ExperienceDetails() {
        // for JPA
    }

    @SuppressWarnings("java:S107") // the service's fields, one each
    public ExperienceDetails(String positionTitle, String organization, YearMonth startMonth, YearMonth endMonth,
                             ParticipationFrequency frequency, String location, ExperienceSetting setting,
                             ExperienceType type, FocusArea focusArea, KeyCharacteristic keyCharacteristic,
                             String description, String reflection) {
        this.positionTitle = Objects.requireNonNull(positionTitle).strip();
        this.organization = Objects.requireNonNull(organization).strip();
        this.startMonth = Objects.requireNonNull(startMonth).toString();
        this.endMonth = endMonth == null ? null : endMonth.toString();
        this.frequency = frequency;
        this.location = blankToNull(location);
        this.setting = setting;
        this.type = Objects.requireNonNull(type);
        this.focusArea = focusArea;
        this.keyCharacteristic = keyCharacteristic;
        this.description = blankToNull(description);
        this.reflection = blankToNull(reflection);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The texts that may hold patient details, by field name, for the de-identification check. */
    public Map<String, String> freeTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("description", description);
        texts.put("reflection", reflection);
        return texts;
    }

    public String positionTitle() {
        return positionTitle;
    }

    public String organization() {
        return organization;
    }

    public YearMonth startMonth() {
        return YearMonth.parse(startMonth);
    }

    /** Empty while the experience goes on. */
    public YearMonth endMonth() {
        return endMonth == null ? null : YearMonth.parse(endMonth);
    }

    public ParticipationFrequency frequency() {
        return frequency;
    }

    public String location() {
        return location;
    }

    public ExperienceSetting setting() {
        return setting;
    }

    public ExperienceType type() {
        return type;
    }

    public FocusArea focusArea() {
        return focusArea;
    }

    public KeyCharacteristic keyCharacteristic() {
        return keyCharacteristic;
    }

    public String description() {
        return description;
    }

    public String reflection() {
        return reflection;
    }
}
