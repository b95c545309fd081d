package com.tripavail.trip.flow;

import static com.tripavail.trip.jooq.Tables.SEARCH_RESULT;

import com.tripavail.contracts.ContractJson;
import com.tripavail.contracts.EventEnvelope;
import com.tripavail.trip.event.RouteSnapshot;
import com.tripavail.trip.query.search.StoredRoute;
import com.tripavail.testsupport.HttpApi;
import com.tripavail.testsupport.TestInfrastructure;
import com.tripavail.testsupport.TestJwt;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What trip tests need around the service: routes "offered" by a search (a row of the search side's
 * {@code search_result} table, as a search writes it), travellers, the trips API, and other services' events
 * published on Kafka the way those services publish them.
 */
public final class TripWorld {

    public static final Duration WAIT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static volatile KafkaProducer<String, String> producer;

    public final HttpApi api;
    private final DSLContext dsl;
    private final Clock clock;

    public TripWorld(int port, DSLContext dsl, Clock clock) {
        this.api = new HttpApi(port);
        this.dsl = dsl;
        this.clock = clock;
    }

    /** A signed-in traveller: their user id and access token. */
    public record Traveller(String userId, String token) {
    }

    public static Traveller traveller() {
        String userId = "traveller-" + UUID.randomUUID();
        return new Traveller(userId, TestJwt.token(userId, "TRAVELER"));
    }

    /** Stores a search result offering {@code routes} (their search id must be the one returned). */
    public String offer(RouteSnapshot... routes) {
        String searchId = routes[0].searchId();
        List<StoredRoute> stored = java.util.Arrays.stream(routes)
                .map(route -> new StoredRoute(route, route.totalPrice(), null)).toList();
        Instant now = clock.instant();
        dsl.insertInto(SEARCH_RESULT)
                .set(SEARCH_RESULT.SEARCH_ID, searchId)
                .set(SEARCH_RESULT.CACHE_KEY, "trip-test-" + searchId)
                .set(SEARCH_RESULT.REQUEST, JSONB.valueOf("{}"))
                .set(SEARCH_RESULT.RESOLVED, JSONB.valueOf("{}"))
                .set(SEARCH_RESULT.ROUTES, JSONB.valueOf(JSON.writeValueAsString(stored)))
                .set(SEARCH_RESULT.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                .set(SEARCH_RESULT.EXPIRES_AT, now.plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC))
                .execute();
        return searchId;
    }

    public static String newSearchId() {
        return "search-" + UUID.randomUUID();
    }

    /** POST /api/trips with an Idempotency-Key. */
    public HttpApi.Response createTrip(String token, String searchId, int routeIndex, String name) {
        Map<String, Object> body = name == null ? Map.of("searchId", searchId, "routeIndex", routeIndex)
                : Map.of("searchId", searchId, "routeIndex", routeIndex, "name", name);
        return api.postRaw("/api/trips", token, HttpApi.json(body),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    /** A trip made of {@code route}: 201 and the trip. */
    public JsonNode trip(String token, RouteSnapshot route) {
        return createTrip(token, offer(route), route.routeIndex(), null).expect(201).body();
    }

    public HttpApi.Response markBooked(String token, String tripId, int leg, String platform, String reference,
                                       String amount) {
        return put("/api/trips/" + tripId + "/legs/" + leg + "/booking", token, Map.of("platform", platform,
                "bookingReference", reference, "cost", Map.of("amount", new java.math.BigDecimal(amount),
                "currency", "INR")));
    }

    public HttpApi.Response put(String path, String token, Object body) {
        return api.request("PUT", path, token, "application/json", HttpApi.json(body));
    }

    public JsonNode get(String token, String tripId) {
        return api.get("/api/trips/" + tripId, token).expect(200).body();
    }

    /** Publishes a contract on {@code topic} as its owning service would: an envelope keyed by the aggregate. */
    public static void publish(String topic, String aggregateId, Object contract) {
        EventEnvelope envelope = ContractJson.wrap(UUID.randomUUID().toString(), Instant.now(), aggregateId,
                SEQUENCE.incrementAndGet(), contract);
        publish(topic, envelope);
    }

    public static void publish(String topic, EventEnvelope envelope) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, envelope.aggregateId(),
                ContractJson.write(envelope));
        record.headers().add(com.tripavail.contracts.Topics.TYPE_HEADER,
                envelope.type().getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (TripWorld.class) {
                if (producer == null) {
                    producer = new KafkaProducer<>(Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                            ProducerConfig.ACKS_CONFIG, "all",
                            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
                }
            }
        }
        return producer;
    }
}
