package com.tripavail.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A service of the local stack running as a child process, its output in {@code .local-data/logs/<name>.log}. */
final class ServiceProcess {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    final ServiceSpec spec;
    final Path logFile;
    final Process process;
    final long startedNanos;
    volatile long healthyNanos;

    private ServiceProcess(ServiceSpec spec, Path logFile, Process process, long startedNanos) {
        this.spec = spec;
        this.logFile = logFile;
        this.process = process;
        this.startedNanos = startedNanos;
    }

    static ServiceProcess start(ServiceSpec spec, Path jar, Path workDir, Path logFile, List<String> jvmOpts,
                                Map<String, String> environment) throws IOException {
        Files.createDirectories(logFile.getParent());
        if (Files.exists(logFile)) {
            Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".previous"), StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = new ArrayList<>();
        // Its own session: Ctrl-C in the terminal reaches only the launcher, which then stops the services
        // first, Kafka next and PostgreSQL last (pg_ctl detaches the postmaster the same way).
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.add(javaCommand());
        command.addAll(jvmOpts);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--spring.profiles.active=local");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
        builder.environment().putAll(environment);
        return new ServiceProcess(spec, logFile, builder.start(), System.nanoTime());
    }

    /** The {@code java} that runs the launcher. */
    static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    long pid() {
        return process.pid();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + spec.port();
    }

    boolean isHealthy(HttpClient http) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && "UP".equals(topLevelStatus(response.body()));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGTERM (Spring Boot shuts down gracefully); the caller waits, then {@link #kill()}. */
    void stop() {
        process.destroy();
    }

    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    boolean awaitExit(long timeout, TimeUnit unit) throws InterruptedException {
        return process.waitFor(timeout, unit);
    }

    /** The last {@code count} lines of the service's log. */
    List<String> logTail(int count) {
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long length = file.length();
            long from = Math.max(0, length - 64 * 1024);
            byte[] bytes = new byte[(int) (length - from)];
            file.seek(from);
            file.readFully(bytes);
            List<String> lines = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        } catch (IOException e) {
            return List.of("(cannot read " + logFile + ": " + e.getMessage() + ")");
        }
    }

    /** The value of the top-level {@code "status"} of a JSON object (not a component's), or null. */
    static String topLevelStatus(String json) {
        int depth = 0;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == '"') {
                int end = endOfString(json, i);
                if (depth == 1 && json.substring(i + 1, end).equals("status")) {
                    int colon = skipBlanks(json, end + 1);
                    if (colon < json.length() && json.charAt(colon) == ':') {
                        int value = skipBlanks(json, colon + 1);
                        if (value < json.length() && json.charAt(value) == '"') {
                            return json.substring(value + 1, endOfString(json, value));
                        }
                    }
                }
                i = end;
            }
        }
        return null;
    }

    private static int endOfString(String json, int openingQuote) {
        for (int i = openingQuote + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return json.length() - 1;
    }

    private static int skipBlanks(String json, int from) {
        int i = from;
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i;
    }
}
