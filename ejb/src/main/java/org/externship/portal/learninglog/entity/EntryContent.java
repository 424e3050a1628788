package org.externship.portal.learninglog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;
import java.util.Objects;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one version of an entry says: its kind, day, time spent, topic (the condition, procedure or session), the
 * student's part, where, and the student's own words. The free texts are checked for patient identifiers before
 * anything is stored ({@code learninglog.control.DeidentificationGuard}).
 */
@Embeddable
public class EntryContent {

    public static final int TOPIC_MAX = 200;
    public static final int NOTES_MAX = 4000;
    public static final int APPLIED_MAX = 2000;
    /** A day on site at most: more than 24 hours in one entry is a typing slip. */
    public static final int MINUTES_MAX = 24 * 60;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private EntryKind kind;

    @Column(name = "entry_date", nullable = false)
    private LocalDate date;

    @Column(name = "minutes")
    private Integer minutes;

    @Column(name = "topic", nullable = false, length = TOPIC_MAX)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(name = "involvement", length = 16)
    private Involvement involvement;

    @Enumerated(EnumType.STRING)
    @Column(name = "care_setting", length = 16)
    private CareSetting setting;

    @Column(name = "notes", length = NOTES_MAX)
    private String notes;

    @Column(name = "applied", length = APPLIED_MAX)
    private String applied;

    protected EntryContent() {
        // for JPA and forms
    }

    public EntryContent(EntryKind kind, LocalDate date, Integer minutes, String topic, Involvement involvement,
                        CareSetting setting, String notes, String applied) {
        this.kind = kind;
        this.date = date;
        this.minutes = minutes;
        this.topic = topic == null ? null : topic.strip();
        this.involvement = kind != null && kind.involvements().contains(involvement) ? involvement : null;
        this.setting = setting;
        this.notes = blankToNull(notes);
        this.applied = kind != null && kind.recordsApplication() ? blankToNull(applied) : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public EntryKind kind() {
        return kind;
    }

    public LocalDate date() {
        return date;
    }

    public Integer minutes() {
        return minutes;
    }

    public String topic() {
        return topic;
    }

    public Involvement involvement() {
        return involvement;
    }

    public CareSetting setting() {
        return setting;
    }

    public String notes() {
        return notes;
    }

    public String applied() {
        return applied;
    }

    /** The texts the student wrote in their own words, by field name, for the de-identification check. */
    public Map<String, String> freeTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("topic", topic);
        texts.put("notes", notes);
        texts.put("applied", applied);
        return texts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EntryContent that && kind == that.kind && Objects.equals(date, that.date)
                && Objects.equals(minutes, that.minutes) && Objects.equals(topic, that.topic)
                && involvement == that.involvement && setting == that.setting && Objects.equals(notes, that.notes)
                && Objects.equals(applied, that.applied);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, date, topic);
    }
}
