package com.tripavail.loadtest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import tools.jackson.databind.JsonNode;

/**
 * Once a second while the load runs: the lag of every Axon event processor of the given
 * services ({@code GET /api/admin/processors}: events between the processor's token and the
 * store's head) and of every Kafka consumer group of the services (records not yet consumed).
 * Keeps the largest value seen of each, and the mean.
 */
final class LagSampler implements AutoCloseable {

    private final Map<String, long[]> processorLag = new ConcurrentHashMap<>();  // name → {max, sum, samples}
    private final Map<String, long[]> consumerLag = new ConcurrentHashMap<>();
    private final AtomicBoolean sampling = new AtomicBoolean(true);
    private final Thread sampler;
    private volatile String failure;

    /** @param services base URLs of the services by name (their admin API) */
    LagSampler(BenchmarkHttp http, Map<String, String> services, String adminToken, String bootstrap) {
        sampler = Thread.ofPlatform().name("lag-sampler").daemon().start(() -> {
            Properties config = new Properties();
            config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            try (Admin kafka = Admin.create(config)) {
                while (sampling.get()) {
                    long next = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
                    try {
                        services.forEach((service, url) -> sampleProcessors(http, service, url, adminToken));
                        sampleConsumers(kafka, services.keySet().stream().map(s -> s + ".").toList());
                    } catch (RuntimeException e) {
                        failure = e.toString(); // a missed sample is no reason to stop sampling
                    }
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private void sampleProcessors(BenchmarkHttp http, String service, String url, String adminToken) {
        BenchmarkHttp.Reply processors = http.get(url + "/api/admin/processors", adminToken);
        if (processors.status() != 200) {
            failure = service + " /api/admin/processors: " + processors.summary();
            return;
        }
        for (JsonNode processor : processors.body()) {
            JsonNode lag = processor.path("lag");
            if (lag.isNumber()) {
                note(processorLag, service + " " + processor.path("name").asString(), lag.asLong());
            }
        }
    }

    private void sampleConsumers(Admin kafka, List<String> groupPrefixes) {
        try {
            List<String> groups = kafka.listGroups(ListGroupsOptions.forConsumerGroups()).all().get(5, TimeUnit.SECONDS).stream()
                    .map(GroupListing::groupId)
                    .filter(g -> groupPrefixes.stream().anyMatch(g::startsWith))
                    .toList();
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = kafka.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = kafka.listOffsets(
                                committed.keySet().stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                        .all().get(5, TimeUnit.SECONDS);
                long lag = 0;
                for (Map.Entry<TopicPartition, OffsetAndMetadata> partition : committed.entrySet()) {
                    if (partition.getValue() != null && ends.containsKey(partition.getKey())) {
                        lag += Math.max(0, ends.get(partition.getKey()).offset() - partition.getValue().offset());
                    }
                }
                note(consumerLag, group, lag);
            }
        } catch (Exception e) {
            // a missed sample is no reason to stop the run
        }
    }

    private static void note(Map<String, long[]> lags, String name, long lag) {
        long[] seen = lags.computeIfAbsent(name, n -> new long[3]);
        synchronized (seen) {
            seen[0] = Math.max(seen[0], lag);
            seen[1] += lag;
            seen[2]++;
        }
    }

    /** "name: max N, mean M" lines, processors then consumer groups. */
    List<String> report() {
        List<String> lines = new java.util.ArrayList<>(lines("event processor", processorLag));
        lines.addAll(lines("Kafka consumer group", consumerLag));
        if (failure != null) {
            lines.add("  (a sample failed: " + failure + ")");
        }
        return lines;
    }

    private static List<String> lines(String kind, Map<String, long[]> lags) {
        return new TreeMap<>(lags).entrySet().stream()
                .map(e -> String.format("  %-22s %-48s max %6d   mean %8.1f", kind, e.getKey(), e.getValue()[0],
                        e.getValue()[2] == 0 ? 0.0 : (double) e.getValue()[1] / e.getValue()[2]))
                .toList();
    }

    @Override
    public void close() {
        sampling.set(false);
        try {
            sampler.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
