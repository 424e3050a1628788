package org.externship.portal.shared.view;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvWriterTest {

    private static String csv(Object... cells) {
        StringWriter out = new StringWriter();
        new CsvWriter(out).line(Arrays.asList(cells));
        return out.toString();
    }

    @Test
    void plainCellsAreWrittenAsTheyAreAndLinesEndInCrLf() {
        assertEquals("Sam Student,Cardiology,Submitted\r\n", csv("Sam Student", "Cardiology", "Submitted"));
    }

    @Test
    void emptyAndMissingCellsAreEmpty() {
        assertEquals(",,x\r\n", csv(null, "", "x"));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"Raman, Priya\"\r\n", csv("Raman, Priya"));
        assertEquals("\"The \"\"best\"\" rotation\"\r\n", csv("The \"best\" rotation"));
        assertEquals("\"two\nlines\",\"cr\rtoo\"\r\n", csv("two\nlines", "cr\rtoo"));
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasGetAnApostrophe() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\")\"\r\n", csv("=HYPERLINK(\"http://evil.example\")"));
        assertEquals("'+1+1,'-2,'@SUM(A1)\r\n", csv("+1+1", "-2", "@SUM(A1)"));
        assertEquals("'\tx\r\n", csv("\tx"));
        assertEquals("\"'\rx\"\r\n", csv("\rx"));
        assertEquals("\"'=1,2\"\r\n", csv("=1,2"));
    }

    @Test
    void formulaSignsInsideACellAreLeftAlone() {
        assertEquals("a=b,x-y\r\n", csv("a=b", "x-y"));
    }

    @Test
    void nonAsciiTextIsKept() {
        assertEquals("Zoë Ødegård,日本\r\n", csv("Zoë Ødegård", "日本"));
    }

    @Test
    void manyLinesFollowEachOther() {
        StringWriter out = new StringWriter();
        new CsvWriter(out).line(List.of("a", "b")).line(List.of(1, 2));
        assertEquals("a,b\r\n1,2\r\n", out.toString());
    }
}
