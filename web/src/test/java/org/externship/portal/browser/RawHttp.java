package org.externship.portal.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 written by hand, as an attacker's tool would: any {@code Host} header, a declared length the body does
 * not have, any method. One request per connection.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** The answer: status, headers as they came (names in lower case), body as text. */
    record Answer(int status, List<String[]> headers, String body) {

        Optional<String> header(String name) {
            return headers.stream().filter(h -> h[0].equals(name.toLowerCase(Locale.ROOT))).map(h -> h[1])
                    .findFirst();
        }

        List<String> all(String name) {
            return headers.stream().filter(h -> h[0].equals(name.toLowerCase(Locale.ROOT))).map(h -> h[1]).toList();
        }
    }

    /**
     * Sends {@code head} (request line and headers, without the blank line) and then {@code body}, and reads the
     * answer. The server may answer and close before the whole body is sent: that is fine.
     */
    static Answer send(String baseUrl, String head, byte[] body) throws IOException {
        URI base = URI.create(baseUrl);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (SocketException closedEarly) {
                // the server answered without reading the rest
            }
            return read(socket.getInputStream());
        }
    }

    static Answer get(String baseUrl, String path, String host, String cookies) throws IOException {
        return send(baseUrl, "GET " + path + " HTTP/1.1\r\nHost: " + host
                + (cookies == null ? "" : "\r\nCookie: " + cookies), new byte[0]);
    }

    /** Reads one answer: its head, then as much body as it declares (not waiting for the connection to close). */
    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            headBytes.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String head = headBytes.toString(StandardCharsets.ISO_8859_1).trim();
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(new String[] {lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim()});
            }
        }
        Answer headOnly = new Answer(status, headers, "");
        String body;
        if (headOnly.header("Content-Length").isPresent()) {
            body = new String(in.readNBytes(Integer.parseInt(headOnly.header("Content-Length").get())),
                    StandardCharsets.UTF_8);
        } else if (headOnly.header("Transfer-Encoding").orElse("").equalsIgnoreCase("chunked")) {
            body = readChunks(in);
        } else {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new Answer(status, headers, body);
    }

    private static String readChunks(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line(in);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                line(in);
                return body.toString(StandardCharsets.UTF_8);
            }
            body.write(in.readNBytes(size));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
