package com.tripavail.loadtest;

import com.tripavail.contracts.Money;
import com.tripavail.testsupport.PostgresInstance;
import com.tripavail.testsupport.TestInfrastructure;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Holds per second on the event-sourced calendar against the seed's design, on the same
 * PostgreSQL in the same run (issue 3, "Benchmark"). Run by {@code deploy/loadtest/holds-benchmark.sh}.
 *
 * <p>(a) The service's hold path, in-process: the inventory service's Spring context on an
 * embedded PostgreSQL (and an embedded Kafka broker, so its publication and consumers run as in
 * production), {@code HoldDesk.hold} — the code behind both the Kafka consumer and
 * {@code POST /api/holds} — called from the client threads: routing lookup, hold registry,
 * command bus, aggregate (cached), event append and commit. Its projections and the Kafka
 * publisher run meanwhile, on the same 2 cores.
 *
 * <p>(b) The baseline: table {@code bench_inventory_nights} in the same database, one transaction
 * per hold with {@code UPDATE … SET available_units = available_units - :n WHERE room_id = :id AND
 * date = :night AND available_units >= :n} for every night, rolled back if any night is short.
 *
 * <p>Both use the same number of client threads and a connection pool of the same size
 * ({@code --pool}, also the service's pool). Each hold asks for 1 unit of 3 nights. Afterwards the
 * held units are counted from the store of each design (the calendar's RoomsHeldEvents in the
 * event table; capacity minus available_units) and compared with the capacity and with what the
 * clients were told: oversold must be 0.
 */
public final class HoldsBenchmark {

    static final LocalDate FIRST_NIGHT = LocalDate.of(2027, 9, 1);
    static final int NIGHTS = 3;
    static final Instant AT = Instant.parse("2026-11-01T00:00:00Z");

    record Result(String name, long attempts, long granted, long rejected, long errors, double seconds,
                  long oversold, String check) {

        double perSecond() {
            return attempts / seconds;
        }
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(2); // the embedded Kafka broker's threads would keep the JVM alive
        }
    }

    static void run(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        int clients = Integer.parseInt(options.getOrDefault("clients", "64"));
        int pool = Integer.parseInt(options.getOrDefault("pool", "12"));
        long hotAttempts = Long.parseLong(options.getOrDefault("hot-attempts", "100000"));
        int hotUnits = Integer.parseInt(options.getOrDefault("hot-units", "90000"));
        long spreadAttempts = Long.parseLong(options.getOrDefault("spread-attempts", "50000"));
        int spreadRoomTypes = Integer.parseInt(options.getOrDefault("room-types", "200"));
        int spreadUnits = Integer.parseInt(options.getOrDefault("spread-units", "250"));
        long warmup = Long.parseLong(options.getOrDefault("warmup", "5000"));

        System.out.printf("starting embedded PostgreSQL and Kafka, then the inventory service (pool %d)...%n", pool);
        PostgresInstance postgres = TestInfrastructure.postgres();
        String bootstrap = TestInfrastructure.kafka().bootstrapServers();
        String database = postgres.createDatabase("holds_benchmark");
        ConfigurableApplicationContext service = startService(postgres, database, bootstrap, pool);
        HikariDataSource baselineDb = baselinePool(postgres, database, pool);
        try {
            Service es = new Service(service);
            Baseline baseline = new Baseline(baselineDb);
            List<Result> results = new ArrayList<>();

            // Warm-up of both paths (JIT, pools, caches) on room types of their own; not reported.
            System.out.printf("warm-up: %d attempts on each path%n", warmup);
            String warmRoom = es.calendar("warm", warmup * 2);
            baseline.create(List.of("warm"), (int) (warmup * 2));
            race("warm-es", clients, warmup, i -> es.hold(warmRoom, i));
            es.awaitProcessors();
            race("warm-baseline", clients, warmup, i -> baseline.hold("warm", i));

            // 1. one hot room type, 64 clients
            String hot = es.calendar("hot", hotUnits);
            baseline.create(List.of("hot"), hotUnits);
            es.awaitProcessors();
            Result esHot = race("event-sourced, 1 hot room type", clients, hotAttempts, i -> es.hold(hot, i));
            es.awaitProcessors();
            results.add(es.check(esHot, List.of(hot), hotUnits));
            Result baseHot = race("baseline UPDATE, 1 hot room type", clients, hotAttempts, i -> baseline.hold("hot", i));
            results.add(baseline.check(baseHot, List.of("hot"), hotUnits));

            // 2. spread over many room types
            List<String> esRooms = new ArrayList<>();
            List<String> baseRooms = new ArrayList<>();
            for (int r = 0; r < spreadRoomTypes; r++) {
                esRooms.add(es.calendar("spread-" + r, spreadUnits));
                baseRooms.add("spread-" + r);
            }
            baseline.create(baseRooms, spreadUnits);
            es.awaitProcessors();
            Result esSpread = race("event-sourced, " + spreadRoomTypes + " room types", clients, spreadAttempts,
                    i -> es.hold(esRooms.get(ThreadLocalRandom.current().nextInt(esRooms.size())), i));
            es.awaitProcessors();
            results.add(es.check(esSpread, esRooms, spreadUnits));
            Result baseSpread = race("baseline UPDATE, " + spreadRoomTypes + " room types", clients, spreadAttempts,
                    i -> baseline.hold(baseRooms.get(ThreadLocalRandom.current().nextInt(baseRooms.size())), i));
            results.add(baseline.check(baseSpread, baseRooms, spreadUnits));

            System.out.println();
            System.out.printf("%-40s %9s %9s %9s %6s %8s %10s %9s%n", "scenario (" + clients + " clients, pool " + pool + ")",
                    "attempts", "granted", "rejected", "errors", "seconds", "holds/s", "oversold");
            for (Result r : results) {
                System.out.printf("%-40s %9d %9d %9d %6d %8.1f %10.0f %9d   %s%n", r.name(), r.attempts(), r.granted(),
                        r.rejected(), r.errors(), r.seconds(), r.perSecond(), r.oversold(), r.check());
            }
            System.out.printf("%nratio event-sourced / baseline: hot room type %.2f, spread %.2f%n",
                    esHot.perSecond() / baseHot.perSecond(), esSpread.perSecond() / baseSpread.perSecond());
            long oversold = results.stream().mapToLong(Result::oversold).sum();
            long attempts = results.stream().mapToLong(Result::attempts).sum();
            System.out.printf("oversold units: %d across %d attempts%n", oversold, attempts);
            if (oversold != 0 || results.stream().anyMatch(r -> r.errors() > 0)) {
                System.exit(1);
            }
        } finally {
            baselineDb.close();
            service.close();
        }
        System.exit(0);
    }

    interface Attempt {
        /** @return true if held, false if refused; throws on an error */
        boolean run(long index) throws Exception;
    }

    static Result race(String name, int clients, long attempts, Attempt attempt) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong granted = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().name("client-" + c).start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (long i = next.getAndIncrement(); i < attempts; i = next.getAndIncrement()) {
                    try {
                        (attempt.run(i) ? granted : rejected).incrementAndGet();
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 3) {
                            e.printStackTrace();
                        }
                    }
                }
            }));
        }
        long begin = System.nanoTime();
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        if (!name.startsWith("warm")) {
            System.out.printf("  %-40s %.0f holds/s (%d granted, %d rejected, %d errors, %.1f s)%n", name,
                    attempts / seconds, granted.get(), rejected.get(), errors.get(), seconds);
        }
        return new Result(name, attempts, granted.get(), rejected.get(), errors.get(), seconds, 0, "");
    }

    // ---- (a) the inventory service, in-process -------------------------------------------------------

    static ConfigurableApplicationContext startService(PostgresInstance postgres, String database, String bootstrap,
                                                       int pool) throws ClassNotFoundException {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", postgres.jdbcUrl(database));
        properties.put("spring.datasource.username", postgres.username());
        properties.put("spring.datasource.password", postgres.password());
        properties.put("spring.datasource.hikari.maximum-pool-size", pool);
        properties.put("spring.kafka.bootstrap-servers", bootstrap);
        properties.put("server.port", 0);
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.com.tripavail", "WARN");
        Class<?> application = Class.forName("com.tripavail.inventory.InventoryApplication");
        // as command-line arguments, so they win over the service's application.yml
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(application).run(arguments);
    }

    /** Drives the service's own beans; its classes are on the classpath at run time only (see the script). */
    static final class Service {

        private final CommandGateway commands;
        private final Object tables;
        private final Object desk;
        private final Method hold;
        private final Constructor<?> holdRequest;
        private final Class<?> held;
        private final javax.sql.DataSource dataSource;
        private final org.axonframework.config.EventProcessingConfiguration processors;
        private final org.axonframework.eventsourcing.eventstore.EventStore eventStore;

        Service(ConfigurableApplicationContext context) throws Exception {
            commands = context.getBean(CommandGateway.class);
            tables = context.getBean(Class.forName("com.tripavail.inventory.command.hold.HoldTables"));
            Class<?> deskType = Class.forName("com.tripavail.inventory.command.hold.HoldDesk");
            Class<?> requestType = Class.forName("com.tripavail.inventory.command.hold.HoldRequest");
            desk = context.getBean(deskType);
            hold = deskType.getMethod("hold", requestType);
            holdRequest = requestType.getDeclaredConstructors()[0];
            held = Class.forName("com.tripavail.inventory.command.hold.HoldOutcome$Held");
            dataSource = context.getBean(javax.sql.DataSource.class);
            processors = context.getBean(org.axonframework.config.EventProcessingConfiguration.class);
            eventStore = context.getBean(org.axonframework.eventsourcing.eventstore.EventStore.class);
        }

        /**
         * Waits until the service's tracking processors (projections, Kafka publication) have caught up with
         * the event store, so their backlog does not run during the next measurement; prints how long it took.
         */
        void awaitProcessors() throws InterruptedException {
            long begin = System.nanoTime();
            long head = eventStore.createHeadToken().position().orElse(0);
            for (var processor : processors.eventProcessors().values()) {
                if (!(processor instanceof org.axonframework.eventhandling.StreamingEventProcessor streaming)) {
                    continue;
                }
                while (streaming.processingStatus().isEmpty() || streaming.processingStatus().values().stream()
                        .anyMatch(s -> s.getCurrentPosition().orElse(-1) < head)) {
                    Thread.sleep(50);
                }
            }
            System.out.printf("    (tracking processors caught up in %.1f s)%n", (System.nanoTime() - begin) / 1e9);
        }

        /**
         * A published room type with {@value #NIGHTS} nights open at {@code units}, made as the service's catalogue
         * follower makes one: its routing row ({@code HoldTables.addRoomType}), {@code CreateRoomCalendarCommand},
         * saleable, then {@code OpenRoomNightsCommand}.
         */
        String calendar(String name, long units) throws Exception {
            String roomTypeId = "bench-" + name;
            String listingId = "bench-listing-" + name;
            tables.getClass().getMethod("addRoomType", String.class, String.class, String.class)
                    .invoke(tables, roomTypeId, listingId, "bench-provider");
            commands.sendAndWait(record("com.tripavail.inventory.command.hold.CreateRoomCalendarCommand", roomTypeId,
                    listingId, "bench-provider", "Asia/Kolkata", 2, Money.of("100.00", "INR"), (int) units, true, AT));
            commands.sendAndWait(record("com.tripavail.inventory.command.hold.OpenRoomNightsCommand", roomTypeId,
                    FIRST_NIGHT, FIRST_NIGHT.plusDays(NIGHTS - 1L), (int) units, null, AT));
            return roomTypeId;
        }

        boolean hold(String roomTypeId, long index) throws Exception {
            String holdId = roomTypeId + "-" + index;
            Object request = holdRequest.newInstance(holdId, "booking-" + holdId, "STAY", roomTypeId, null,
                    FIRST_NIGHT, FIRST_NIGHT.plusDays(NIGHTS), 1, 1);
            Object outcome = hold.invoke(desk, request);
            return held.isInstance(outcome);
        }

        /** Held units per night, from the calendars' RoomsHeldEvents in the event table. */
        Result check(Result result, List<String> roomTypeIds, long capacity) throws SQLException {
            long granted = 0;
            long oversold = 0;
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM domainevententry "
                         + "WHERE aggregateidentifier = ? AND payloadtype = 'com.tripavail.inventory.event.RoomsHeldEvent'")) {
                for (String roomTypeId : roomTypeIds) {
                    count.setString(1, roomTypeId);
                    try (ResultSet rs = count.executeQuery()) {
                        rs.next();
                        long held = rs.getLong(1); // each hold: 1 unit of every one of the 3 nights
                        granted += held;
                        oversold += Math.max(0, held - capacity);
                    }
                }
            }
            String check = granted == result.granted()
                    ? "store agrees: " + granted + " holds"
                    : "MISMATCH: store has " + granted + " holds, clients were told " + result.granted();
            return new Result(result.name(), result.attempts(), result.granted(), result.rejected(), result.errors(),
                    result.seconds(), granted == result.granted() ? oversold : Math.max(1, oversold), check);
        }

        private static Object record(String className, Object... args) throws Exception {
            for (Constructor<?> constructor : Class.forName(className).getConstructors()) {
                if (constructor.getParameterCount() == args.length) {
                    return constructor.newInstance(args);
                }
            }
            throw new IllegalArgumentException("no constructor of " + className + " with " + args.length + " arguments");
        }
    }

    // ---- (b) the seed's design -------------------------------------------------------------------------

    static HikariDataSource baselinePool(PostgresInstance postgres, String database, int pool) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.jdbcUrl(database));
        config.setUsername(postgres.username());
        config.setPassword(postgres.password());
        config.setMaximumPoolSize(pool);
        config.setAutoCommit(false);
        config.setPoolName("baseline");
        return new HikariDataSource(config);
    }

    static final class Baseline {

        static final String UPDATE = "UPDATE bench_inventory_nights SET available_units = available_units - ? "
                + "WHERE room_id = ? AND date = ? AND available_units >= ?";

        private final HikariDataSource db;

        Baseline(HikariDataSource db) throws SQLException {
            this.db = db;
            try (Connection connection = db.getConnection(); Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE IF NOT EXISTS bench_inventory_nights (room_id TEXT NOT NULL, date DATE NOT NULL, "
                        + "capacity INTEGER NOT NULL, available_units INTEGER NOT NULL, PRIMARY KEY (room_id, date))");
                connection.commit();
            }
        }

        void create(List<String> rooms, int units) throws SQLException {
            try (Connection connection = db.getConnection();
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO bench_inventory_nights VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (String room : rooms) {
                    for (int n = 0; n < NIGHTS; n++) {
                        insert.setString(1, room);
                        insert.setObject(2, FIRST_NIGHT.plusDays(n));
                        insert.setInt(3, units);
                        insert.setInt(4, units);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
        }

        boolean hold(String room, long index) throws SQLException {
            try (Connection connection = db.getConnection(); PreparedStatement update = connection.prepareStatement(UPDATE)) {
                try {
                    for (int n = 0; n < NIGHTS; n++) {
                        update.setInt(1, 1);
                        update.setString(2, room);
                        update.setObject(3, FIRST_NIGHT.plusDays(n));
                        update.setInt(4, 1);
                        if (update.executeUpdate() == 0) {
                            connection.rollback();
                            return false;
                        }
                    }
                    connection.commit();
                    return true;
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                }
            }
        }

        /** Held units per night = capacity - available_units; negative availability would be an oversell. */
        Result check(Result result, List<String> rooms, long capacity) throws SQLException {
            long heldTotal = 0;
            long oversold = 0;
            try (Connection connection = db.getConnection();
                 PreparedStatement select = connection.prepareStatement(
                         "SELECT capacity - available_units, available_units FROM bench_inventory_nights WHERE room_id = ?")) {
                for (String room : rooms) {
                    select.setString(1, room);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            heldTotal += rs.getLong(1);
                            oversold += Math.max(0, rs.getLong(1) - capacity) + Math.max(0, -rs.getLong(2));
                        }
                    }
                }
                connection.commit();
            }
            long granted = heldTotal / NIGHTS;
            String check = granted == result.granted() && heldTotal % NIGHTS == 0
                    ? "table agrees: " + granted + " holds"
                    : "MISMATCH: table has " + heldTotal + " unit-nights, clients were told " + result.granted();
            return new Result(result.name(), result.attempts(), result.granted(), result.rejected(), result.errors(),
                    result.seconds(), check.startsWith("MISMATCH") ? Math.max(1, oversold) : oversold, check);
        }
    }
}
