package org.externship.portal.learninglog.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The guard on the command line, for hospitals' privacy officers ({@code config/deid-check.sh FILE}): one text per
 * line of FILE, or of standard input with "-" or no FILE; prints one line per line read, in order: {@code OK}, or
 * {@code BLOCK}, a tab and the reasons joined by "; ". The very code the portal runs, and it needs nothing but the
 * EJB module's jar. Reads and writes UTF-8.
 */
public final class DeidentificationCheck {

    static final int WRONG_CALL = 2;
    private static final String USAGE = "usage: config/deid-check.sh [FILE | -]\n"
            + "  Checks each line of FILE (or of standard input, with - or no FILE) for patient identifiers (HIPAA Safe"
            + " Harbor)\n  and prints one line for each, in order: OK, or BLOCK, a tab and the reasons.";

    private final DeidentificationGuard guard = new DeidentificationGuard();
    private final DeidentificationTexts texts = new DeidentificationTexts();

    public static void main(String[] args) {
        int status = new DeidentificationCheck().run(args, System.in, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** 0 once every line was judged; {@value #WRONG_CALL} for a wrong call or a file that cannot be read. */
    int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        if (args.length > 1) {
            stderr.println(USAGE);
            return WRONG_CALL;
        }
        if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
            stdout.println(USAGE);
            return 0;
        }
        boolean fromStdin = args.length == 0 || args[0].equals("-");
        Writer out = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
        // an InputStreamReader replaces bytes that are not UTF-8 (a Latin-1 file) instead of failing on them
        try (InputStream source = fromStdin ? stdin : Files.newInputStream(Path.of(args[0]));
             BufferedReader in = new BufferedReader(new InputStreamReader(source, StandardCharsets.UTF_8))) {
            check(in, out);
            return 0;
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException ? "no such file"
                    : e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
            stderr.println("deid-check: cannot read " + (fromStdin ? "standard input" : args[0]) + ": " + why);
            return WRONG_CALL;
        }
    }

    /** One verdict per line of {@code in}, in order, each written as soon as it is known. */
    void check(BufferedReader in, Writer out) throws IOException {
        boolean first = true;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (first && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            first = false;
            out.write(verdict(line));
            out.write('\n');
            out.flush();
        }
    }

    /** {@code OK}, or {@code BLOCK}, a tab and every finding's reason. */
    String verdict(String text) {
        var findings = guard.check(text);
        return findings.isEmpty() ? "OK" : "BLOCK\t" + texts.reasons(findings);
    }
}
