package org.externship.portal.passport.control;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSInputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.externship.portal.passport.boundary.UploadRefusedException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Opens a PDF with PDFBox so that decompressing it cannot take more memory or time than a bounded budget.
 * <p>
 * Why this is needed: a PDF keeps most of its objects (the catalog, pages, annotations, actions) in compressed
 * object streams, and its cross-reference table may be a compressed stream too, so reading the document's structure
 * means inflating them. PDFBox 3 inflates a stream whole into memory, and not through the stream cache that
 * {@link MemoryUsageSetting} bounds (verified against 3.0.8: {@code Filter.decode} writes into a fresh
 * {@code RandomAccessReadWriteBuffer}). Deflate packs zeros a thousandfold, so a 2 MB file can hold an object stream
 * of 2 GiB: the probe's file took the heap from 360 MB to 4.4 GB in 7 seconds.
 * <p>
 * How: every stream PDFBox reads from this file is made here, as a {@link BudgetedStream}; before PDFBox may decode
 * one, it is decoded once into a counter that keeps nothing, and the decoding stops, refusing the upload, as soon as
 * the document's streams together pass {@link #MAX_DECODED_BYTES} (or open too many objects:
 * {@link #MAX_OPENING_MARKS}). Only then does PDFBox decode it for real. Checking an upload decodes just the
 * cross-reference and object streams (counting pages and walking the catalog never read page contents or images), so
 * the cost is a second inflation of a few kilobytes for an ordinary document. The check sits
 * on the stream itself rather than in the parser's object-stream code so that every path that decodes (including
 * PDFBox's repair of a damaged cross-reference table, which searches the whole file for object streams) goes through
 * it. Filters that decode whole images in one go (DCT, JPX, JBIG2, CCITT fax) cannot be counted as they run, and the
 * check never needs an image decoded, so a request to decode one of those (or through an unknown or crypt filter) is
 * refused outright.
 */
public final class BoundedPdfLoader {

    /**
     * What a document's streams may inflate to in all, counted as they are decoded: 4 MB. Inflating is only half the
     * cost: PDFBox then parses what came out into objects, and {@code []} (two bytes) becomes an array object of some
     * 60 bytes. Measured with an object stream of empty arrays, 4 MB of it took about 260 MB and 5 seconds to parse,
     * so the budget is kept no larger than what the 5 MB upload limit already lets a file hold uncompressed: packing
     * the structure gains an attacker nothing. An ordinary document's object streams hold well under a megabyte.
     */
    static final long MAX_DECODED_BYTES = 4L * 1024 * 1024;
    /**
     * How many {@code [} and {@code <} bytes (which open arrays, dictionaries and hex strings) the file and its decoded
     * streams may hold together: enough for any honest document (compressed data has about 40,000 by chance in 5 MB),
     * few enough that the arrays and dictionaries they can open stay within tens of megabytes once parsed.
     */
    static final long MAX_OPENING_MARKS = 500_000;
    /** Memory for streams PDFBox writes while reading (decrypted copies): a 5 MB file never needs more. */
    static final long STREAM_CACHE_BYTES = 16L * 1024 * 1024;
    /** A predictor holds two rows; a cross-reference stream's rows are a few bytes wide. */
    static final long MAX_PREDICTOR_ROW_BYTES = 1024 * 1024;

    static final String TOO_COMPLEX = "passport.upload.pdfTooComplex";

    /** The filters that write as they read, so a counter can stop them. */
    private static final Set<COSName> STREAMING_FILTERS = Set.of(
            COSName.FLATE_DECODE, COSName.FLATE_DECODE_ABBREVIATION,
            COSName.LZW_DECODE, COSName.LZW_DECODE_ABBREVIATION,
            COSName.ASCII_HEX_DECODE, COSName.ASCII_HEX_DECODE_ABBREVIATION,
            COSName.ASCII85_DECODE, COSName.ASCII85_DECODE_ABBREVIATION,
            COSName.RUN_LENGTH_DECODE, COSName.RUN_LENGTH_DECODE_ABBREVIATION);

    private BoundedPdfLoader() {
    }

    /**
     * Parses {@code content} (leniently, as PDFBox's {@code Loader} does) within {@link #MAX_DECODED_BYTES}.
     *
     * @throws UploadRefusedException with {@link #TOO_COMPLEX} once the budget is spent
     */
    public static PDDocument load(byte[] content) throws IOException {
        Budget budget = new Budget(MAX_DECODED_BYTES, MAX_OPENING_MARKS);
        budget.spendMarks(openingMarks(content, 0, content.length));
        PDDocument document = new BudgetedParser(new RandomAccessReadBuffer(content), budget).parse();
        if (budget.exceeded) { // refused inside a PDFBox catch block that carried on: refuse all the same
            document.close();
            throw new UploadRefusedException(TOO_COMPLEX);
        }
        return document;
    }

    private static long openingMarks(byte[] bytes, int offset, int length) {
        long marks = 0;
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == '[' || bytes[i] == '<') {
                marks++;
            }
        }
        return marks;
    }

    /** What is left to decode and parse for one document. Used by one thread: one inspection parses one document. */
    private static final class Budget {
        private long bytesLeft;
        private long marksLeft;
        private boolean exceeded;

        Budget(long bytes, long marks) {
            this.bytesLeft = bytes;
            this.marksLeft = marks;
        }

        void spend(long bytes) {
            bytesLeft -= bytes;
            if (bytesLeft < 0) {
                refuse();
            }
        }

        void spendMarks(long marks) {
            marksLeft -= marks;
            if (marksLeft < 0) {
                refuse();
            }
        }

        void refuse() {
            exceeded = true;
            throw new UploadRefusedException(TOO_COMPLEX);
        }
    }

    /**
     * PDFBox's parser with its document replaced by one that makes {@link BudgetedStream}s. The refusal is an
     * unchecked exception so that the parser's lenient {@code catch (IOException)} blocks let it through.
     */
    private static final class BudgetedParser extends PDFParser {

        BudgetedParser(RandomAccessRead source, Budget budget) throws IOException {
            super(source, "", null, null, streamCache());
            document.close(); // the superclass's, still empty
            document = new BudgetedDocument(streamCache(), this, budget);
        }

        private static StreamCacheCreateFunction streamCache() {
            return MemoryUsageSetting.setupMainMemoryOnly(STREAM_CACHE_BYTES).streamCache;
        }
    }

    private static final class BudgetedDocument extends COSDocument {
        private final BudgetedParser parser;
        private final Budget budget;

        BudgetedDocument(StreamCacheCreateFunction streamCache, BudgetedParser parser, Budget budget) {
            super(streamCache, parser);
            this.parser = parser;
            this.budget = budget;
        }

        /** As PDFBox's own, but the stream is a {@link BudgetedStream}. */
        @Override
        public COSStream createCOSStream(COSDictionary dictionary, long startPosition, long streamLength)
                throws IOException {
            RandomAccessReadView data = parser.createRandomAccessReadView(startPosition, streamLength);
            COSStream stream = new BudgetedStream(data, budget);
            dictionary.forEach(stream::setItem);
            stream.setKey(dictionary.getKey());
            return stream;
        }
    }

    /** A stream from the file that counts its decoded size against the budget before it lets PDFBox decode it. */
    private static final class BudgetedStream extends COSStream {
        private final Budget budget;
        private boolean counted;

        BudgetedStream(RandomAccessReadView data, Budget budget) throws IOException {
            super(null, data);
            this.budget = budget;
        }

        @Override
        public COSInputStream createInputStream(DecodeOptions options) throws IOException {
            count();
            return super.createInputStream(options);
        }

        @Override
        public RandomAccessRead createView() throws IOException {
            count();
            return super.createView();
        }

        /** Decodes into nothing, spending the budget as bytes come out. Once per stream. */
        private void count() throws IOException {
            if (counted) {
                return;
            }
            List<COSName> filters = filterNames();
            for (int i = 0; i < filters.size(); i++) {
                COSName filter = filters.get(i);
                if (filter == null || !STREAMING_FILTERS.contains(filter)
                        || predictorRowBytes(i) > MAX_PREDICTOR_ROW_BYTES) {
                    budget.refuse();
                }
            }
            InputStream input = createRawInputStream();
            for (int i = 0; i < filters.size(); i++) {
                boolean last = i == filters.size() - 1;
                OutputStream output = last ? new Counter(budget) : new Counter(budget, new ByteArrayOutputStream());
                try (InputStream encoded = input) {
                    FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(encoded, output, this, i);
                } catch (IOException damaged) {
                    // PDFBox decides what a damaged stream means (it skips or repairs); only the size is ours
                }
                if (!last) {
                    input = new ByteArrayInputStream(((Counter) output).kept.toByteArray());
                }
            }
            counted = true;
        }

        /** The stream's filters in order; {@code null} for an entry that is not a name. */
        private List<COSName> filterNames() {
            COSBase filters = getFilters();
            List<COSName> names = new ArrayList<>();
            if (filters instanceof COSName name) {
                names.add(name);
            } else if (filters instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    COSBase item = array.getObject(i);
                    names.add(item instanceof COSName name ? name : null);
                }
            }
            return names;
        }

        /** The row a PNG predictor keeps (twice) for filter {@code index}: its parameters are the file's to choose. */
        private long predictorRowBytes(int index) {
            COSBase parameters = getDictionaryObject(COSName.DECODE_PARMS, COSName.DP);
            if (parameters instanceof COSArray array) {
                parameters = index < array.size() ? array.getObject(index) : null;
            }
            if (!(parameters instanceof COSDictionary dictionary) || dictionary.getInt(COSName.PREDICTOR, 1) <= 1) {
                return 0;
            }
            long colors = Math.min(Math.max(dictionary.getInt(COSName.COLORS, 1), 1), 32);
            long bits = Math.max(dictionary.getInt(COSName.BITS_PER_COMPONENT, 8), 1);
            long columns = Math.max(dictionary.getInt(COSName.COLUMNS, 1), 1);
            return (colors * bits * columns + 7) / 8;
        }
    }

    /**
     * Counts what a filter writes, spending the budget as it goes: bytes always; the marks that open objects only for
     * the decoded result, which is what PDFBox parses. Keeps the bytes only between two filters.
     */
    private static final class Counter extends OutputStream {
        private final Budget budget;
        private final ByteArrayOutputStream kept;

        /** For the last filter: counts and keeps nothing. */
        Counter(Budget budget) {
            this(budget, null);
        }

        Counter(Budget budget, ByteArrayOutputStream kept) {
            this.budget = budget;
            this.kept = kept;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            budget.spend(length);
            if (kept != null) {
                kept.write(bytes, offset, length);
            } else {
                budget.spendMarks(openingMarks(bytes, offset, length));
            }
        }
    }
}
