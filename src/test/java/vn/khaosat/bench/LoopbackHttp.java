package vn.khaosat.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A load generator's HTTP/1.1 client: one blocking keep-alive connection, a request written in
 * one go, the answer's status read and its body skipped. B1's clients share the two cores with the
 * server they measure; java.net.http's client (a selector thread, futures for every exchange) took
 * about 30 % of the server's CPU on top of the server's own, where a kiosk on its own machine costs
 * the server nothing. Not thread-safe: one per client thread.
 */
final class LoopbackHttp implements AutoCloseable {

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    LoopbackHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Sends a POST and returns the answer's status code; the body is read and dropped. */
    int post(String path, Map<String, String> headers, String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append("POST ").append(path).append(" HTTP/1.1\r\nHost: ")
                .append(host).append(':').append(port).append("\r\nContent-Length: ").append(content.length).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        byte[] request = head.toString().getBytes(StandardCharsets.US_ASCII);
        if (socket == null) {
            connect();
            return exchange(request, content);
        }
        try {
            return exchange(request, content);
        } catch (IOException closedWhileIdle) {
            // the server may end a kept connection between two calls; the bench's requests are idempotent
            close();
            connect();
            return exchange(request, content);
        }
    }

    private int exchange(byte[] request, byte[] content) throws IOException {
        out.write(request);
        out.write(content);
        out.flush();
        return readAnswer();
    }

    private void connect() throws IOException {
        socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(30_000);
        in = new BufferedInputStream(socket.getInputStream(), 8192);
        out = new BufferedOutputStream(socket.getOutputStream(), 8192);
    }

    private int readAnswer() throws IOException {
        String statusLine = line();
        // "HTTP/1.1 201 " — the reason phrase is optional
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> {
                }
            }
        }
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                skip(size);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length > 0) {
            skip(length);
        }
        // Tomcat ends a connection after its 100th request (maxKeepAliveRequests); the next call reconnects
        if (close) {
            close();
        }
        return status;
    }

    private long chunkSize() throws IOException {
        String size = line();
        int extension = size.indexOf(';');
        return Long.parseLong(extension < 0 ? size.trim() : size.substring(0, extension).trim(), 16);
    }

    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed mid-answer");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    private void skip(long n) throws IOException {
        for (long left = n; left > 0;) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("connection closed mid-body");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
