package org.externship.portal.learninglog.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus is what issue 12 asks for, so the guard's figures mean something: large enough, about half with
 * identifiers, every kind several times, no sentence twice, and the hard clinical look-alikes the issue names among
 * the sentences without identifiers.
 */
class DeidentificationCorpusTest {

    private static final int FEWEST_SENTENCES = 320;
    private static final int FEWEST_PER_KIND = 5;

    private final List<CorpusSentence> corpus = CorpusSentence.corpus();

    @Test
    void hasEnoughSentencesAboutHalfWithIdentifiers() {
        long identifying = corpus.stream().filter(CorpusSentence::identifying).count();
        double share = identifying / (double) corpus.size();
        assertTrue(corpus.size() >= FEWEST_SENTENCES, corpus.size() + " sentences");
        assertTrue(share >= 0.4 && share <= 0.6, identifying + " of " + corpus.size() + " with identifiers");
    }

    @ParameterizedTest
    @EnumSource(IdentifierKind.class)
    void hasEveryKindSeveralTimes(IdentifierKind kind) {
        long sentences = corpus.stream().filter(sentence -> sentence.expected() == kind).count();
        assertTrue(sentences >= FEWEST_PER_KIND, kind + ": " + sentences + " sentences");
    }

    @Test
    void hasNoSentenceTwice() {
        Set<String> seen = new HashSet<>();
        for (CorpusSentence sentence : corpus) {
            assertTrue(seen.add(sentence.text()), "twice: " + sentence);
        }
    }

    @Test
    void knowsEachOfItsKnownErrors() {
        for (String text : CorpusSentence.knownErrors().keySet()) {
            assertTrue(corpus.stream().anyMatch(sentence -> sentence.text().equals(text)), "not in the corpus: " + text);
        }
    }

    /** The look-alikes issue 12 names: doses, lab values, scores, relative time, exams, beds, vital signs, eponyms. */
    @ParameterizedTest
    @ValueSource(strings = {" mg ", "mmol/L", "GCS ", "CURB-65", "APGAR", "weeks ago", "Step 2 CK", "ICU bed", "BP ",
            "HR ", "SpO2", "temp ", "Parkinson disease", "Foley", "Babinski", "Dr. Adams", "in 2024", "ages 45-75",
            "PGY-2", "in his 70s", "in her 90s", "7/10", "WBC 12500"})
    void hasTheHardLookAlikesAmongTheCleanSentences(String lookAlike) {
        String wanted = lookAlike.toLowerCase(Locale.ROOT);
        assertTrue(corpus.stream().anyMatch(sentence -> !sentence.identifying()
                && sentence.text().toLowerCase(Locale.ROOT).contains(wanted)), "no clean sentence with \u201c" + lookAlike
                + "\u201d");
    }
}
