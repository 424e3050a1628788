package org.externship.portal.application.view;

import org.externship.portal.application.boundary.QueueFilter.QueueOrder;
import org.externship.portal.application.entity.ApplicationStatus;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueueParametersTest {

    private static final Set<Long> OURS = Set.of(12L, 13L);

    private static QueueParameters read(String... nameValues) {
        Map<String, String[]> parameters = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            String name = nameValues[i];
            String[] before = parameters.getOrDefault(name, new String[0]);
            String[] after = java.util.Arrays.copyOf(before, before.length + 1);
            after[before.length] = nameValues[i + 1];
            parameters.put(name, after);
        }
        return QueueParameters.of(parameters, OURS::contains);
    }

    private static List<String> keys(QueueParameters parameters) {
        return parameters.problems().stream().map(QueueParameters.Problem::messageKey).toList();
    }

    @Test
    void anEmptyAddressShowsTheApplicationsWaitingForADecision() {
        QueueParameters queue = read();
        assertEquals(QueueParameters.WAITING, queue.statuses());
        assertNull(queue.externshipId());
        assertEquals(QueueOrder.SUBMITTED, queue.order());
        assertFalse(queue.descending());
        assertEquals(1, queue.page());
        assertTrue(queue.problems().isEmpty());
    }

    @Test
    void aBookmarkedAddressIsReadWhole() {
        QueueParameters queue = read("status", "SUBMITTED", "status", "interview", "externship", "12",
                "student", " sam ", "order", "updated", "desc", "true", "page", "3");
        assertEquals(Set.of(ApplicationStatus.SUBMITTED, ApplicationStatus.INTERVIEW), queue.statuses());
        assertEquals(12L, queue.externshipId());
        assertEquals("sam", queue.student());
        assertEquals(QueueOrder.UPDATED, queue.order());
        assertTrue(queue.descending());
        assertEquals(3, queue.page());
        assertTrue(queue.problems().isEmpty(), queue.problems().toString());
    }

    @Test
    void statusesMayBeCommaSeparatedAndAllMeansEveryStatus() {
        assertEquals(Set.of(ApplicationStatus.OFFERED, ApplicationStatus.ACCEPTED),
                read("status", "OFFERED,ACCEPTED").statuses());
        assertEquals(Set.of(), read("status", "all").statuses());
        assertEquals(Set.of(), read("status", "all").filter().statuses(), "no status: every status");
    }

    @Test
    void theQueryWritesTheQueueAsItWasReadAndReadsBackTheSame() {
        QueueParameters queue = read("status", "WAITLISTED", "status", "SUBMITTED", "externship", "13",
                "student", "Zoë O'Neil & co", "order", "STUDENT", "desc", "on", "page", "2");
        assertEquals("status=SUBMITTED%2CWAITLISTED&externship=13&student=Zo%C3%AB+O%27Neil+%26+co&order=STUDENT"
                + "&desc=true&page=2", queue.query());
        Map<String, String[]> again = new HashMap<>();
        for (String pair : queue.query().split("&")) {
            String[] nameValue = pair.split("=");
            again.put(nameValue[0], new String[] {java.net.URLDecoder.decode(nameValue[1],
                    java.nio.charset.StandardCharsets.UTF_8)});
        }
        assertEquals(queue, QueueParameters.of(again, OURS::contains));
        assertEquals("status=all", read("status", "all").query());
        assertEquals("status=" + String.join("%2C", QueueParameters.WAITING.stream().sorted().map(Enum::name)
                .toList()), read().query(), "statuses in the order of the workflow");
    }

    @Test
    void unknownStatusesAreLeftOutAndSaidInWords() {
        QueueParameters queue = read("status", "SUBMITTED,BOGUS", "status", "DRAFT");
        assertEquals(Set.of(ApplicationStatus.SUBMITTED), queue.statuses());
        assertEquals(List.of("queue.problem.status", "queue.problem.draft"), keys(queue));
        assertEquals(List.of("BOGUS"), queue.problems().get(0).arguments());
    }

    @Test
    void noUsableStatusFallsBackToTheWaitingOnes() {
        QueueParameters queue = read("status", "NOPE");
        assertEquals(QueueParameters.WAITING, queue.statuses());
        assertEquals(List.of("queue.problem.status", "queue.problem.noStatus"), keys(queue));
    }

    @Test
    void anotherHospitalsExternshipIsNeverAskedForAndReadsLikeANumberThatIsNoneOfOurs() {
        QueueParameters theirs = read("externship", "99");
        assertNull(theirs.externshipId());
        assertNull(theirs.filter().externshipId());
        QueueParameters typo = read("externship", "12abc");
        assertNull(typo.externshipId());
        assertEquals(List.of("queue.problem.externship"), keys(theirs));
        assertEquals(keys(theirs), keys(typo), "the same words whether it exists elsewhere or not at all");
        assertNull(read("externship", "99999999999999999999999").externshipId());
    }

    @Test
    void badOrderDescendingAndPageAreLeftOut() {
        QueueParameters queue = read("order", "salary", "desc", "maybe", "page", "-1");
        assertEquals(QueueOrder.SUBMITTED, queue.order());
        assertFalse(queue.descending());
        assertEquals(1, queue.page());
        assertEquals(List.of("queue.problem.order", "queue.problem.desc", "queue.problem.page"), keys(queue));
        assertEquals(QueueParameters.MAX_PAGE, read("page", "99999999999999").page());
        assertEquals(List.of("queue.problem.page"), keys(read("page", "two")));
    }

    @Test
    void aLongStudentNameIsCutAndSaidSo() {
        QueueParameters queue = read("student", "x".repeat(200));
        assertEquals(QueueParameters.MAX_STUDENT, queue.student().length());
        assertEquals(List.of("queue.problem.student"), keys(queue));
    }

    @Test
    void aLongValueIsQuotedShort() {
        Object quoted = read("order", "y".repeat(500)).problems().get(0).arguments().get(0);
        assertEquals(QueueParameters.QUOTED + 1, quoted.toString().length());
    }

    @Test
    void chosenFiltersStartOnTheFirstPage() {
        QueueParameters chosen = QueueParameters.chosen(Set.of(ApplicationStatus.OFFERED), 12L, "  ", null, true);
        assertEquals(1, chosen.page());
        assertNull(chosen.student());
        assertEquals(QueueOrder.SUBMITTED, chosen.order());
        assertEquals("status=OFFERED&externship=12&desc=true&page=4", chosen.onPage(4).query());
    }
}
