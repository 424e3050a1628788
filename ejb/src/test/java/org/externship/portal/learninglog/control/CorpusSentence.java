package org.externship.portal.learninglog.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One sentence of the guard's labelled corpus, {@code deid-corpus.tsv}: BLOCK (it holds an identifier of the kind
 * named in its third column) or OK (clinical text without one).
 */
record CorpusSentence(int line, boolean identifying, String text, IdentifierKind expected) {

    private static final String FOLDER = "/org/externship/portal/learninglog/";

    /** Every sentence of the corpus; a malformed line fails with its number. */
    static List<CorpusSentence> corpus() {
        List<CorpusSentence> sentences = new ArrayList<>();
        List<String> lines = lines("deid-corpus.tsv");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            int number = i + 1;
            if (columns.length == 3 && columns[0].equals("BLOCK")) {
                sentences.add(new CorpusSentence(number, true, columns[1], IdentifierKind.valueOf(columns[2])));
            } else if (columns.length == 2 && columns[0].equals("OK")) {
                sentences.add(new CorpusSentence(number, false, columns[1], null));
            } else {
                throw new IllegalStateException("deid-corpus.tsv, line " + number + ": not BLOCK<TAB>text<TAB>KIND"
                        + " nor OK<TAB>text: " + line);
            }
        }
        return sentences;
    }

    /**
     * The sentences the guard is known to judge wrongly, each with why ({@code deid-corpus-known-errors.tsv}): the
     * figures count them, and a test fails when the guard starts to judge one of them right, so the list stays true.
     */
    static Map<String, String> knownErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String line : lines("deid-corpus-known-errors.tsv")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] columns = line.split("\t", -1);
                if (columns.length != 2) {
                    throw new IllegalStateException("deid-corpus-known-errors.tsv: not text<TAB>why: " + line);
                }
                errors.put(columns[0], columns[1]);
            }
        }
        return errors;
    }

    private static List<String> lines(String file) {
        InputStream in = CorpusSentence.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException(file + " is missing from the test resources");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "line " + line + ": " + (identifying ? "BLOCK " : "OK ") + text;
    }
}
