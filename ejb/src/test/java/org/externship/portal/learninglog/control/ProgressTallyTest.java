package org.externship.portal.learninglog.control;

import org.externship.portal.learninglog.boundary.LogProgress;
import org.externship.portal.learninglog.entity.CareSetting;
import org.externship.portal.learninglog.entity.EntryContent;
import org.externship.portal.learninglog.entity.EntryKind;
import org.externship.portal.learninglog.entity.Involvement;
import org.externship.portal.learninglog.entity.LogEntry;
import org.externship.portal.learninglog.entity.Supervision;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTallyTest {

    /** A Wednesday. */
    private static final LocalDate DAY = LocalDate.of(2027, 3, 17);

    @Test
    void hoursAreCountedPerWeekFromMondayWithEmptyWeeksBetween() {
        LogProgress progress = ProgressTally.of(List.of(entry(EntryKind.CASE, DAY, 90, "Sepsis", null),
                entry(EntryKind.CASE, DAY.plusDays(4), 30, "Sepsis", null),
                entry(EntryKind.TEACHING, DAY.plusWeeks(2), 60, "ECG", null)));
        assertEquals(Map.of(LocalDate.of(2027, 3, 15), new BigDecimal("2"),
                LocalDate.of(2027, 3, 22), BigDecimal.ZERO, LocalDate.of(2027, 3, 29), new BigDecimal("1")),
                progress.hoursPerWeek(), "Sunday the 21st counts in the week of Monday the 15th; none in the next");
        assertEquals(List.of(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 22), LocalDate.of(2027, 3, 29)),
                List.copyOf(progress.hoursPerWeek().keySet()), "in order, the empty week too");
        assertEquals(new BigDecimal("2"), progress.hoursPerKind().get(EntryKind.CASE));
        assertEquals(new BigDecimal("1"), progress.hoursPerKind().get(EntryKind.TEACHING));
    }

    @Test
    void onlyTheLatestSixteenWeeksAreShown() {
        List<LogEntry> entries = new ArrayList<>();
        for (int week = 0; week < 30; week++) {
            entries.add(entry(EntryKind.CASE, DAY.plusWeeks(week), 60, "Case " + week, null));
        }
        LogProgress progress = ProgressTally.of(entries);
        assertEquals(LogProgress.WEEKS, progress.hoursPerWeek().size());
        assertTrue(progress.hoursPerWeek().containsKey(LocalDate.of(2027, 3, 15).plusWeeks(29)));
    }

    @Test
    void proceduresAreCountedByTopicAndPartTheSameWordsInAnyCaseTogether() {
        LogProgress progress = ProgressTally.of(List.of(
                entry(EntryKind.PROCEDURE, DAY, null, "Lumbar puncture", Involvement.OBSERVED),
                entry(EntryKind.PROCEDURE, DAY, null, "lumbar puncture ", Involvement.ASSISTED),
                entry(EntryKind.PROCEDURE, DAY, null, "Lumbar puncture", Involvement.ASSISTED),
                entry(EntryKind.PROCEDURE, DAY, null, "Central line", Involvement.OBSERVED),
                entry(EntryKind.CASE, DAY, null, "Pneumonia", Involvement.PRESENTED),
                entry(EntryKind.CASE, DAY, null, "pneumonia", Involvement.PRESENTED),
                entry(EntryKind.CASE, DAY, null, "Heart failure", Involvement.PRESENTED)));
        assertEquals(List.of("Lumbar puncture", "Central line"), List.copyOf(progress.proceduresByPart().keySet()),
                "the most frequent first");
        assertEquals(Map.of(Involvement.OBSERVED, 1L, Involvement.ASSISTED, 2L),
                progress.proceduresByPart().get("Lumbar puncture"));
        assertEquals(Map.of("Pneumonia", 2L, "Heart failure", 1L), progress.casesByTopic());
        assertEquals(List.of("Pneumonia", "Heart failure"), List.copyOf(progress.casesByTopic().keySet()));
    }

    @Test
    void verifiedEntriesAreTold() {
        LogEntry verified = supervised(DAY);
        verified.verify("Grace Adams", null, Instant.now());
        LogProgress progress = ProgressTally.of(List.of(verified, supervised(DAY),
                entry(EntryKind.CASE, DAY, 60, "Outside", null)));
        assertEquals(1, progress.verified());
        assertEquals(2, progress.notVerified());
        assertTrue(ProgressTally.of(List.of()).isEmpty());
    }

    private static LogEntry entry(EntryKind kind, LocalDate day, Integer minutes, String topic, Involvement part) {
        return new LogEntry("student", Supervision.none(), new EntryContent(kind, day, minutes, topic, part,
                CareSetting.INPATIENT, null, null), Instant.now());
    }

    private static LogEntry supervised(LocalDate day) {
        return new LogEntry("student", new Supervision("st-marys", 1, 2, 3, "attending", "Grace Adams"),
                new EntryContent(EntryKind.CASE, day, 60, "Syncope", Involvement.PRESENTED, null, null, null),
                Instant.now());
    }
}
