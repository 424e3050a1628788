package org.externship.portal.learninglog.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guard against its labelled corpus (deid-corpus.tsv): each sentence judged as labelled, unless it is a known
 * error; recall and false-positive rate printed and held to issue 12's bar; and no text, however hostile, costing
 * more than a glance.
 */
class DeidentificationGuardTest {

    private static final double LEAST_RECALL = 0.95;
    private static final double MOST_FALSE_POSITIVES = 0.10;
    private static final Map<String, String> KNOWN_ERRORS = CorpusSentence.knownErrors();

    private final DeidentificationGuard guard = new DeidentificationGuard();

    static List<CorpusSentence> corpus() {
        return CorpusSentence.corpus();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void judgesTheSentenceAsLabelled(CorpusSentence sentence) {
        List<Finding> findings = guard.check(sentence.text());
        boolean blocked = !findings.isEmpty();
        if (KNOWN_ERRORS.containsKey(sentence.text())) {
            assertNotEquals(sentence.identifying(), blocked, "the guard now judges this known error right: remove it"
                    + " from deid-corpus-known-errors.tsv and update the figures in docs/architecture.md");
            return;
        }
        assertEquals(sentence.identifying(), blocked, () -> "findings: " + findings);
        if (sentence.identifying()) {
            assertTrue(findings.stream().anyMatch(finding -> finding.kind() == sentence.expected()),
                    () -> "expected a finding of " + sentence.expected() + ", found " + findings);
        }
    }

    @Test
    void reachesTheRecallAndFalsePositiveRateOfIssue12() {
        List<CorpusSentence> corpus = CorpusSentence.corpus();
        Map<IdentifierKind, int[]> byKind = new EnumMap<>(IdentifierKind.class);
        List<CorpusSentence> missed = new ArrayList<>();
        List<CorpusSentence> falsePositives = new ArrayList<>();
        int identifying = 0;
        int clean = 0;
        for (CorpusSentence sentence : corpus) {
            boolean blocked = !guard.check(sentence.text()).isEmpty();
            if (sentence.identifying()) {
                identifying++;
                int[] counts = byKind.computeIfAbsent(sentence.expected(), kind -> new int[2]);
                counts[1]++;
                if (blocked) {
                    counts[0]++;
                } else {
                    missed.add(sentence);
                }
            } else {
                clean++;
                if (blocked) {
                    falsePositives.add(sentence);
                }
            }
        }
        double recall = (identifying - missed.size()) / (double) identifying;
        double falsePositiveRate = falsePositives.size() / (double) clean;

        System.out.printf("De-identification guard on its corpus: %d sentences, %d with identifiers, %d without%n",
                corpus.size(), identifying, clean);
        System.out.printf("recall %.3f (%d of %d blocked), false-positive rate %.3f (%d of %d blocked)%n", recall,
                identifying - missed.size(), identifying, falsePositiveRate, falsePositives.size(), clean);
        System.out.println("by kind: " + byKind.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue()[0] + "/" + entry.getValue()[1])
                .collect(Collectors.joining(", ")));
        missed.forEach(sentence -> System.out.println("missed " + sentence + " (" + KNOWN_ERRORS.get(sentence.text())
                + ")"));
        falsePositives.forEach(sentence -> System.out.println("false positive " + sentence + " "
                + guard.check(sentence.text())));

        assertTrue(recall >= LEAST_RECALL, "recall " + recall + " is below " + LEAST_RECALL);
        assertTrue(falsePositiveRate < MOST_FALSE_POSITIVES,
                "false-positive rate " + falsePositiveRate + " is not below " + MOST_FALSE_POSITIVES);
    }

    @Test
    void everyFindingIsTheWordsAtItsPlaceInReadingOrder() {
        for (CorpusSentence sentence : CorpusSentence.corpus()) {
            int previousStart = -1;
            for (Finding finding : guard.check(sentence.text())) {
                assertEquals(sentence.text().substring(finding.start(), finding.end()), finding.words());
                assertTrue(finding.start() >= previousStart, sentence::toString);
                previousStart = finding.start();
            }
        }
    }

    @Test
    void letsNothingThroughThatIsEmpty() {
        assertTrue(guard.check(null).isEmpty());
        assertTrue(guard.check("").isEmpty());
        assertTrue(guard.check(" \n\t ").isEmpty());
        assertTrue(guard.passes("Metoprolol 25 mg twice daily."));
    }

    static Stream<String> hostileTexts() {
        List<String> pieces = List.of("a", "1", "1-", "1.", "1:", "1/", "a.", "a@", "a-", "Mr. ", "Mrs ", "patient, ",
                "pt ", "her son ", "Aaaa ", "Aa ", "named ", "on the 3rd ", "March ", "3 March ", "aged ", "123 Main ",
                "1 A ", "http://", "www.", "a.com/", "a [at] ", "a dot ", "photo ", "attached ", "MRN ", "MRN A",
                "SSN ", "+1 ", "1 2 ", "(1) ", "1.1.", "a:", "f:f:", "<img ", "data:image/", "![a](", "ZIP ", "IL ",
                "Apt ", "lives on A ", "born ", "admitted A ", "\u2019", "Mc", "O'", "J.", "J. ", "000-00-");
        Stream<String> repeated = pieces.stream().map(piece -> piece.repeat(10_000 / piece.length() + 1)
                .substring(0, 10_000));
        String mixed = String.join("", pieces).repeat(40).substring(0, 10_000);
        return Stream.concat(repeated, Stream.of(mixed));
    }

    /**
     * Catastrophic backtracking is slow on every run (seconds to hours on 10,000 characters), so the best of five runs
     * under 1.5 s is a fair check on a busy machine; a quiet one takes about 25 ms.
     */
    @ParameterizedTest
    @MethodSource("hostileTexts")
    void judgesTenThousandHostileCharactersWithoutBacktrackingBlowingUp(String text) {
        guard.check("Warm-up: Mr. Jones, 92, seen on 3/14 at 123 Main Street.");
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            guard.check(text);
            best = Math.min(best, System.nanoTime() - start);
        }
        long millis = best / 1_000_000;
        assertTrue(millis < 1500, "took " + millis + " ms on " + text.substring(0, 40) + "...");
    }
}
