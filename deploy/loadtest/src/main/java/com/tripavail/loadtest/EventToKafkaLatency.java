package com.tripavail.loadtest;

import com.tripavail.contracts.ContractJson;
import com.tripavail.contracts.EventEnvelope;
import com.tripavail.contracts.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Benchmark: latency from an event being stored to it being readable on Kafka, under a
 * steady stream of commands against the running local stack.
 *
 * <p>It onboards a set of fresh providers, then sends suspend/reinstate commands at a fixed
 * rate (each stores one {@code ProviderVerificationChanged}-producing event), and a plain
 * Kafka consumer measures, for every published event of those providers, the time from the
 * event's {@code occurredAt} (set when the aggregate applied it, just before its
 * transaction commits) to the moment the consumer holds it. Same machine, same clock.
 */
public final class EventToKafkaLatency {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        LocalStackClient stack = new LocalStackClient(options.getOrDefault("onboarding", "http://127.0.0.1:8081"));
        String bootstrap = options.getOrDefault("kafka", "127.0.0.1:9092");
        int rate = Integer.parseInt(options.getOrDefault("rate", "100"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        int providerCount = Integer.parseInt(options.getOrDefault("providers", "20"));

        String admin = stack.login("admin@tripavail.local");
        List<String> providers = onboardProviders(stack, admin, providerCount);
        System.out.printf("onboarded %d providers; sending %d commands/s for %d s%n", providers.size(), rate, seconds);

        Set<String> watched = Set.copyOf(providers);
        List<Long> latenciesMicros = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean consuming = new AtomicBoolean(true);
        CountDownLatch consumerReady = new CountDownLatch(1);
        Thread consumer = Thread.ofPlatform().name("latency-consumer").start(() ->
                consume(bootstrap, watched, latenciesMicros, consuming, consumerReady));
        consumerReady.await();

        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Map<String, Boolean> suspended = new ConcurrentHashMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(16);
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String providerId = providers.get((int) (i % providers.size()));
            // One command in flight per provider: a provider's turn comes round every providerCount ticks.
            senders.submit(() -> {
                boolean suspend = !suspended.getOrDefault(providerId, false);
                try {
                    stack.post(stack.onboarding() + "/api/admin/providers/" + providerId
                                    + (suspend ? "/suspend" : "/reinstate"), admin,
                            suspend ? "{\"reason\":\"latency benchmark\"}" : "", 202);
                    suspended.put(providerId, suspend);
                    accepted.incrementAndGet();
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(60, TimeUnit.SECONDS);
        double sendSeconds = (System.nanoTime() - start) / 1e9;

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (latenciesMicros.size() < accepted.get() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        consuming.set(false);
        consumer.join();
        for (String providerId : providers) {
            if (suspended.getOrDefault(providerId, false)) {
                stack.post(stack.onboarding() + "/api/admin/providers/" + providerId + "/reinstate", admin, "", 202);
            }
        }

        List<Long> sorted = new ArrayList<>(latenciesMicros);
        Collections.sort(sorted);
        System.out.printf("commands accepted %d, failed %d, in %.1f s (%.0f/s)%n", accepted.get(), failed.get(),
                sendSeconds, accepted.get() / sendSeconds);
        System.out.printf("events seen on Kafka %d (missing %d)%n", sorted.size(),
                Math.max(0, accepted.get() - sorted.size()));
        System.out.printf("event stored → on Kafka: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), percentile(sorted, 100));
    }

    private static List<String> onboardProviders(LocalStackClient stack, String admin, int count) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> providers = new ArrayList<>();
        String[] steps = {"BUSINESS_DETAILS", "CONTACT_DETAILS", "IDENTITY_VERIFICATION", "LICENSE", "PAYOUT_DETAILS",
                "TERMS_ACCEPTED"};
        String details = "{\"legalName\":\"x\",\"registrationNumber\":\"x\",\"addressLine\":\"x\",\"city\":\"Agra\","
                + "\"country\":\"IN\",\"contactName\":\"x\",\"contactEmail\":\"x@example.com\",\"contactPhone\":\"x\","
                + "\"documentType\":\"x\",\"documentReference\":\"x\",\"licenseNumber\":\"x\",\"issuingAuthority\":\"x\","
                + "\"payoutMethod\":\"x\",\"payoutAccountReference\":\"x\",\"termsVersion\":\"x\"}";
        for (int i = 0; i < count; i++) {
            String token = stack.login("bench-" + run + "-" + i + "@example.com");
            String providerId = stack.post(stack.onboarding() + "/api/providers", token,
                    "{\"providerType\":\"HOTEL_MANAGER\",\"businessName\":\"Benchmark " + i + "\"}", 201)
                    .get("providerId").asString();
            for (String step : steps) {
                stack.post(stack.onboarding() + "/api/providers/" + providerId + "/steps", token,
                        "{\"step\":\"" + step + "\",\"details\":" + details + "}", 202);
            }
            stack.post(stack.onboarding() + "/api/providers/" + providerId + "/submit", token, "", 202);
            stack.post(stack.onboarding() + "/api/admin/providers/" + providerId + "/start-review", admin, "", 202);
            stack.post(stack.onboarding() + "/api/admin/providers/" + providerId + "/approve", admin, "", 202);
            providers.add(providerId);
        }
        return providers;
    }

    private static void consume(String bootstrap, Set<String> watched, List<Long> latenciesMicros,
                                AtomicBoolean consuming, CountDownLatch ready) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "5");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = kafka.partitionsFor(Topics.ONBOARDING_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            kafka.assign(partitions);
            kafka.seekToEnd(partitions);
            partitions.forEach(kafka::position);
            ready.countDown();
            while (consuming.get()) {
                for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(5))) {
                    Instant received = Instant.now();
                    if (record.key() != null && watched.contains(record.key())) {
                        EventEnvelope envelope = ContractJson.read(record.value());
                        if (envelope.type().equals("onboarding.ProviderVerificationChanged")) {
                            latenciesMicros.add(Duration.between(envelope.occurredAt(), received).toNanos() / 1000);
                        }
                    }
                }
            }
        }
    }

    private static double percentile(List<Long> sortedMicros, double percentile) {
        if (sortedMicros.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, Math.min(index, sortedMicros.size() - 1))) / 1000.0;
    }
}
