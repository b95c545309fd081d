package com.tripavail.loadtest;

import com.tripavail.loadtest.BookingEventTimeline.Seen;
import com.tripavail.loadtest.BookingJourney.Outcome;
import com.tripavail.loadtest.BookingJourney.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.ToDoubleFunction;

/**
 * End-to-end bookings through the REST APIs of the running local stack (issue 4, "Benchmark"):
 * quote → hold → pay → CONFIRMED, across Kafka between booking and inventory and through the
 * simulated payment provider's signed webhook. Run by {@code deploy/loadtest/booking-benchmark.sh}.
 *
 * <p>Setup: tokens of the seeded hotel manager, traveller and admin (OTP through the dev
 * mailbox); a fresh hotel with {@code --rooms} room types of {@code --units} rooms each, open on
 * {@code --nights} nights, published, and quoted by booking. Load: open loop ({@code --rate}
 * bookings started per second, each on its own virtual thread, whatever the answers) or closed
 * loop ({@code --concurrency} travellers booking back to back), for {@code --warmup} seconds, then
 * {@code --seconds} measured. Each booking is a random 1–{@code --max-stay} night stay of one room
 * in a random room type. Only bookings started in the measured window enter the latencies; the
 * sustained rate counts confirmations completed in the window.
 *
 * <p>Also measured in the window: the stages of each booking from its events on Kafka
 * ({@link BookingEventTimeline}), the CPU of each process ({@link ProcessCpu}), and the lag of the
 * services' event processors and Kafka consumers ({@link LagSampler}).
 */
public final class BookingBenchmark {

    private BookingBenchmark() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run(Options.parse(args));
        } catch (Throwable e) {
            e.printStackTrace();
            status = 2;
        }
        System.exit(status); // the HTTP client's and Kafka's threads would keep the JVM alive
    }

    static void run(Map<String, String> options) throws Exception {
        String onboarding = options.getOrDefault("onboarding", "http://127.0.0.1:8081");
        String inventory = options.getOrDefault("inventory", "http://127.0.0.1:8082");
        String booking = options.getOrDefault("booking", "http://127.0.0.1:8083");
        String bootstrap = options.getOrDefault("kafka", "127.0.0.1:9092");
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "0"));
        double rate = Double.parseDouble(options.getOrDefault("rate", concurrency > 0 ? "0" : "200"));
        if ((rate > 0) == (concurrency > 0)) {
            throw new IllegalArgumentException("give either --rate R (open loop) or --concurrency C (closed loop)");
        }
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "20"));
        int rooms = Integer.parseInt(options.getOrDefault("rooms", "50"));
        int units = Integer.parseInt(options.getOrDefault("units", "1000"));
        int nights = Integer.parseInt(options.getOrDefault("nights", "90"));
        int maxStay = Integer.parseInt(options.getOrDefault("max-stay", "3"));
        int waitSeconds = Integer.parseInt(options.getOrDefault("wait", "10"));
        int maxInFlight = Integer.parseInt(options.getOrDefault("max-in-flight", "4000"));
        String card = options.getOrDefault("card", "4242424242424242");
        boolean stages = Boolean.parseBoolean(options.getOrDefault("stages", "true"));

        BenchmarkHttp http = new BenchmarkHttp(Duration.ofSeconds(waitSeconds + 20L));
        OtpLogins logins = new OtpLogins(http, onboarding,
                Path.of(options.getOrDefault("token-cache", "deploy/loadtest/target/booking-benchmark-tokens.properties")),
                token -> http.get(booking + "/api/bookings/token-check", token).status() == 404);
        String hotelToken = logins.token(options.getOrDefault("hotel", "hotel@tripavail.local"));
        String travellerToken = logins.token(options.getOrDefault("traveller", "traveler@tripavail.local"));
        String adminToken = logins.token(options.getOrDefault("admin", "admin@tripavail.local"));

        // two days ahead in the hotel's zone: never "in the past" for booking, whatever the hour
        LocalDate firstNight = LocalDate.now(ZoneId.of("Asia/Kolkata")).plusDays(2);
        long setupStart = System.nanoTime();
        BenchmarkHotel hotel = BenchmarkHotel.create(http, inventory, booking, hotelToken, travellerToken, rooms, units,
                firstNight, nights);
        System.out.printf("hotel ready in %.1f s: listing %s, %d room types × %d rooms, nights %s … %s%n",
                (System.nanoTime() - setupStart) / 1e9, hotel.listingId(), rooms, units, firstNight,
                firstNight.plusDays(nights - 1L));

        String webhookDelay = ProcessCpu.systemPropertyOfService("booking-service",
                "tripavail.booking.payments.providers.simulated.webhook-delay");
        String mode = concurrency > 0 ? "closed loop, " + concurrency + " travellers booking back to back"
                : String.format("open loop, %.0f bookings started per second", rate);
        System.out.printf("load: %s; %d s warm-up, then %d s measured; stays of 1–%d nights; waitSeconds=%d%n",
                mode, warmup, seconds, maxStay, waitSeconds);
        System.out.printf("simulated provider's webhook delay: %s%n",
                webhookDelay == null ? "the service's configuration (200ms unless changed)" : webhookDelay
                        + " (booking-service JVM option)");

        BookingEventTimeline timeline = stages ? BookingEventTimeline.start(bootstrap) : null;
        BookingJourney journey = new BookingJourney(http, booking, travellerToken, card, waitSeconds);
        Queue<Result> results = new ConcurrentLinkedQueue<>();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicLong skipped = new AtomicLong();

        long start = BookingJourney.Clock.micros();
        long windowStart = start + TimeUnit.SECONDS.toMicros(warmup);
        long windowEnd = windowStart + TimeUnit.SECONDS.toMicros(seconds);
        Runnable oneBooking = () -> {
            try {
                results.add(journey.run(hotel.randomStay(maxStay)));
            } catch (RuntimeException e) {
                long now = BookingJourney.Clock.micros();
                results.add(new Result(null, Outcome.ERROR, "client: " + e, now, now, 0, 0, 0, 0));
            } finally {
                inFlight.decrementAndGet();
            }
        };

        Thread progress = Thread.ofPlatform().daemon().name("progress").start(() ->
                reportProgress(results, inFlight, start, windowStart, windowEnd));
        Thread driver = concurrency > 0
                ? Thread.ofPlatform().name("closed-loop").start(() -> closedLoop(concurrency, oneBooking, inFlight,
                windowEnd))
                : Thread.ofPlatform().name("open-loop").start(() -> openLoop(rate, oneBooking, inFlight, skipped,
                maxInFlight, start, windowEnd));

        awaitMicros(windowStart);
        String loadBefore = loadAverage();
        ProcessCpu.Snapshot cpuBefore = ProcessCpu.snapshot();
        Map<String, Map<String, Long>> threadsBefore = new LinkedHashMap<>();
        for (String service : List.of("booking-service", "inventory-service")) {
            threadsBefore.put(service, ProcessCpu.threadTicks(service));
        }
        LagSampler lags = new LagSampler(http, Map.of("booking-service", booking, "inventory-service", inventory),
                adminToken, bootstrap);
        awaitMicros(windowEnd);
        ProcessCpu.Snapshot cpuAfter = ProcessCpu.snapshot();
        Map<String, Map<String, Double>> threadCores = new LinkedHashMap<>();
        threadsBefore.forEach((service, before) -> threadCores.put(service, ProcessCpu.threadCoresUsed(before,
                ProcessCpu.threadTicks(service), (cpuAfter.nanos() - cpuBefore.nanos()) / 1e9)));
        String loadAfter = loadAverage();
        lags.close();
        driver.join();
        long drainDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds * 2L + 30);
        while (inFlight.get() > 0 && System.nanoTime() < drainDeadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        progress.interrupt();
        if (timeline != null) {
            Thread.sleep(2000); // the last bookings' events on their way to Kafka
            timeline.close();
        }

        report(new ArrayList<>(results), timeline, windowStart, windowEnd, seconds, skipped.get(), inFlight.get(),
                loadBefore, loadAfter, ProcessCpu.coresUsed(cpuBefore, cpuAfter), threadCores, lags.report());
    }

    private static void openLoop(double rate, Runnable oneBooking, AtomicInteger inFlight, AtomicLong skipped,
                                 int maxInFlight, long start, long end) {
        double intervalMicros = 1_000_000.0 / rate;
        for (long i = 0; ; i++) {
            long due = start + (long) (i * intervalMicros);
            if (due >= end) {
                return;
            }
            long wait = due - BookingJourney.Clock.micros();
            if (wait > 0) {
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(wait));
            }
            if (inFlight.incrementAndGet() > maxInFlight) {
                inFlight.decrementAndGet();
                skipped.incrementAndGet();
                continue;
            }
            Thread.ofVirtual().start(oneBooking);
        }
    }

    private static void closedLoop(int travellers, Runnable oneBooking, AtomicInteger inFlight, long end) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < travellers; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                while (BookingJourney.Clock.micros() < end) {
                    inFlight.incrementAndGet();
                    oneBooking.run();
                }
            }));
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void reportProgress(Queue<Result> results, AtomicInteger inFlight, long start, long windowStart,
                                       long windowEnd) {
        int reported = 0;
        long confirmed = 0;
        long failed = 0;
        List<Double> holdAcks = new ArrayList<>();
        try {
            while (true) {
                Thread.sleep(5000);
                List<Result> all = new ArrayList<>(results);
                holdAcks.clear();
                long newConfirmed = 0;
                long newFailed = 0;
                for (Result r : all.subList(reported, all.size())) {
                    if (r.outcome() == Outcome.CONFIRMED) {
                        newConfirmed++;
                    } else {
                        newFailed++;
                    }
                    if (r.holdEnd() > 0) {
                        holdAcks.add(r.holdAckMillis());
                    }
                }
                reported = all.size();
                confirmed += newConfirmed;
                failed += newFailed;
                long now = BookingJourney.Clock.micros();
                String phase = now < windowStart ? "warm-up" : now < windowEnd ? "measured" : "draining";
                Collections.sort(holdAcks);
                System.out.printf("  %5.0f s %-8s  last 5 s: %4.0f confirmed/s, %3d not confirmed, hold ack p50 %6.1f"
                                + " p99 %7.1f ms | in flight %4d | total confirmed %d, not %d | load %s%n",
                        (now - start) / 1e6, phase, newConfirmed / 5.0, newFailed, percentile(holdAcks, 50),
                        percentile(holdAcks, 99), inFlight.get(), confirmed, failed, loadAverage());
            }
        } catch (InterruptedException done) {
            // the run is over
        }
    }

    private static void report(List<Result> all, BookingEventTimeline timeline, long windowStart, long windowEnd,
                               int seconds, long skipped, int stillInFlight, String loadBefore, String loadAfter,
                               Map<String, Double> cores, Map<String, Map<String, Double>> threadCores,
                               List<String> lags) {
        List<Result> measured = all.stream()
                .filter(r -> r.quoteStart() >= windowStart && r.quoteStart() < windowEnd).toList();
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome, measured.stream().filter(r -> r.outcome() == outcome).count());
        }
        long confirmedInWindow = all.stream().filter(r -> r.outcome() == Outcome.CONFIRMED)
                .filter(r -> r.payEnd() >= windowStart && r.payEnd() < windowEnd).count();
        List<Result> confirmed = measured.stream().filter(r -> r.outcome() == Outcome.CONFIRMED).toList();
        // every hold and payment that was answered counts, timed-out ones with their wait
        List<Result> holdAnswered = measured.stream().filter(r -> r.payStart() > 0
                || r.outcome() == Outcome.HOLD_REJECTED || r.outcome() == Outcome.HOLD_TIMED_OUT).toList();
        List<Result> payAnswered = measured.stream().filter(r -> r.outcome() == Outcome.CONFIRMED
                || r.outcome() == Outcome.PAYMENT_TIMED_OUT || r.outcome() == Outcome.PAYMENT_DECLINED).toList();

        System.out.println();
        System.out.println("=== booking benchmark ===");
        System.out.printf("load average (1/5/15 min) at the window's start %s, at its end %s%n", loadBefore, loadAfter);
        System.out.printf("bookings started in the %d s window: %d (%.1f/s)%s%n", seconds, measured.size(),
                measured.size() / (double) seconds, skipped > 0 ? "; not started (client cap on bookings in flight): "
                        + skipped : "");
        System.out.printf("outcomes: %s%s%n", outcomes, stillInFlight > 0 ? "; still in flight at the end: "
                + stillInFlight : "");
        System.out.printf("sustained: %.1f confirmed bookings/s (confirmations completed within the window)%n",
                confirmedInWindow / (double) seconds);
        System.out.println();
        System.out.printf("latency (ms)                          %8s %8s %8s %8s %8s%n", "n", "p50", "p90", "p99",
                "max");
        row("quote (POST /api/bookings)", measured.stream().filter(r -> r.quoteEnd() > 0 && r.bookingId() != null)
                .toList(), Result::quoteMillis);
        row("hold acknowledgement (→ HOLD)", holdAnswered, Result::holdAckMillis);
        row("confirmation (pay → CONFIRMED)", payAnswered, Result::confirmationMillis);
        row("end to end (quote → CONFIRMED)", confirmed, Result::endToEndMillis);

        if (timeline != null) {
            stages(confirmed, timeline);
        }

        System.out.println();
        System.out.println("CPU in the window (cores; this machine has " + Runtime.getRuntime().availableProcessors()
                + "):");
        cores.forEach((group, used) -> System.out.printf("  %-30s %5.2f%n", group, used));
        threadCores.forEach((service, kinds) -> {
            System.out.printf("  %s by thread (at least 0.01):%n", service);
            kinds.forEach((kind, used) -> {
                if (used >= 0.01) {
                    System.out.printf("    %-28s %5.2f%n", kind, used);
                }
            });
        });
        System.out.println();
        System.out.println("lag sampled once a second in the window (events / records behind):");
        lags.forEach(System.out::println);

        Map<String, Long> errors = new LinkedHashMap<>();
        for (Result r : measured) {
            if (r.outcome() != Outcome.CONFIRMED && r.error() != null) {
                String kind = r.outcome() + " " + r.error().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "…");
                errors.merge(kind.length() > 240 ? kind.substring(0, 240) + "…" : kind, 1L, Long::sum);
            }
        }
        if (!errors.isEmpty()) {
            System.out.println();
            System.out.println("not confirmed, by answer (first 8 kinds):");
            errors.entrySet().stream().limit(8).forEach(e -> System.out.printf("  %5d × %s%n", e.getValue(),
                    e.getKey()));
        }
    }

    /** The hold acknowledgement and the confirmation split at the events each service stored and published. */
    private static void stages(List<Result> confirmed, BookingEventTimeline timeline) {
        String hr = BookingEventTimeline.HOLD_REQUESTED;
        String ih = BookingEventTimeline.INVENTORY_HELD;
        String bh = BookingEventTimeline.BOOKING_HELD;
        String pp = BookingEventTimeline.PAYMENT_PENDING;
        String bc = BookingEventTimeline.BOOKING_CONFIRMED;
        String is = BookingEventTimeline.INVENTORY_SOLD;
        Map<String, List<Double>> hold = new LinkedHashMap<>();
        Map<String, List<Double>> confirmation = new LinkedHashMap<>();
        int complete = 0;
        for (Result r : confirmed) {
            Map<String, Seen> seen = timeline.of(r.bookingId());
            if (!seen.keySet().containsAll(List.of(hr, ih, bh, pp, bc))) {
                continue;
            }
            complete++;
            add(hold, "booking: REST → HoldRequested stored", seen.get(hr).occurred() - r.holdStart());
            add(hold, "booking: stored → on Kafka (publication)", seen.get(hr).received() - seen.get(hr).occurred());
            add(hold, "inventory: on Kafka → InventoryHeld stored", seen.get(ih).occurred() - seen.get(hr).received());
            add(hold, "inventory: stored → on Kafka (publication)", seen.get(ih).received() - seen.get(ih).occurred());
            add(hold, "booking: on Kafka → BookingHeld stored", seen.get(bh).occurred() - seen.get(ih).received());
            add(hold, "booking: stored → HTTP answer received", r.holdEnd() - seen.get(bh).occurred());
            add(confirmation, "booking: REST → payment started", seen.get(pp).occurred() - r.payStart());
            add(confirmation, "provider webhook, capture, saga → CONFIRMED", seen.get(bc).occurred()
                    - seen.get(pp).occurred());
            add(confirmation, "booking: stored → HTTP answer received", r.payEnd() - seen.get(bc).occurred());
            add(confirmation, "(after the answer) confirmed → on Kafka", seen.get(bc).received()
                    - seen.get(bc).occurred());
            if (seen.containsKey(is)) {
                add(confirmation, "(after the answer) confirmed → InventorySold", seen.get(is).occurred()
                        - seen.get(bc).occurred());
            }
        }
        System.out.println();
        System.out.printf("where the time goes: %d of %d confirmed bookings with all their events seen on Kafka "
                + "(stage boundaries: event occurredAt, and when the benchmark's consumer read it)%n", complete,
                confirmed.size());
        System.out.printf("hold acknowledgement stages (ms)                  %8s %8s %8s %8s %8s%n", "n", "p50",
                "p90", "p99", "max");
        hold.forEach((stage, values) -> stageRow(stage, values));
        System.out.printf("confirmation stages (ms)%n");
        confirmation.forEach((stage, values) -> stageRow(stage, values));
    }

    private static void add(Map<String, List<Double>> stages, String stage, long micros) {
        stages.computeIfAbsent(stage, s -> new ArrayList<>()).add(micros / 1000.0);
    }

    private static void stageRow(String stage, List<Double> values) {
        Collections.sort(values);
        System.out.printf("  %-47s %8d %8.1f %8.1f %8.1f %8.1f%n", stage, values.size(), percentile(values, 50),
                percentile(values, 90), percentile(values, 99), percentile(values, 100));
    }

    private static void row(String name, List<Result> results, ToDoubleFunction<Result> latency) {
        List<Double> values = new ArrayList<>(results.stream().mapToDouble(latency).boxed().toList());
        Collections.sort(values);
        System.out.printf("  %-35s %8d %8.1f %8.1f %8.1f %8.1f%n", name, values.size(), percentile(values, 50),
                percentile(values, 90), percentile(values, 99), percentile(values, 100));
    }

    /** Nearest-rank percentile of sorted values; NaN when there are none. */
    static double percentile(List<Double> sorted, double percentile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static void awaitMicros(long at) throws InterruptedException {
        long wait = at - BookingJourney.Clock.micros();
        if (wait > 0) {
            TimeUnit.MICROSECONDS.sleep(wait);
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
