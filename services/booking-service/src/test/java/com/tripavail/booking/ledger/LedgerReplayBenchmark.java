package com.tripavail.booking.ledger;

import static com.tripavail.booking.ledger.BookingEventStories.inr;

import com.tripavail.booking.BookingApplication;
import com.tripavail.booking.BookingTestConfiguration;
import com.tripavail.booking.event.BookedProduct;
import com.tripavail.booking.event.BookingCancelledEvent;
import com.tripavail.booking.event.BookingConfirmedEvent;
import com.tripavail.booking.event.BookingHeldEvent;
import com.tripavail.booking.event.BookingHoldExpiredEvent;
import com.tripavail.booking.event.BookingPaymentRefusedEvent;
import com.tripavail.booking.event.BookingPaymentStartedEvent;
import com.tripavail.booking.event.BookingQuotedEvent;
import com.tripavail.booking.event.CancelledBy;
import com.tripavail.booking.event.PaymentCapturedEvent;
import com.tripavail.booking.event.PaymentInitiatedEvent;
import com.tripavail.booking.event.PaymentRefundedEvent;
import com.tripavail.booking.event.PriceBreakdown;
import com.tripavail.booking.event.ProductType;
import com.tripavail.booking.event.RefundSplit;
import com.tripavail.booking.query.ledger.LedgerProjection;
import com.tripavail.booking.query.ledger.LedgerQueries;
import com.tripavail.contracts.Money;
import com.tripavail.testsupport.TestInfrastructureInitializer;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ledger replay speed (issue 4, "Benchmark"): events/s of the {@code ledger} tracking processor
 * rebuilding the ledger from ≥ 1,000,000 stored booking and payment events. Run by
 * {@code deploy/loadtest/ledger-replay-benchmark.sh}; not a test ({@code ./mvnw verify} skips it).
 *
 * <p>Starts the booking service (its Spring context) on the embedded PostgreSQL and Kafka of
 * test-support, stops every tracking processor (so the saga, the publisher and the other
 * projections stay out of the measurement), then writes the events straight into
 * {@code domainevententry} with PostgreSQL's COPY: real events serialized by the service's own
 * event serializer, in booking lifecycles (quoted, held, payment started, payment initiated and
 * captured, confirmed; some cancelled and refunded; some paid after expiry and refunded whole).
 * Then, per round, it resets the {@code ledger} processor's tokens (its reset handler truncates
 * the table), starts it, and times it until its token reaches the head of the event store;
 * finally it checks the rebuilt ledger: the expected number of entries and debits = credits per
 * booking and in total. Each round also reports the CPU time spent in the service's JVM and in
 * PostgreSQL, and the load average: on a shared machine those say what the wall time cannot.
 *
 * <pre>--events 1000000   events to store (at least; whole lifecycles)
 * --mix lifecycle    lifecycle | ledger (only the events the ledger posts: confirmations, refunds, late payments)
 * --rounds 2         replays; the first warms the JIT up, every round is reported</pre>
 */
public final class LedgerReplayBenchmark {

    static final Instant AT = Instant.parse("2030-01-01T00:00:00Z");

    public static void main(String[] args) {
        try {
            run(options(args));
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(2); // the embedded Kafka broker's threads would keep the JVM alive
        }
        System.exit(0);
    }

    static void run(Map<String, String> options) throws Exception {
        long target = Long.parseLong(options.getOrDefault("events", "1000000"));
        boolean ledgerOnly = options.getOrDefault("mix", "lifecycle").equals("ledger");
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "2"));

        System.out.println("starting embedded PostgreSQL and Kafka, then the booking service...");
        ConfigurableApplicationContext service = new SpringApplicationBuilder(BookingApplication.class,
                BookingTestConfiguration.class)
                .initializers(new TestInfrastructureInitializer())
                .run("--server.port=0", "--logging.level.root=WARN", "--logging.level.com.tripavail=WARN",
                        "--spring.application.name=ledger_benchmark");
        try {
            EventProcessingConfiguration processing = service.getBean(EventProcessingConfiguration.class);
            for (EventProcessor processor : processing.eventProcessors().values()) {
                if (processor instanceof StreamingEventProcessor) {
                    processor.shutDown();
                }
            }
            StreamingEventProcessor ledger = processing.eventProcessor(LedgerProjection.PROCESSING_GROUP,
                    StreamingEventProcessor.class).orElseThrow();
            EventStore eventStore = service.getBean(EventStore.class);
            DataSource dataSource = service.getBean(DataSource.class);
            Serializer serializer = service.getBean("eventSerializer", Serializer.class);

            long begin = System.nanoTime();
            Generated generated = store(dataSource, serializer, target, ledgerOnly);
            double storeSeconds = (System.nanoTime() - begin) / 1e9;
            System.out.printf("stored %,d events (%,d of them posted by the ledger, %,d entries expected) in %.1f s "
                    + "(%,.0f events/s)%n", generated.events(), generated.ledgerEvents(), generated.entries(),
                    storeSeconds, generated.events() / storeSeconds);
            vacuum(dataSource);

            long head = eventStore.createHeadToken().position().orElseThrow();
            int postgresPort = postgresPort(dataSource);
            LedgerQueries queries = service.getBean(LedgerQueries.class);
            List<String> results = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                ledger.resetTokens();
                CpuTime cpuBefore = CpuTime.now(postgresPort);
                long start = System.nanoTime();
                ledger.start();
                awaitPosition(ledger, head);
                double seconds = (System.nanoTime() - start) / 1e9;
                CpuTime cpu = CpuTime.now(postgresPort).minus(cpuBefore);
                ledger.shutDown();
                long entries = count(dataSource);
                LedgerQueries.LedgerBalance balance = queries.balance();
                String line = String.format("round %d: %,d events replayed in %.2f s = %,.0f events/s "
                                + "(%,.0f ledger events/s, %,.0f entries/s); %,d entries (expected %,d); balanced: %s; "
                                + "CPU %.1f s in the service's JVM, %.1f s in PostgreSQL; load average %.1f",
                        round, generated.events(), seconds, generated.events() / seconds,
                        generated.ledgerEvents() / seconds, entries / seconds, entries, generated.entries(),
                        balance.balanced() && balance.unbalancedBookings().isEmpty(), cpu.jvmSeconds(),
                        cpu.postgresSeconds(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                System.out.println(line);
                results.add(line);
                if (entries != generated.entries() || !balance.balanced()) {
                    throw new IllegalStateException("the rebuilt ledger is wrong: " + line);
                }
            }
            System.out.println();
            System.out.printf("ledger replay, mix %s, batch size %s:%n", ledgerOnly ? "ledger" : "lifecycle",
                    service.getEnvironment().getProperty("axon.eventhandling.processors.ledger.batch-size"));
            results.forEach(System.out::println);
        } finally {
            service.close();
        }
    }

    record Generated(long events, long ledgerEvents, long entries) {
    }

    /**
     * CPU time of this JVM and of the PostgreSQL server (the postmaster listening on the service's
     * port, its live processes and those it has reaped): on a shared machine the wall time of a
     * round depends on who else runs, its CPU time much less. Linux only (0 elsewhere).
     */
    record CpuTime(double jvmSeconds, double postgresSeconds) {

        static CpuTime now(int postgresPort) {
            double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1e9;
            long ticks = 0;
            try (var processes = Files.list(Path.of("/proc"))) {
                List<long[]> stats = processes.filter(dir -> dir.getFileName().toString().matches("\\d+"))
                        .map(CpuTime::stat).filter(stat -> stat.length > 0).toList();
                long postmaster = stats.stream().filter(stat -> isPostmaster(stat[0], postgresPort))
                        .mapToLong(stat -> stat[0]).findFirst().orElse(-1);
                for (long[] stat : stats) {
                    if (stat[0] == postmaster) {
                        ticks += stat[2] + stat[3] + stat[4] + stat[5];
                    } else if (stat[1] == postmaster) {
                        ticks += stat[2] + stat[3];
                    }
                }
            } catch (IOException e) {
                ticks = 0;
            }
            return new CpuTime(jvm, ticks / 100.0);
        }

        CpuTime minus(CpuTime earlier) {
            return new CpuTime(jvmSeconds - earlier.jvmSeconds, postgresSeconds - earlier.postgresSeconds);
        }

        /** pid, ppid, utime, stime, cutime, cstime (clock ticks, 1/100 s); empty when gone. */
        private static long[] stat(Path dir) {
            try {
                String stat = Files.readString(dir.resolve("stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return new long[] {Long.parseLong(dir.getFileName().toString()), Long.parseLong(fields[1]),
                        Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
                        Long.parseLong(fields[14])};
            } catch (IOException | RuntimeException e) {
                return new long[0];
            }
        }

        private static boolean isPostmaster(long pid, int port) {
            try {
                List<String> args = List.of(Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"))
                        .split("\u0000"));
                int p = args.indexOf("-p");
                return !args.isEmpty() && args.getFirst().endsWith("/postgres") && p > 0 && p + 1 < args.size()
                        && args.get(p + 1).equals(Integer.toString(port));
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
    }

    /** Writes whole booking lifecycles with COPY until at least {@code target} events are stored. */
    static Generated store(DataSource dataSource, Serializer serializer, long target, boolean ledgerOnly)
            throws Exception {
        byte[] metaData = serializer.serialize(MetaData.emptyInstance(), byte[].class).getData();
        String metaHex = "\\\\x" + HexFormat.of().formatHex(metaData);
        long events = 0;
        long ledgerEvents = 0;
        long entries = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder rows = new StringBuilder(8 << 20);
            for (long n = 0; events < target; n++) {
                Lifecycle lifecycle = new Lifecycle(n, serializer, metaHex, rows);
                lifecycle.write(ledgerOnly);
                events += lifecycle.events;
                ledgerEvents += lifecycle.ledgerEvents;
                entries += lifecycle.entries;
                if (rows.length() > (6 << 20)) {
                    flush(copy, rows);
                }
            }
            flush(copy, rows);
        }
        return new Generated(events, ledgerEvents, entries);
    }

    private static void flush(CopyManager copy, StringBuilder rows) throws Exception {
        if (rows.isEmpty()) {
            return;
        }
        try (Reader reader = new StringReader(rows.toString())) {
            copy.copyIn("COPY domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, "
                    + "payload, payloadrevision, payloadtype, timestamp) FROM STDIN", reader);
        }
        rows.setLength(0);
    }

    /** One booking's events (and its payment's), as COPY text rows. */
    static final class Lifecycle {

        final long n;
        final Serializer serializer;
        final String metaHex;
        final StringBuilder rows;
        long events;
        long ledgerEvents;
        long entries;

        Lifecycle(long n, Serializer serializer, String metaHex, StringBuilder rows) {
            this.n = n;
            this.serializer = serializer;
            this.metaHex = metaHex;
            this.rows = rows;
        }

        void write(boolean ledgerOnly) {
            String booking = "bench-booking-" + n;
            String payment = "bench-payment-" + n;
            String traveler = "bench-traveler-" + (n % 5000);
            String provider = "bench-provider-" + (n % 200);
            Instant at = AT.plusSeconds(n * 7);
            LocalDate checkIn = LocalDate.of(2030, 3, 1).plusDays(n % 300);
            BookedProduct product = new BookedProduct(ProductType.STAY, "room-" + provider, null, "listing-" + provider,
                    "Bench Hotel — Deluxe Room", "Jaipur", checkIn, checkIn.plusDays(2), "Asia/Kolkata");
            PriceBreakdown price = BookingEventStories.price(product);
            Money total = price.total();
            int kind = (int) (n % 20); // 0-2: cancelled by the guest, 3: by the provider, 4: paid too late
            long bookingSequence = 0;
            long paymentSequence = 0;
            if (kind == 4) {
                if (!ledgerOnly) {
                    event("Booking", booking, bookingSequence++, new BookingQuotedEvent(booking, traveler, provider,
                            product, 2, 3, price, BookingEventStories.POLICY, at), 0, 0);
                    event("Booking", booking, bookingSequence++, new BookingHeldEvent(booking, "hold-" + n, price,
                            at.plusSeconds(960), at.plusSeconds(60)), 0, 0);
                    event("Booking", booking, bookingSequence++, new BookingPaymentStartedEvent(booking, payment,
                            "simulated", total, at.plusSeconds(900)), 0, 0);
                    event("Payment", payment, paymentSequence++, new PaymentInitiatedEvent(payment, booking, traveler,
                            provider, "simulated", total, at.plusSeconds(900)), 0, 0);
                    event("Booking", booking, bookingSequence++, new BookingHoldExpiredEvent(booking, "hold-" + n,
                            payment, at.plusSeconds(960)), 0, 0);
                    event("Payment", payment, paymentSequence++, new PaymentCapturedEvent(payment, booking, "simulated",
                            "txn-" + n, total, at.plusSeconds(970)), 0, 0);
                }
                event("Booking", booking, bookingSequence++, new BookingPaymentRefusedEvent(booking, payment, traveler,
                        provider, total, "the hold had expired", at.plusSeconds(975)), 1, 2);
                event("Payment", payment, paymentSequence++, new PaymentRefundedEvent(payment, booking, "refund-" + n,
                        traveler, provider, new RefundSplit(total, inr("0.00"), inr("0.00"), total),
                        "the hold had expired", at.plusSeconds(1000)), 1, 2);
                return;
            }
            if (!ledgerOnly) {
                event("Booking", booking, bookingSequence++, new BookingQuotedEvent(booking, traveler, provider, product,
                        2, 3, price, BookingEventStories.POLICY, at), 0, 0);
                event("Booking", booking, bookingSequence++, new BookingHeldEvent(booking, "hold-" + n, price,
                        at.plusSeconds(960), at.plusSeconds(60)), 0, 0);
                event("Booking", booking, bookingSequence++, new BookingPaymentStartedEvent(booking, payment,
                        "simulated", total, at.plusSeconds(200)), 0, 0);
                event("Payment", payment, paymentSequence++, new PaymentInitiatedEvent(payment, booking, traveler,
                        provider, "simulated", total, at.plusSeconds(200)), 0, 0);
                event("Payment", payment, paymentSequence++, new PaymentCapturedEvent(payment, booking, "simulated",
                        "txn-" + n, total, at.plusSeconds(290)), 0, 0);
            }
            event("Booking", booking, bookingSequence++, new BookingConfirmedEvent(booking, "hold-" + n, payment,
                    traveler, provider, product, 2, 3, price, BookingEventStories.POLICY, at.plusSeconds(300)), 1, 3);
            if (kind <= 3) {
                CancelledBy by = kind == 3 ? CancelledBy.PROVIDER : CancelledBy.GUEST;
                RefundSplit refund = by == CancelledBy.PROVIDER
                        ? new RefundSplit(total, price.providerEarnings(), price.commission(), inr("0.00"))
                        : new RefundSplit(inr("5650.00"), inr("5100.00"), inr("550.00"), inr("0.00"));
                if (!ledgerOnly) {
                    event("Booking", booking, bookingSequence++, new BookingCancelledEvent(booking, "hold-" + n, by,
                            "change of plans", payment, refund, traveler, provider, at.plusSeconds(3600)), 0, 0);
                }
                event("Payment", payment, paymentSequence++, new PaymentRefundedEvent(payment, booking, "refund-" + n,
                        traveler, provider, refund, "cancelled", at.plusSeconds(3700)), 1, 3);
            }
        }

        private void event(String type, String aggregateId, long sequence, Object payload, int ledgerEvent,
                           int ledgerEntries) {
            byte[] data = serializer.serialize(payload, byte[].class).getData();
            rows.append(aggregateId).append('\t').append(sequence).append('\t').append(type).append('\t')
                    .append(UUID.randomUUID()).append('\t').append(metaHex).append('\t')
                    .append("\\\\x").append(HexFormat.of().formatHex(data)).append('\t')
                    .append("\\N").append('\t').append(payload.getClass().getName()).append('\t')
                    .append(AT.plusSeconds(n * 7)).append('\n');
            events++;
            ledgerEvents += ledgerEvent;
            entries += ledgerEntries;
        }
    }

    private static void vacuum(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("VACUUM ANALYZE domainevententry");
        }
    }

    private static int postgresPort(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return java.net.URI.create(connection.getMetaData().getURL().substring("jdbc:".length())).getPort();
        }
    }

    private static long count(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM ledger_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Waits until every segment of the processor has reached {@code head}. */
    private static void awaitPosition(StreamingEventProcessor processor, long head) throws InterruptedException {
        while (true) {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            if (!status.isEmpty() && status.values().stream()
                    .allMatch(s -> s.getCurrentPosition().orElse(-1) >= head)) {
                return;
            }
            if (status.values().stream().anyMatch(EventTrackerStatus::isErrorState)) {
                throw new IllegalStateException("the ledger processor failed: " + status);
            }
            Thread.sleep(20);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: [--events N] [--mix lifecycle|ledger] [--rounds N]");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
