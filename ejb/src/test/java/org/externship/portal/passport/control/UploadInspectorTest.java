package org.externship.portal.passport.control;

import org.externship.portal.passport.boundary.UploadRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Uploads are judged by their content: real PDFs and images pass; fakes, broken, oversized and hostile files do not.
 * The hostile ones ({@link HostileFiles}) are the probe's of issue 13: active PDFs, polyglots, decompression bombs.
 * <p>
 * For the bombs, "bounded" is measured as the bytes the inspecting thread allocates ({@link Cost}): everything an
 * inspection can add to the heap it allocates itself (PDFBox and ImageIO work on the caller's thread), and unlike
 * sampled heap use the figure does not depend on when the collector runs. Time limits are generous for a loaded
 * two-core machine; the figures measured are printed.
 */
class UploadInspectorTest {

    /** The bombs must be refused within this, allocating at most {@link #HEAP_BOUND}. */
    private static final Duration TIME_BOUND = Duration.ofSeconds(5);
    private static final long HEAP_BOUND = 256L * 1024 * 1024;

    private final UploadInspector inspector = new UploadInspector(UploadInspector.DEFAULT_MAX_BYTES);

    @Test
    void aRealPdfIsAcceptedAsAPdfWithItsSizeAndHash() {
        byte[] pdf = SampleFiles.pdf("BLS provider card");

        InspectedContent content = inspector.inspect(pdf);

        assertEquals(UploadInspector.PDF, content.contentType());
        assertEquals(pdf.length, content.sizeBytes());
        assertEquals(UploadInspector.sha256(pdf), content.sha256());
        assertEquals(64, content.sha256().length());
    }

    @Test
    void pngAndJpegImagesAreAcceptedAsWhatTheyAre() {
        assertEquals(UploadInspector.PNG, inspector.inspect(SampleFiles.png()).contentType());
        assertEquals(UploadInspector.JPEG, inspector.inspect(SampleFiles.jpeg()).contentType());
    }

    @Test
    void aTextFileIsRefusedWhateverItIsCalled() {
        assertRefused("passport.upload.unknownType", SampleFiles.textNamedPdf());
    }

    @Test
    void aTruncatedPdfIsRefused() {
        assertRefused("passport.upload.brokenPdf", SampleFiles.truncatedPdf());
    }

    @Test
    void aPdfHeaderFollowedByGarbageIsRefused() {
        assertRefused("passport.upload.brokenPdf", SampleFiles.garbagePdf());
    }

    @Test
    void aPngHeaderFollowedByGarbageIsRefused() {
        byte[] png = SampleFiles.png();
        byte[] broken = Arrays.copyOf(png, 40);
        assertRefused("passport.upload.brokenImage", broken);
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsParsed() {
        byte[] pdf = SampleFiles.pdf("CV");
        UploadInspector strict = new UploadInspector(pdf.length - 1);

        UploadRefusedException refused = assertThrows(UploadRefusedException.class, () -> strict.inspect(pdf));

        assertEquals("passport.upload.tooLarge", refused.messageKey());
        assertEquals(pdf.length, new UploadInspector(pdf.length).inspect(pdf).sizeBytes(), "exactly the limit is fine");
    }

    @Test
    void theDefaultLimitIsFiveMegabytes() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);

        UploadRefusedException refused = assertThrows(UploadRefusedException.class, () -> inspector.inspect(big));

        assertEquals("passport.upload.tooLarge", refused.messageKey());
        assertEquals("5", refused.arguments()[0]);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused("passport.upload.empty", new byte[0]);
    }

    @Test
    void anEncryptedPdfIsRefusedEvenWhenItOpensWithoutAPassword() {
        assertRefused("passport.upload.encryptedPdf", SampleFiles.encryptedPdf());
    }

    // ---- ordinary documents still pass ----

    @Test
    void aMultiPagePdfAPhotoAndAPdfWithAWebLinkAreAccepted() {
        assertEquals(UploadInspector.PDF, inspector.inspect(SampleFiles.multiPagePdf(12)).contentType());
        assertEquals(UploadInspector.JPEG, inspector.inspect(SampleFiles.photoJpeg()).contentType());
        assertEquals(UploadInspector.PDF, inspector.inspect(HostileFiles.pdfWithWebLink()).contentType());
    }

    @Test
    void theBombGeneratorsMakeValidFilesWhichPassWhenSmall() {
        // so the bombs below are refused for their size, not for being malformed
        assertEquals(UploadInspector.PNG, inspector.inspect(HostileFiles.pngBomb(400, 300)).contentType());
        assertEquals(UploadInspector.PDF, inspector.inspect(HostileFiles.pdfObjectStreamBomb(1 << 20)).contentType());
    }

    // ---- item 1: PDFs that act ----

    static Stream<Arguments> activePdfs() {
        return Stream.of(
                Arguments.of("open action script and executable", HostileFiles.pdfWithOpenActionScriptAndExecutable()),
                Arguments.of("document-level script (names tree)", HostileFiles.pdfWithDocumentLevelScript()),
                Arguments.of("embedded file", HostileFiles.pdfWithEmbeddedFile()),
                Arguments.of("launch link", HostileFiles.pdfWithLaunchLink()),
                Arguments.of("annotation additional action", HostileFiles.pdfWithAnnotationAdditionalAction()),
                Arguments.of("page open script", HostileFiles.pdfWithPageOpenScript()),
                Arguments.of("file attachment annotation", HostileFiles.pdfWithFileAttachmentAnnotation()),
                Arguments.of("XFA form", HostileFiles.pdfWithXfaForm()),
                Arguments.of("submit form link", HostileFiles.pdfWithSubmitFormLink()),
                Arguments.of("script in a bookmark", HostileFiles.pdfWithScriptInBookmark()),
                Arguments.of("script chained after a link", HostileFiles.pdfWithScriptChainedAfterLink()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activePdfs")
    void aPdfThatActsIsRefused(String what, byte[] pdf) {
        assertRefused("passport.upload.activePdf", pdf);
    }

    @Test
    void activeContentIsFoundInsideCompressedObjectStreamsWhereNoByteSearchSeesIt() {
        byte[] pdf = HostileFiles.pdfWithOpenActionScriptAndExecutable();

        assertFalse(contains(pdf, "/JavaScript") || contains(pdf, "/EmbeddedFiles"), "the keys are compressed");
        assertRefused("passport.upload.activePdf", pdf);
    }

    // ---- item 2: polyglots ----

    @Test
    void aPdfThatIsAlsoAWebPageIsRefused() {
        assertRefused("passport.upload.hiddenMarkup", HostileFiles.pdfPolyglot());
    }

    @Test
    void imagesCarryingHtmlOrScriptAreRefused() {
        assertRefused("passport.upload.hiddenMarkup", HostileFiles.pngWithHtmlTextChunk());
        assertRefused("passport.upload.hiddenMarkup", HostileFiles.jpegWithScriptAppended());
    }

    // ---- item 3: image bombs ----

    @Test
    void theProbesPngBombIsRefusedFromItsHeaderWithoutDecoding() {
        byte[] png = HostileFiles.pngBomb(6000, 6000);

        Cost cost = Cost.of(() -> assertThrows(UploadRefusedException.class, () -> inspector.inspect(png)));

        UploadRefusedException refused = cost.result();
        assertEquals("passport.upload.imageTooLarge", refused.messageKey());
        assertArrayEquals(new Object[] {6000, 6000}, refused.arguments());
        cost.print("PNG 6000x6000 16-bit RGBA, " + png.length / 1024 + " KB");
        cost.assertWithin(TIME_BOUND, HEAP_BOUND);
    }

    @Test
    void aPngWithinTheMegapixelsButTooDeepForTheMemoryIsRefused() {
        // 4500 x 4500 is 20 megapixels, under the limit, but 16-bit RGBA makes it 162 MB
        assertRefused("passport.upload.imageTooLarge", HostileFiles.pngBomb(4500, 4500));
    }

    @Test
    void aJpegClaimingMorePixelsThanAPhotoIsRefusedBeforeDecoding() {
        assertRefused("passport.upload.imageTooLarge", HostileFiles.jpegClaiming(6000, 6000));
        assertRefused("passport.upload.imageTooLarge", HostileFiles.jpegClaiming(60000, 60000));
    }

    // ---- item 4: PDF bombs ----

    @Test
    void theProbesPdfBombIsRefusedQuicklyWithinABoundedHeap() {
        byte[] pdf = HostileFiles.pdfObjectStreamBomb(2L * 1024 * 1024 * 1024); // 2 GiB inflated, about 2 MB

        Cost cost = Cost.of(() -> assertThrows(UploadRefusedException.class, () -> inspector.inspect(pdf)));

        assertEquals("passport.upload.pdfTooComplex", cost.result().messageKey());
        cost.print("PDF object stream of 2 GiB, " + pdf.length / 1024 + " KB");
        cost.assertWithin(TIME_BOUND, HEAP_BOUND);
    }

    @Test
    void aPdfWhoseStructureParsesIntoMillionsOfObjectsIsRefusedBeforeParsing() {
        byte[] pdf = HostileFiles.pdfObjectStreamOfEmptyArrays(3 * 1024 * 1024); // 1.5 million arrays

        Cost cost = Cost.of(() -> assertThrows(UploadRefusedException.class, () -> inspector.inspect(pdf)));

        assertEquals("passport.upload.pdfTooComplex", cost.result().messageKey());
        cost.print("PDF object stream of 3 MB of empty arrays, " + pdf.length / 1024 + " KB");
        cost.assertWithin(TIME_BOUND, HEAP_BOUND);
    }

    @Test
    void sixBombsAtOnceStayWithinTheBoundsEachOneHas() throws Exception {
        byte[] pdf = HostileFiles.pdfObjectStreamBomb(2L * 1024 * 1024 * 1024);
        byte[] png = HostileFiles.pngBomb(6000, 6000);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Cost>> costs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                byte[] bomb = i % 2 == 0 ? pdf : png;
                costs.add(pool.submit((Callable<Cost>) () -> Cost.of(() -> assertThrows(UploadRefusedException.class,
                        () -> inspector.inspect(bomb)))));
            }
            long allocated = 0;
            List<String> keys = new ArrayList<>();
            for (Future<Cost> future : costs) {
                Cost cost = future.get(30, TimeUnit.SECONDS);
                String key = cost.result().messageKey();
                keys.add(key);
                assertTrue(List.of("passport.upload.pdfTooComplex", "passport.upload.imageTooLarge",
                        "passport.upload.busy").contains(key), key);
                cost.assertWithin(TIME_BOUND.multipliedBy(2), HEAP_BOUND);
                allocated += cost.allocatedBytes();
            }
            System.out.printf("six bombs at once: %s, %d KB allocated in all%n", keys, allocated / 1024);
            assertTrue(allocated < HEAP_BOUND, "allocated " + (allocated >> 20) + " MB in all");
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- item 5: a bounded number of checks at once ----

    @Test
    void whenEveryPermitIsTakenAnUploadIsRefusedAsBusyAndPassesOnceOneIsFree() throws Exception {
        UploadInspector single = new UploadInspector(UploadInspector.DEFAULT_MAX_BYTES, 1, Duration.ofMillis(50));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread other = new Thread(() -> single.withPermit(() -> {
            holding.countDown();
            awaitQuietly(release);
        }));
        other.start();
        try {
            assertTrue(holding.await(10, TimeUnit.SECONDS));
            byte[] pdf = SampleFiles.pdf("BLS");

            UploadRefusedException refused = assertThrows(UploadRefusedException.class, () -> single.inspect(pdf));
            assertEquals("passport.upload.busy", refused.messageKey());

            release.countDown();
            other.join(10_000);
            assertEquals(UploadInspector.PDF, single.inspect(pdf).contentType());
        } finally {
            release.countDown();
        }
    }

    @Test
    void theSizeLimitAndTheMarkupCheckNeedNoPermit() {
        UploadInspector none = new UploadInspector(10, 1, Duration.ofMillis(1));
        none.withPermit(() -> {
            // while the only permit is held, the cheap checks still answer
            assertRefused(none, "passport.upload.tooLarge", SampleFiles.pdf("CV"));
        });
        UploadInspector busy = new UploadInspector(UploadInspector.DEFAULT_MAX_BYTES, 1, Duration.ofMillis(1));
        busy.withPermit(() -> assertRefused(busy, "passport.upload.hiddenMarkup", HostileFiles.pdfPolyglot()));
    }

    private void assertRefused(String key, byte[] content) {
        assertRefused(inspector, key, content);
    }

    private static void assertRefused(UploadInspector inspector, String key, byte[] content) {
        UploadRefusedException refused = assertThrows(UploadRefusedException.class, () -> inspector.inspect(content));
        assertEquals(key, refused.messageKey());
    }

    private static boolean contains(byte[] content, String text) {
        return new String(content, StandardCharsets.ISO_8859_1).contains(text);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What running something cost the calling thread: wall time and bytes allocated. */
    private record Cost(UploadRefusedException result, Duration time, long allocatedBytes) {

        static Cost of(Supplier<UploadRefusedException> work) {
            com.sun.management.ThreadMXBean threads = allocationCounter();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            UploadRefusedException result = work.get();
            return new Cost(result, Duration.ofNanos(System.nanoTime() - start),
                    threads.getCurrentThreadAllocatedBytes() - allocatedBefore);
        }

        private static com.sun.management.ThreadMXBean allocationCounter() {
            // the memory bound is the point of these tests: a JVM that cannot count allocation fails them, not skips
            assertTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                    "this JVM does not count allocation per thread");
            com.sun.management.ThreadMXBean threads =
                    (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            threads.setThreadAllocatedMemoryEnabled(true);
            return threads;
        }

        void print(String what) {
            System.out.printf("%s: %s in %d ms, %d KB allocated%n", what, result.messageKey(), time.toMillis(),
                    allocatedBytes / 1024);
        }

        void assertWithin(Duration maxTime, long maxBytes) {
            assertTrue(time.compareTo(maxTime) < 0, "took " + time.toMillis() + " ms");
            assertTrue(allocatedBytes < maxBytes, "allocated " + (allocatedBytes >> 20) + " MB");
        }
    }
}
