package com.tripavail.trip.routing.benchmark;

import com.tripavail.trip.routing.gtfs.FeedSource;
import com.tripavail.trip.routing.journey.Journey;
import com.tripavail.trip.routing.network.NetworkImport;
import com.tripavail.trip.routing.network.NetworkImporter;
import com.tripavail.trip.routing.network.RoutingSettings;
import com.tripavail.trip.routing.network.TransitNetwork;
import com.tripavail.trip.routing.raptor.RouteSearch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Import time, peak heap and route-search latency on a generated metropolitan feed
 * (see {@link MetropolitanFeedGenerator}). Run by deploy/loadtest/routing-benchmark.sh; options:
 * {@code --side 71 --bus-routes 380 --metro-routes 20 --queries 1000 --warmup 300 --seed 42 --keep-feed}.
 */
public final class RoutingBenchmark {

    public static void main(String[] args) throws IOException {
        int side = intOption(args, "--side", 71);
        int busRoutes = intOption(args, "--bus-routes", 380);
        int metroRoutes = intOption(args, "--metro-routes", 20);
        int queries = intOption(args, "--queries", 1000);
        int warmup = intOption(args, "--warmup", 300);
        long seed = intOption(args, "--seed", 42);
        boolean keep = Arrays.asList(args).contains("--keep-feed");

        Path dir = Files.createTempDirectory("routing-benchmark-");
        long t0 = System.nanoTime();
        MetropolitanFeedGenerator generator = new MetropolitanFeedGenerator(side, busRoutes, metroRoutes, seed);
        generator.write(dir);
        System.out.printf("feed: %d stops, %d routes, %d trips, %,d stop_times written to %s in %.1f s%n",
                generator.stopCount(), busRoutes + metroRoutes, generator.trips(), generator.stopTimes(), dir,
                seconds(System.nanoTime() - t0));

        RoutingSettings settings = RoutingSettings.defaults();
        System.gc();
        resetPeaks();
        long heapBefore = usedHeap();
        long t1 = System.nanoTime();
        NetworkImport result = new NetworkImporter(settings, (feed, file, rows) -> { })
                .importFeeds(List.of(FeedSource.of("metro", dir)));
        long importNanos = System.nanoTime() - t1;
        long peak = peakHeap();
        if (!(result instanceof NetworkImport.Imported imported)) {
            var rejected = ((NetworkImport.Rejected) result).feeds().getFirst();
            throw new IllegalStateException("generated feed rejected, " + rejected.totalProblems() + " problems, first: "
                    + rejected.problems().subList(0, Math.min(5, rejected.problems().size())));
        }
        TransitNetwork network = imported.network();
        System.gc();
        long retained = usedHeap() - heapBefore;
        System.out.printf("import: %.1f s (read and validate %.1f s, build %.1f s); peak heap %,d MiB (max %,d MiB); "
                        + "network retained %,d MiB%n", seconds(importNanos), imported.readTime().toMillis() / 1000.0,
                imported.buildTime().toMillis() / 1000.0, peak >> 20, Runtime.getRuntime().maxMemory() >> 20,
                retained >> 20);
        System.out.printf("network: %d stops, %d patterns, %d trips, %,d stop times, %,d transfers%n",
                network.stopCount(), network.patternCount(), network.tripCount(), network.stopTimeCount(),
                network.transferCount());

        RouteSearch search = new RouteSearch(network, settings);
        Random random = new Random(seed);
        List<String> stops = network.stopIds();
        LocalDate[] dates = {LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 14)};
        ZoneId zone = ZoneId.of("Asia/Kolkata");
        record Query(String from, String to, Instant at) {
        }
        List<Query> all = new ArrayList<>();
        for (int i = 0; i < warmup + queries; i++) {
            String from = stops.get(random.nextInt(stops.size()));
            String to = stops.get(random.nextInt(stops.size()));
            LocalTime time = LocalTime.ofSecondOfDay(5 * 3600 + random.nextInt(18 * 3600));
            all.add(new Query(from, to, dates[random.nextInt(dates.length)].atTime(time).atZone(zone).toInstant()));
        }
        for (Query q : all.subList(0, warmup)) {
            search.earliestArrival(q.from(), q.to(), q.at());
            search.paretoJourneys(q.from(), q.to(), q.at());
        }
        long[] ea = new long[queries];
        long[] mc = new long[queries];
        int found = 0;
        long paretoTotal = 0;
        int paretoMax = 0;
        for (int i = 0; i < queries; i++) {
            Query q = all.get(warmup + i);
            long a = System.nanoTime();
            var earliest = search.earliestArrival(q.from(), q.to(), q.at());
            boolean reached = earliest.isPresent();
            long b = System.nanoTime();
            List<Journey> pareto = search.paretoJourneys(q.from(), q.to(), q.at());
            long c = System.nanoTime();
            ea[i] = b - a;
            mc[i] = c - b;
            found += reached ? 1 : 0;
            paretoTotal += pareto.size();
            paretoMax = Math.max(paretoMax, pareto.size());
            if (reached != !pareto.isEmpty()
                    || (reached && !earliest.get().arrival().equals(pareto.getFirst().arrival()))) {
                throw new IllegalStateException("RAPTOR and McRAPTOR disagree on the earliest arrival for " + q);
            }
        }
        System.out.printf("queries: %d (after %d warm-up), %d with a route; Pareto set size mean %.1f, max %d%n",
                queries, warmup, found, paretoTotal / (double) Math.max(1, found), paretoMax);
        report("earliest arrival (RAPTOR)", ea);
        report("multi-criteria (McRAPTOR: arrival, price, transfers)", mc);
        if (!keep) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void report(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", name,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.90)] / 1e6,
                sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the peak heap (pools peak at different moments). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static int intOption(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
