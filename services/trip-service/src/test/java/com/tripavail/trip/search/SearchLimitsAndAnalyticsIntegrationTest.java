package com.tripavail.trip.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.contracts.ContractJson;
import com.tripavail.contracts.EventEnvelope;
import com.tripavail.contracts.Topics;
import com.tripavail.contracts.trip.RouteClicked;
import com.tripavail.contracts.trip.SearchPerformed;
import com.tripavail.testsupport.HttpApi;
import com.tripavail.testsupport.KafkaTestConsumer;
import com.tripavail.testsupport.MutableClock;
import com.tripavail.testsupport.TestJwt;
import com.tripavail.trip.TripIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Rate limits of the search endpoints, and the analytics contracts a search and a click publish. */
@TripIntegrationTest
class SearchLimitsAndAnalyticsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    @Test
    void givenAnAnonymousClient_afterThirtySearchesInAMinute_thenItGets429WithRetryAfter_butASignedInUserDoesNot() {
        SearchApi api = new SearchApi(port, "198.51.100." + (int) (Math.random() * 200 + 20));
        for (int i = 0; i < 30; i++) {
            // Rate limiting comes before reading the body: refused requests count too.
            api.raw("{}", null).expectProblem(400);
        }
        HttpApi.Response limited = api.raw("{}", null).expectProblem(429);

        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(limited.body().path("retryAfterSeconds").asLong()).isPositive();
        api.click(UUID.randomUUID().toString(), 0, null).expectProblem(429);
        api.raw("{}", TestJwt.token("user-" + UUID.randomUUID(), "TRAVELER")).expectProblem(400);
        new SearchApi(port, "198.51.100.250").raw("{}", null).expectProblem(400);
    }

    @Test
    void givenASignedInSearchAndAClick_thenAnalyticsContractsArePublished_withAHashedAddressOnly() {
        String address = "192.0.2." + (int) (Math.random() * 200 + 20);
        SearchApi api = new SearchApi(port, address);
        String userId = "traveller-" + UUID.randomUUID();
        String token = TestJwt.token(userId, "TRAVELER");
        try (KafkaTestConsumer analytics = KafkaTestConsumer.subscribe(Topics.TRIP_ANALYTICS)) {
            JsonNode answer = api.search(SearchApi.noidaToBangaloreViaAgra(SearchApi.travelDate(clock), "BALANCED"), token)
                    .expect(200).body();
            String searchId = answer.path("searchId").asString();
            api.click(searchId, 1, token).expect(202);
            api.click(searchId, 99, token).expectProblem(404);

            ConsumerRecord<String, String> searched = analytics.awaitRecord(r -> r.value().contains(searchId)
                    && type(r).equals("trip.analytics.SearchPerformed"), Duration.ofSeconds(30));
            SearchPerformed performed = ContractJson.payload(ContractJson.read(searched.value()), SearchPerformed.class);
            assertThat(performed.userId()).isEqualTo(userId);
            assertThat(performed.origin()).isEqualTo("Noida");
            assertThat(performed.destination()).isEqualTo("Bengaluru");
            assertThat(performed.stops()).containsExactly(new SearchPerformed.SearchedStop("Agra", 0, 1));
            assertThat(performed.passengers()).isEqualTo(2);
            assertThat(performed.preference()).isEqualTo("BALANCED");
            assertThat(performed.routesFound()).isEqualTo(answer.path("routes").size()).isPositive();
            assertThat(performed.bestDurationMinutes()).isPositive();
            assertThat(performed.bestPrice().currency()).isEqualTo("INR");
            assertThat(performed.clientHash()).hasSize(32).doesNotContain(address);
            assertThat(searched.value()).doesNotContain(address);

            ConsumerRecord<String, String> clicked = analytics.awaitRecord(r -> r.value().contains(searchId)
                    && type(r).equals("trip.analytics.RouteClicked"), Duration.ofSeconds(30));
            EventEnvelope envelope = ContractJson.read(clicked.value());
            RouteClicked click = ContractJson.payload(envelope, RouteClicked.class);
            assertThat(click.routeIndex()).isEqualTo(1);
            assertThat(click.userId()).isEqualTo(userId);
            assertThat(click.clientHash()).isEqualTo(performed.clientHash());
            assertThat(click.modes()).isNotBlank();
            assertThat(clicked.value()).doesNotContain(address);
        }
    }

    private static String type(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader(Topics.TYPE_HEADER);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
