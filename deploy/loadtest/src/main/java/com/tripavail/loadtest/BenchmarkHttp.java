package com.tripavail.loadtest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The booking benchmark's HTTP/1.1: blocking sockets kept alive in a pool per service, called
 * from virtual threads. On this 2-core machine the load client shares the CPU with the stack it
 * measures; java.net.http.HttpClient cost it several times more per request (its asynchronous
 * machinery), which the stack then lacked.
 *
 * <p>Every answer comes back as it is (status, JSON body, Retry-After), for the caller to judge;
 * a broken connection or a timeout is an answer with status 0 rather than an exception, so one
 * failed booking never stops a load run.
 */
final class BenchmarkHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Tomcat closes a connection idle for 20 s (its connectionTimeout); ours never reach that. */
    private static final long MAX_IDLE_NANOS = Duration.ofSeconds(10).toNanos();

    /** @param status 0 when no HTTP answer came (connection refused, reset, timed out) */
    record Reply(int status, JsonNode body, String text, String retryAfter) {

        String field(String name) {
            return body.path(name).asString();
        }

        /** For error reports: the status and the start of the body. */
        String summary() {
            String shown = text.length() > 300 ? text.substring(0, 300) + "…" : text;
            return status + " " + shown;
        }
    }

    private record Connection(Socket socket, InputStream in, OutputStream out, long idleSince) {

        Connection used() {
            return new Connection(socket, in, out, System.nanoTime());
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private final Map<String, ConcurrentLinkedDeque<Connection>> pools = new ConcurrentHashMap<>();
    private final int timeoutMillis;

    BenchmarkHttp(Duration timeout) {
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
    }

    Reply get(String url, String token) {
        return send("GET", url, token, null, Map.of());
    }

    Reply post(String url, String token, Object body) {
        return post(url, token, body, Map.of());
    }

    Reply post(String url, String token, Object body, Map<String, String> headers) {
        return send("POST", url, token, body == null ? "" : JSON.writeValueAsString(body), headers);
    }

    private Reply send(String method, String url, String token, String body, Map<String, String> headers) {
        URI uri = URI.create(url);
        String hostPort = uri.getHost() + ":" + uri.getPort();
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(uri.getRawPath());
        if (uri.getRawQuery() != null) {
            head.append('?').append(uri.getRawQuery());
        }
        head.append(" HTTP/1.1\r\nHost: ").append(hostPort).append("\r\nAccept: application/json\r\n");
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
        }
        byte[] request = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);

        ConcurrentLinkedDeque<Connection> pool = pools.computeIfAbsent(hostPort, k -> new ConcurrentLinkedDeque<>());
        Connection connection = null;
        try {
            connection = pooled(pool);
            boolean reused = connection != null;
            if (!reused) {
                connection = open(uri);
            }
            try {
                return exchange(connection, request, content, pool);
            } catch (java.net.SocketTimeoutException timedOut) {
                throw timedOut; // the request may be under way: never sent twice
            } catch (IOException staleConnection) {
                // a kept-alive connection the server had closed: nothing was processed, try once on a new one
                connection.close();
                if (!reused) {
                    throw staleConnection;
                }
                connection = open(uri);
                return exchange(connection, request, content, pool);
            }
        } catch (IOException e) {
            if (connection != null) {
                connection.close();
            }
            return new Reply(0, JSON.missingNode(), e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
    }

    private static Connection pooled(ConcurrentLinkedDeque<Connection> pool) {
        Connection connection;
        while ((connection = pool.pollFirst()) != null) {
            if (System.nanoTime() - connection.idleSince() < MAX_IDLE_NANOS) {
                return connection;
            }
            connection.close();
        }
        return null;
    }

    private Connection open(URI uri) throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
        socket.setSoTimeout(timeoutMillis);
        return new Connection(socket, new BufferedInputStream(socket.getInputStream(), 16 * 1024),
                socket.getOutputStream(), System.nanoTime());
    }

    /**
     * Writes the request, reads the answer; the connection goes back to the pool unless the
     * server closes it. An IOException before the status line means the request was not taken.
     */
    private static Reply exchange(Connection connection, byte[] request, byte[] content,
                                  ConcurrentLinkedDeque<Connection> pool) throws IOException {
        connection.out().write(request);
        connection.out().write(content);
        connection.out().flush();
        InputStream in = connection.in();
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("connection closed before an answer");
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        String retryAfter = null;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.equalsIgnoreCase("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                close = value.equalsIgnoreCase("close");
            } else if (name.equalsIgnoreCase("Retry-After")) {
                retryAfter = value;
            }
        }
        byte[] bytes;
        if (chunked) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                 size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
            for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
                // trailers: none expected
            }
            bytes = body.toByteArray();
        } else if (length >= 0) {
            bytes = in.readNBytes((int) length);
        } else {
            bytes = in.readAllBytes();
            close = true;
        }
        if (close) {
            connection.close();
        } else {
            pool.addFirst(connection.used());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return new Reply(status, parse(text), text, retryAfter);
    }

    /** A header line without its CRLF, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
        }
        return line.isEmpty() ? null : line.toString();
    }

    private static JsonNode parse(String text) {
        if (text.isBlank()) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(text);
        } catch (JacksonException notJson) {
            return JSON.missingNode();
        }
    }
}
