package org.externship.portal.passport.control;

import java.util.Optional;

/**
 * The size of a PNG or JPEG as its header declares it, read from the bytes without any decoder: the pixels a decoder
 * would allocate for, known before it allocates. A 280 KB PNG may declare 6000 x 6000 pixels of 16-bit RGBA, which is
 * 288 MB once decoded; the header says so in its first 33 bytes.
 *
 * @param width          pixels across
 * @param height         pixels down
 * @param channels       samples per pixel (1 grey or palette, 2 grey and alpha, 3 colour, 4 colour and alpha or CMYK)
 * @param bitsPerChannel bits per sample (PNG: 1 to 16; JPEG: 8, or 12 which the decoder refuses anyway)
 */
record ImageHeader(int width, int height, int channels, int bitsPerChannel) {

    private static final int PNG_SIGNATURE_LENGTH = 8;

    long pixels() {
        return (long) width * height;
    }

    /** What the decoded bitmap takes in memory: every sample of every pixel, packed. */
    long decodedBytes() {
        return (pixels() * channels * bitsPerChannel + 7) / 8;
    }

    /**
     * The IHDR chunk, which the PNG specification places first, right after the signature: length 13, type, width,
     * height, bit depth, colour type. Empty if it is not there or not sane.
     */
    static Optional<ImageHeader> png(byte[] content) {
        int at = PNG_SIGNATURE_LENGTH;
        if (content.length < at + 8 + 13 || int32(content, at) != 13
                || content[at + 4] != 'I' || content[at + 5] != 'H' || content[at + 6] != 'D' || content[at + 7] != 'R') {
            return Optional.empty();
        }
        long width = int32(content, at + 8) & 0xFFFFFFFFL;
        long height = int32(content, at + 12) & 0xFFFFFFFFL;
        int bitDepth = content[at + 16] & 0xFF;
        int channels = switch (content[at + 17]) {
            case 0, 3 -> 1; // grey; palette index
            case 4 -> 2;    // grey and alpha
            case 2 -> 3;    // RGB
            case 6 -> 4;    // RGB and alpha
            default -> 0;
        };
        return sane(width, height, channels, bitDepth);
    }

    /**
     * The first frame header (SOF0 to SOF15, less the markers that share those codes) found by walking the marker
     * segments from the start: length, precision, height, width, components. Empty if the scan starts, or the file
     * ends, before one, or if it declares a height of zero (to come later in a DNL marker, which we do not follow).
     */
    static Optional<ImageHeader> jpeg(byte[] content) {
        int at = 2; // after SOI
        while (at + 4 <= content.length) {
            if ((content[at] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = content[at + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                at++;
                continue;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // markers without a segment
                at += 2;
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) { // end of image, start of scan: no frame header before
                return Optional.empty();
            }
            int length = ((content[at + 2] & 0xFF) << 8) | (content[at + 3] & 0xFF);
            if (isFrameHeader(marker)) {
                if (length < 8 || at + 2 + length > content.length) {
                    return Optional.empty();
                }
                int precision = content[at + 4] & 0xFF;
                int height = ((content[at + 5] & 0xFF) << 8) | (content[at + 6] & 0xFF);
                int width = ((content[at + 7] & 0xFF) << 8) | (content[at + 8] & 0xFF);
                int components = content[at + 9] & 0xFF;
                return sane(width, height, components, precision);
            }
            if (length < 2) {
                return Optional.empty();
            }
            at += 2 + length;
        }
        return Optional.empty();
    }

    /** SOFn: C0 to CF, except C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding conditioning). */
    private static boolean isFrameHeader(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static Optional<ImageHeader> sane(long width, long height, int channels, int bits) {
        if (width < 1 || height < 1 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE
                || channels < 1 || channels > 4 || bits < 1 || bits > 16) {
            return Optional.empty();
        }
        return Optional.of(new ImageHeader((int) width, (int) height, channels, bits));
    }

    private static int int32(byte[] bytes, int at) {
        return ((bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8)
                | (bytes[at + 3] & 0xFF);
    }
}
