package org.externship.portal.learninglog.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line of config/deid-check.sh: one verdict per line read, in order, and nothing needed but the jar. */
class DeidentificationCheckTest {

    private static final String INPUT = "Mr. Jones, 92, seen on 3/14\nmetoprolol 25 mg\n\nPhoto attached\r\n"
            + "BP 150/90, HR 110\n";
    private static final List<String> VERDICTS = List.of(
            "BLOCK\t\u201cMr. Jones\u201d looks like the name of a patient or a relative; \u201c92\u201d looks like"
                    + " an age over 89; \u201c3/14\u201d looks like a date more precise than a year",
            "OK",
            "OK",
            "BLOCK\t\u201cPhoto attached\u201d looks like a photo or image",
            "OK");

    private final DeidentificationCheck check = new DeidentificationCheck();

    @Test
    void answersEveryLineInOrder() throws Exception {
        StringWriter out = new StringWriter();
        check.check(new BufferedReader(new StringReader(INPUT)), out);
        assertEquals(VERDICTS, out.toString().lines().toList());
    }

    @Test
    void readsStandardInputWithADashOrNoFile() {
        for (String[] args : List.of(new String[0], new String[] {"-"})) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = check.run(args, stdin(INPUT), new PrintStream(out),
                    new PrintStream(new ByteArrayOutputStream()));
            assertEquals(0, status);
            assertEquals(VERDICTS, out.toString(StandardCharsets.UTF_8).lines().toList());
        }
    }

    @Test
    void readsAFileEvenWithBytesThatAreNotUtf8(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("examples.txt");
        String utf8 = "\uFEFFMrs Garcia was seen\nGCS 14\nCaf\u00e9 staff were kind\n";
        Files.write(file, utf8.getBytes(StandardCharsets.UTF_8));
        Files.write(file, new byte[] {'n', (byte) 0xE9, '\n'}, StandardOpenOption.APPEND); // Latin-1, not UTF-8
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = check.run(new String[] {file.toString()}, stdin(""), new PrintStream(out),
                new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, status);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(4, lines.size());
        assertEquals("BLOCK\t\u201cMrs Garcia\u201d looks like the name of a patient or a relative", lines.get(0));
        assertEquals(List.of("OK", "OK", "OK"), lines.subList(1, 4));
    }

    @Test
    void refusesAMissingFileAndTwoFilesWithoutAnswering() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, check.run(new String[] {"/no/such/file.txt"}, stdin(""), new PrintStream(out),
                new PrintStream(err)));
        assertEquals(2, check.run(new String[] {"a", "b"}, stdin(""), new PrintStream(out), new PrintStream(err)));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot read /no/such/file.txt: no such file"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: config/deid-check.sh"));
    }

    /**
     * The script runs {@code java -cp <the EJB jar>} alone: the check must load nothing from Jakarta EE (or any other
     * jar). A class loader that sees only the module's own classes and the JDK proves it.
     */
    @Test
    void needsNothingButTheModulesOwnClasses() throws Exception {
        URL classes = DeidentificationGuard.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader alone = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
            Class<?> type = alone.loadClass(DeidentificationCheck.class.getName());
            Constructor<?> constructor = type.getDeclaredConstructor();
            Method run = type.getDeclaredMethod("run", String[].class, InputStream.class, PrintStream.class,
                    PrintStream.class);
            run.setAccessible(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Object status = run.invoke(constructor.newInstance(), new String[0], stdin(INPUT), new PrintStream(out),
                    new PrintStream(new ByteArrayOutputStream()));
            assertEquals(0, status);
            assertEquals(VERDICTS, out.toString(StandardCharsets.UTF_8).lines().toList());
        }
    }

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
