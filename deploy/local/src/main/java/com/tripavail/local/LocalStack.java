package com.tripavail.local;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * The one-command local stack, without Docker: an embedded PostgreSQL, an in-process KRaft Kafka broker and every
 * service of {@code services.properties} as a child process, all data under {@code <project root>/.local-data/}.
 * Run it with {@code deploy/local/start}; {@code --help} lists the options.
 */
public final class LocalStack implements AutoCloseable {

    static final List<String> DATABASES = List.of("onboarding", "inventory", "booking", "trip");
    static final List<String> TOPICS = List.of(
            "tripavail.onboarding.events",
            "tripavail.inventory.events",
            "tripavail.booking.events",
            "tripavail.trip.events",
            "tripavail.trip.analytics");
    static final List<String> DEFAULT_JVM_OPTS = List.of(
            "-Xms64m", "-Xmx320m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Daxoniq.update-checker.disabled=true");
    static final String ONBOARDING = "provider-onboarding-service";
    static final int ONBOARDING_PORT = 8081;
    static final int LOG_TAIL_LINES = 30;
    static final Duration STOP_GRACE = Duration.ofSeconds(20);
    static final Duration HEALTH_POLL = Duration.ofMillis(250);
    static final List<String[]> SEED_ACCOUNTS = List.of(
            new String[] {"admin@tripavail.local", "ADMIN"},
            new String[] {"traveler@tripavail.local", "TRAVELER"},
            new String[] {"hotel@tripavail.local", "HOTEL_MANAGER (approved provider)"},
            new String[] {"tours@tripavail.local", "TOUR_OPERATOR (approved provider)"});

    /** Command-line options; see {@link #usage()}. */
    record Options(Path root, Path dataDir, boolean clean, boolean exitWhenHealthy, int postgresPort, int kafkaPort,
                   int kafkaControllerPort, Path registry, Duration healthTimeout) {

        static Options parse(String[] args) {
            Path root = null;
            Path dataDir = null;
            boolean clean = false;
            boolean exitWhenHealthy = false;
            int postgresPort = 5433;
            int kafkaPort = 9092;
            Integer controllerPort = null;
            Path registry = null;
            int timeout = 120;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    value = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                switch (arg) {
                    case "--clean" -> clean = true;
                    case "--exit-when-healthy" -> exitWhenHealthy = true;
                    case "--root" -> root = Path.of(value != null ? value : next(args, ++i, arg));
                    case "--data-dir" -> dataDir = Path.of(value != null ? value : next(args, ++i, arg));
                    case "--postgres-port" -> postgresPort = port(value != null ? value : next(args, ++i, arg), arg);
                    case "--kafka-port" -> kafkaPort = port(value != null ? value : next(args, ++i, arg), arg);
                    case "--kafka-controller-port" -> controllerPort = port(value != null ? value : next(args, ++i, arg), arg);
                    case "--services" -> registry = Path.of(value != null ? value : next(args, ++i, arg));
                    case "--health-timeout" -> timeout = Integer.parseInt(value != null ? value : next(args, ++i, arg));
                    case "--no-build" -> { } // consumed by deploy/local/start; harmless here
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            root = (root != null ? root : findRoot(Path.of("").toAbsolutePath())).toAbsolutePath().normalize();
            dataDir = (dataDir != null ? dataDir : root.resolve(".local-data")).toAbsolutePath().normalize();
            int controller = controllerPort != null ? controllerPort : kafkaPort == 0 ? 0 : kafkaPort + 1;
            return new Options(root, dataDir, clean, exitWhenHealthy, postgresPort, kafkaPort, controller, registry,
                    Duration.ofSeconds(timeout));
        }

        private static String next(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int port(String value, String option) {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException(option + ": " + value + " is not a port (0 = any free port)");
            }
            return port;
        }

        /** The project root: the nearest folder at or above {@code from} that holds {@code mvnw}. */
        static Path findRoot(Path from) {
            for (Path dir = from; dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("mvnw"))) {
                    return dir;
                }
            }
            throw new IllegalArgumentException("cannot find the project root (a folder with mvnw) at or above " + from + "; pass --root <dir>");
        }
    }

    record Outcome(String name, String reason) { }

    private final Options options;
    private final long launcherStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final List<ServiceProcess> services = new ArrayList<>();
    private final List<Outcome> skipped = new ArrayList<>();
    private final List<Outcome> failed = new ArrayList<>();
    private volatile PostgresNode postgres;
    private volatile KafkaNode kafka;
    private volatile double postgresSeconds;
    private volatile double kafkaSeconds;
    private volatile boolean stopping;
    private boolean closed;
    private boolean ownsPidsFile;

    LocalStack(Options options) {
        this.options = options;
    }

    public static void main(String[] args) {
        Options options;
        try {
            if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
                System.out.println(usage());
                return;
            }
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("local stack: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        LocalStack stack = new LocalStack(options);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-stop"));
        handleSignals(stack);
        int exitCode;
        try {
            stack.prepareDataDir();
            stack.logLibrariesToFile();
            stack.startInfrastructure();
            boolean ok = stack.startServices();
            stack.report(ok);
            if (!ok) {
                exitCode = 1;
            } else if (options.exitWhenHealthy()) {
                exitCode = 0;
            } else {
                System.out.println("Press Ctrl-C to stop everything.");
                stack.watchServices();
                new java.util.concurrent.CountDownLatch(1).await(); // until a signal ends the JVM
                exitCode = 0;
            }
        } catch (Exception e) {
            System.err.println("local stack: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            if (!(e instanceof IllegalStateException) || e.getCause() != null) {
                e.printStackTrace(); // a message of our own without a cause needs no stack trace
            }
            exitCode = 1;
        }
        stack.close();
        System.exit(exitCode);
    }

    static String usage() {
        return """
                Usage: deploy/local/start [--no-build] [options]   (or java -jar deploy/local/target/local-stack.jar [options])
                  --clean                   wipe the data directory first (PostgreSQL data, Kafka logs, service logs)
                  --exit-when-healthy       start everything, print the summary, stop everything; exit 0 only if every service was healthy
                  --root <dir>              project root (default: the nearest folder with mvnw at or above the working directory)
                  --data-dir <dir>          data directory (default: <root>/.local-data)
                  --postgres-port <port>    embedded PostgreSQL port (default 5433; 0 = any free port)
                  --kafka-port <port>       Kafka bootstrap port (default 9092; 0 = any free port)
                  --kafka-controller-port <port>  KRaft controller port (default: Kafka port + 1)
                  --services <file>         service registry to use instead of the built-in services.properties (an empty file = none)
                  --health-timeout <s>      how long the services may take to become healthy (default 120)
                Environment: TRIPAVAIL_JVM_OPTS is appended to every service's JVM options.""";
    }

    // ---------------------------------------------------------------------------------------------------- start

    /** Refuses to run twice on one data directory, stops what a killed launcher left behind, applies --clean. */
    void prepareDataDir() throws IOException {
        Path pids = options.dataDir().resolve("run.pids");
        if (Files.isRegularFile(pids)) {
            Properties previous = new Properties();
            try (var in = Files.newBufferedReader(pids)) {
                previous.load(in);
            }
            Optional<ProcessHandle> launcher = javaProcess(previous.getProperty("launcher"));
            if (launcher.isPresent() && launcher.get().pid() != ProcessHandle.current().pid()) {
                throw new IllegalStateException("a local stack is already running on " + options.dataDir()
                        + " (pid " + launcher.get().pid() + "); stop it first (Ctrl-C there, or kill " + launcher.get().pid() + ")");
            }
            List<ProcessHandle> orphans = previous.stringPropertyNames().stream().filter(k -> k.startsWith("service."))
                    .map(k -> javaProcess(previous.getProperty(k))).flatMap(Optional::stream).toList();
            for (ProcessHandle orphan : orphans) {
                System.out.println("Stopping service process " + orphan.pid() + " left running by an earlier launcher");
                orphan.destroy();
            }
            for (ProcessHandle orphan : orphans) {
                try {
                    orphan.onExit().get(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
                } catch (Exception e) {
                    orphan.destroyForcibly();
                }
            }
        }
        PostgresNode.stopLeftover(options.dataDir().resolve("postgres"));
        if (options.clean() && Files.exists(options.dataDir())) {
            System.out.println("--clean: deleting " + options.dataDir());
            deleteRecursively(options.dataDir());
        }
        Files.createDirectories(options.dataDir().resolve("logs"));
        writePids();
    }

    /**
     * Kafka's and zonky's own log lines (slf4j-simple, warnings and up) go to {@code logs/launcher.log}, so that
     * the console shows the launcher's summary. {@code -Dorg.slf4j.simpleLogger.logFile=System.err} keeps them on the console.
     */
    void logLibrariesToFile() throws IOException {
        if (System.getProperty("org.slf4j.simpleLogger.logFile") == null) {
            Path log = options.dataDir().resolve("logs").resolve("launcher.log");
            if (Files.exists(log)) {
                Files.move(log, log.resolveSibling("launcher.log.previous"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            System.setProperty("org.slf4j.simpleLogger.logFile", log.toString());
        }
    }

    /** PostgreSQL with the four databases and Kafka with the five topics, side by side. */
    void startInfrastructure() throws Exception {
        int postgresPort = resolvePort(options.postgresPort(), "PostgreSQL", "--postgres-port");
        int kafkaPort = resolvePort(options.kafkaPort(), "Kafka", "--kafka-port");
        int controllerPort = resolvePort(options.kafkaControllerPort(), "the Kafka controller", "--kafka-controller-port");

        var pg = CompletableFuture.runAsync(() -> {
            try {
                long t0 = System.nanoTime();
                postgres = PostgresNode.start(options.dataDir().resolve("postgres"), postgresPort, options.dataDir().resolve("logs/postgres.log"));
                List<String> created = postgres.createDatabases(DATABASES);
                postgresSeconds = seconds(System.nanoTime() - t0);
                System.out.printf(Locale.ROOT, "PostgreSQL ready on 127.0.0.1:%d in %.1f s (databases %s%s)%n", postgresPort, postgresSeconds,
                        String.join(", ", DATABASES), created.isEmpty() ? "" : "; created " + String.join(", ", created));
            } catch (Exception e) {
                throw new CompletionException(new IllegalStateException("PostgreSQL did not start: " + e.getMessage()
                        + " (its log: " + options.dataDir().resolve("logs/postgres.log") + ")", e));
            }
        }, LocalStack::daemonThread);
        var kf = CompletableFuture.runAsync(() -> {
            try {
                long t0 = System.nanoTime();
                kafka = KafkaNode.start(options.dataDir().resolve("kafka"), options.dataDir().resolve("kafka-cluster-id"), kafkaPort, controllerPort);
                List<String> created = kafka.createTopics(TOPICS);
                kafkaSeconds = seconds(System.nanoTime() - t0);
                System.out.printf(Locale.ROOT, "Kafka ready on %s in %.1f s (%d topics%s)%n", kafka.bootstrapServers(), kafkaSeconds, TOPICS.size(),
                        created.isEmpty() ? "" : "; created " + String.join(", ", created));
            } catch (Exception e) {
                throw new CompletionException(new IllegalStateException("Kafka did not start: " + e.getMessage(), e));
            }
        }, LocalStack::daemonThread);
        // Wait for both, so that close() knows everything that did start, then report the first failure.
        Exception failure = null;
        for (var step : List.of(pg, kf)) {
            try {
                step.join();
            } catch (CompletionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void daemonThread(Runnable task) {
        Thread thread = new Thread(task, "local-stack-start");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts every registered service whose jar exists, in parallel, and waits until each answers
     * {@code {"status":"UP"}} on {@code /actuator/health}. Returns false (after stopping nothing) when one exits or
     * is not healthy in time; the caller then stops everything.
     */
    boolean startServices() throws IOException {
        List<ServiceSpec> specs = ServiceSpec.load(options.registry());
        int onboardingPort = specs.stream().filter(s -> s.name().equals(ONBOARDING)).mapToInt(ServiceSpec::port).findFirst().orElse(ONBOARDING_PORT);
        String jwks = "http://127.0.0.1:" + onboardingPort + "/.well-known/jwks.json";
        List<String> extraOpts = Optional.ofNullable(System.getenv("TRIPAVAIL_JVM_OPTS")).filter(s -> !s.isBlank())
                .map(ServiceSpec::split).orElse(List.of());

        for (ServiceSpec spec : specs) {
            Path jar = options.root().resolve(spec.jar()).normalize();
            String problem = jarProblem(jar);
            if (problem != null) {
                String reason = problem + "; build it with ./mvnw -B install -DskipTests (deploy/local/start does)";
                skipped.add(new Outcome(spec.name(), reason));
                System.out.println("Skipping " + spec.name() + ": " + reason);
                continue;
            }
            if (!portFree(spec.port())) {
                failed.add(new Outcome(spec.name(), "port " + spec.port() + " on 127.0.0.1 is already in use"));
                System.out.println("Cannot start " + spec.name() + ": port " + spec.port() + " on 127.0.0.1 is already in use");
                return false;
            }
            Map<String, String> env = new LinkedHashMap<>();
            env.put("SERVER_PORT", String.valueOf(spec.port()));
            if (spec.database() != null) {
                env.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl(spec.database()));
                env.put("SPRING_DATASOURCE_USERNAME", PostgresNode.USER);
                env.put("SPRING_DATASOURCE_PASSWORD", PostgresNode.PASSWORD);
            }
            env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            env.put("TRIPAVAIL_SECURITY_JWKS_URI", jwks);
            env.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", jwks);
            env.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            List<String> jvmOpts = new ArrayList<>(spec.jvmOpts() != null ? spec.jvmOpts() : DEFAULT_JVM_OPTS);
            jvmOpts.addAll(extraOpts);
            ServiceProcess service = ServiceProcess.start(spec, jar, options.root(),
                    options.dataDir().resolve("logs").resolve(spec.name() + ".log"), jvmOpts, env);
            services.add(service);
            System.out.println("Started " + spec.name() + " (pid " + service.pid() + ", port " + spec.port() + ", log "
                    + options.root().relativize(service.logFile) + ")");
        }
        writePids();
        return awaitHealthy();
    }

    private boolean awaitHealthy() {
        if (services.isEmpty()) {
            return true;
        }
        long deadline = System.nanoTime() + options.healthTimeout().toNanos();
        Set<ServiceProcess> pending = new LinkedHashSet<>(services);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        while (!pending.isEmpty()) {
            for (var it = pending.iterator(); it.hasNext(); ) {
                ServiceProcess service = it.next();
                if (!service.process.isAlive()) {
                    String reason = "exited with code " + service.process.exitValue() + " before it was healthy";
                    failed.add(new Outcome(service.spec.name(), reason));
                    printFailure(service, reason);
                    return false;
                }
                if (service.isHealthy(http)) {
                    service.healthyNanos = System.nanoTime();
                    it.remove();
                    System.out.printf(Locale.ROOT, "%s is healthy (%.1f s after its start)%n", service.spec.name(),
                            seconds(service.healthyNanos - service.startedNanos));
                }
            }
            if (!pending.isEmpty() && System.nanoTime() > deadline) {
                for (ServiceProcess service : pending) {
                    String reason = "not healthy within " + options.healthTimeout().toSeconds() + " s";
                    failed.add(new Outcome(service.spec.name(), reason));
                    printFailure(service, reason);
                }
                return false;
            }
            if (!pending.isEmpty()) {
                LockSupport.parkNanos(HEALTH_POLL.toNanos());
            }
        }
        return true;
    }

    private void printFailure(ServiceProcess service, String reason) {
        System.out.println();
        System.out.println("FAILED: " + service.spec.name() + " " + reason + ". Last " + LOG_TAIL_LINES + " lines of " + service.logFile + ":");
        service.logTail(LOG_TAIL_LINES).forEach(line -> System.out.println("  | " + line));
        System.out.println();
    }

    /** While the stack runs: say so when a service dies on its own. */
    private void watchServices() {
        for (ServiceProcess service : services) {
            service.process.onExit().thenAccept(p -> {
                if (!stopping) {
                    printFailure(service, "exited with code " + p.exitValue() + " while the stack was running");
                    System.out.println("The rest of the stack keeps running; Ctrl-C stops it.");
                }
            });
        }
    }

    // ---------------------------------------------------------------------------------------------------- report

    void report(boolean ok) throws IOException {
        double toHealthy = (System.currentTimeMillis() - launcherStartMillis) / 1000.0;
        Map<String, Long> rss = residentMemoryKiB();
        long totalMiB = Math.round(rss.values().stream().mapToLong(Long::longValue).sum() / 1024.0);
        String jdbcBase = postgres.jdbcUrl("");
        String onboardingUrl = services.stream().filter(s -> s.spec.name().equals(ONBOARDING)).map(ServiceProcess::baseUrl)
                .findFirst().orElse("http://127.0.0.1:" + ONBOARDING_PORT);

        StringBuilder out = new StringBuilder(System.lineSeparator());
        if (ok) {
            out.append(String.format(Locale.ROOT, "TripAvail local stack is up: %.1f s from launcher start to all healthy (PostgreSQL %.1f s, Kafka %.1f s)%n",
                    toHealthy, postgresSeconds, kafkaSeconds));
        } else {
            out.append(String.format(Locale.ROOT, "TripAvail local stack FAILED after %.1f s: %s%n", toHealthy,
                    failed.stream().map(f -> f.name() + " " + f.reason()).collect(Collectors.joining("; "))));
        }
        out.append(String.format(Locale.ROOT, "Resident memory (VmRSS): %d MiB in all — %s%n", totalMiB,
                rss.entrySet().stream().map(e -> e.getKey() + " " + Math.round(e.getValue() / 1024.0))
                        .collect(Collectors.joining(", "))));
        if (!ok) {
            out.append("Logs: ").append(options.dataDir().resolve("logs")).append(System.lineSeparator());
        } else {
            out.append("Services:").append(System.lineSeparator());
            if (services.isEmpty()) {
                out.append("  (none started)").append(System.lineSeparator());
            }
            for (ServiceProcess service : services) {
                out.append(String.format(Locale.ROOT, "  %-30s %s   OpenAPI %s/v3/api-docs%n", service.spec.name(), service.baseUrl(), service.baseUrl()));
            }
            for (Outcome skip : skipped) {
                out.append(String.format(Locale.ROOT, "  %-30s skipped: %s%n", skip.name(), skip.reason()));
            }
            out.append("Kafka bootstrap:  ").append(kafka.bootstrapServers()).append("  (topics ").append(String.join(", ", TOPICS)).append(')').append(System.lineSeparator());
            out.append("PostgreSQL:       ").append(jdbcBase).append("<database>  (").append(String.join(", ", DATABASES))
                    .append("; user postgres, password postgres — trust authentication, so any password is accepted)").append(System.lineSeparator());
            out.append("Seed accounts (log in by OTP; read the code with GET ").append(onboardingUrl).append("/api/dev/messages?to=<email>):")
                    .append(System.lineSeparator());
            for (String[] account : SEED_ACCOUNTS) {
                out.append(String.format(Locale.ROOT, "  %-26s %s%n", account[0], account[1]));
            }
            out.append("Data: ").append(options.dataDir()).append(" (kept across restarts; --clean wipes it)").append(System.lineSeparator());
            out.append("Logs: ").append(options.dataDir().resolve("logs"))
                    .append(" (<service>.log, postgres.log, launcher.log for Kafka and the launcher)").append(System.lineSeparator());
        }
        System.out.print(out);

        writeLastStart(ok, toHealthy, rss, totalMiB, jdbcBase, onboardingUrl);
    }

    private void writeLastStart(boolean ok, double toHealthy, Map<String, Long> rss, long totalMiB, String jdbcBase,
                                String onboardingUrl) throws IOException {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"ok\": ").append(ok).append(",\n");
        json.append("  \"finishedAt\": ").append(quote(Instant.now().toString())).append(",\n");
        json.append("  \"secondsToHealthy\": ").append(ok ? round1(toHealthy) : "null").append(",\n");
        json.append("  \"secondsSinceLauncherStart\": ").append(round1(toHealthy)).append(",\n");
        json.append("  \"postgresSeconds\": ").append(round1(postgresSeconds)).append(",\n");
        json.append("  \"kafkaSeconds\": ").append(round1(kafkaSeconds)).append(",\n");
        json.append("  \"rssMiB\": ").append(totalMiB).append(",\n");
        json.append("  \"rssMiBByProcess\": {").append(rss.entrySet().stream()
                .map(e -> quote(e.getKey()) + ": " + Math.round(e.getValue() / 1024.0)).collect(Collectors.joining(", "))).append("},\n");
        json.append("  \"kafkaBootstrap\": ").append(quote(kafka.bootstrapServers())).append(",\n");
        json.append("  \"postgresJdbcUrl\": ").append(quote(jdbcBase)).append(",\n");
        json.append("  \"postgresUser\": \"postgres\",\n  \"postgresPassword\": \"postgres\",\n");
        json.append("  \"databases\": [").append(DATABASES.stream().map(LocalStack::quote).collect(Collectors.joining(", "))).append("],\n");
        json.append("  \"topics\": [").append(TOPICS.stream().map(LocalStack::quote).collect(Collectors.joining(", "))).append("],\n");
        json.append("  \"devMailbox\": ").append(quote(onboardingUrl + "/api/dev/messages?to=")).append(",\n");
        json.append("  \"seedAccounts\": [").append(SEED_ACCOUNTS.stream()
                .map(a -> "{\"email\": " + quote(a[0]) + ", \"role\": " + quote(a[1]) + "}").collect(Collectors.joining(", "))).append("],\n");
        json.append("  \"services\": [");
        json.append(services.stream().map(s -> "\n    {\"name\": " + quote(s.spec.name()) + ", \"port\": " + s.spec.port()
                + ", \"url\": " + quote(s.baseUrl()) + ", \"apiDocs\": " + quote(s.baseUrl() + "/v3/api-docs")
                + ", \"healthy\": " + (s.healthyNanos != 0)
                + ", \"secondsToHealthy\": " + (s.healthyNanos != 0 ? round1(seconds(s.healthyNanos - s.startedNanos)) : "null")
                + ", \"pid\": " + s.pid() + ", \"log\": " + quote(s.logFile.toString()) + "}").collect(Collectors.joining(",")));
        json.append(services.isEmpty() ? "],\n" : "\n  ],\n");
        json.append("  \"skipped\": [").append(outcomes(skipped)).append("],\n");
        json.append("  \"failed\": [").append(outcomes(failed)).append("]\n");
        json.append("}\n");
        Files.writeString(options.dataDir().resolve("last-start.json"), json, StandardCharsets.UTF_8);
    }

    /** VmRSS in KiB: the launcher (with Kafka in it), PostgreSQL (postmaster and its backends), each service (with its descendants). */
    Map<String, Long> residentMemoryKiB() {
        Map<String, Long> rss = new LinkedHashMap<>();
        rss.put("launcher+kafka", vmRssKiB(ProcessHandle.current().pid()));
        postgres.postmasterPid().flatMap(ProcessHandle::of).ifPresent(pm -> rss.put("postgres", treeRssKiB(pm)));
        for (ServiceProcess service : services) {
            rss.put(service.spec.name(), treeRssKiB(service.process.toHandle()));
        }
        return rss;
    }

    private static long treeRssKiB(ProcessHandle root) {
        return vmRssKiB(root.pid()) + root.descendants().mapToLong(p -> vmRssKiB(p.pid())).sum();
    }

    static long vmRssKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not Linux
        }
        return 0;
    }

    // ---------------------------------------------------------------------------------------------------- stop

    /** Services first (SIGTERM, then SIGKILL after 20 s), then Kafka, then PostgreSQL. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopping = true;
        List<ServiceProcess> running = services.stream().filter(s -> s.process.isAlive()).toList();
        if (!running.isEmpty()) {
            System.out.println("Stopping " + running.stream().map(s -> s.spec.name()).collect(Collectors.joining(", ")) + " …");
            running.forEach(ServiceProcess::stop);
            long deadline = System.nanoTime() + STOP_GRACE.toNanos();
            for (ServiceProcess service : running) {
                try {
                    long left = Math.max(0, deadline - System.nanoTime());
                    if (!service.awaitExit(left, TimeUnit.NANOSECONDS)) {
                        System.out.println(service.spec.name() + " did not stop within " + STOP_GRACE.toSeconds() + " s: killing it");
                        service.kill();
                        service.awaitExit(10, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    service.kill();
                }
            }
        }
        if (kafka != null) {
            System.out.println("Stopping Kafka …");
            try {
                kafka.close();
            } catch (RuntimeException e) {
                System.err.println("Kafka did not stop cleanly: " + e);
            }
            kafka = null;
        }
        if (postgres != null) {
            System.out.println("Stopping PostgreSQL …");
            try {
                postgres.close();
            } catch (IOException | RuntimeException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e);
            }
            postgres = null;
        }
        if (ownsPidsFile) { // not when this launcher refused to start because another one runs
            try {
                Files.deleteIfExists(options.dataDir().resolve("run.pids"));
            } catch (IOException e) {
                // nothing to do
            }
            System.out.println("Local stack stopped.");
        }
    }

    /** SIGINT/SIGTERM/SIGHUP: stop everything in order and exit 0; a second signal kills the services and exits at once. */
    private static void handleSignals(LocalStack stack) {
        AtomicInteger signals = new AtomicInteger();
        for (String name : List.of("INT", "TERM", "HUP")) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                    if (signals.incrementAndGet() == 1) {
                        System.out.println();
                        System.out.println("SIG" + name + ": stopping the local stack (again to force) …");
                        new Thread(() -> System.exit(0), "local-stack-exit").start();
                    } else {
                        System.out.println("Forced stop: killing the services; PostgreSQL is stopped on the next start.");
                        stack.services.forEach(ServiceProcess::kill);
                        Runtime.getRuntime().halt(1);
                    }
                });
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // this signal cannot be handled here: the JVM's default (shutdown hooks) applies
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    PostgresNode postgres() {
        return postgres;
    }

    KafkaNode kafka() {
        return kafka;
    }

    private void writePids() throws IOException {
        ownsPidsFile = true;
        StringBuilder pids = new StringBuilder("# processes of the running local stack (removed when it stops)\n");
        pids.append("launcher=").append(ProcessHandle.current().pid()).append('\n');
        for (ServiceProcess service : services) {
            pids.append("service.").append(service.spec.name()).append('=').append(service.pid()).append('\n');
        }
        Files.writeString(options.dataDir().resolve("run.pids"), pids, StandardCharsets.UTF_8);
    }

    private static Optional<ProcessHandle> javaProcess(String pid) {
        if (pid == null || pid.isBlank()) {
            return Optional.empty();
        }
        try {
            return ProcessHandle.of(Long.parseLong(pid.trim())).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().orElse("").endsWith("/java"));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Why this jar cannot be run (missing, or not an executable jar), or null. */
    static String jarProblem(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return "jar " + jar + " is missing";
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getManifest() == null || file.getManifest().getMainAttributes().getValue("Main-Class") == null) {
                return "jar " + jar + " is not executable (no Main-Class in its manifest)";
            }
        } catch (IOException e) {
            return "jar " + jar + " is not a valid jar (" + e.getMessage() + ")";
        }
        return null;
    }

    private static int resolvePort(int port, String what, String option) throws IOException {
        if (port == 0) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }
        if (!portFree(port)) {
            throw new IllegalStateException("port " + port + " on 127.0.0.1 (" + what + ") is already in use — is another local stack"
                    + " running? Stop it, or choose another port with " + option);
        }
        return port;
    }

    static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String outcomes(List<Outcome> outcomes) {
        return outcomes.stream().map(o -> "{\"name\": " + quote(o.name()) + ", \"reason\": " + quote(o.reason()) + "}")
                .collect(Collectors.joining(", "));
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String round1(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
