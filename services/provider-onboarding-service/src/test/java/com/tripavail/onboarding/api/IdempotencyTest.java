package com.tripavail.onboarding.api;

import static com.tripavail.onboarding.jooq.Tables.PROVIDER_CLAIM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.onboarding.OnboardingIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code Idempotency-Key} on opening a provider profile: a retried request opens one profile, once. */
@OnboardingIntegrationTest
class IdempotencyTest {

    private static final String HOTEL = Api.json(Map.of("providerType", "HOTEL_MANAGER", "businessName", "Ganga View"));
    private static final String TOURS = Api.json(Map.of("providerType", "TOUR_OPERATOR", "businessName", "Ganga Tours"));

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;
    Api api;
    String token;
    String userId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        token = api.login("idem-" + UUID.randomUUID() + "@example.com");
        userId = api.get("/api/users/me", token).expect(200).text("userId");
    }

    @Test
    void givenARegistrationWithAKey_whenItIsRepeated_thenTheSameResponseIsReplayedAndOneProfileExists() {
        String key = UUID.randomUUID().toString();
        var first = register(token, key, HOTEL).expect(201);

        var replay = register(token, key, HOTEL).expect(201);

        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.raw().body()).isEqualTo(first.raw().body());
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"))
                .isEqualTo("/api/providers/" + first.text("providerId"));
        assertThat(claims()).isOne();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.get("/api/providers/me", token).expect(200).body().findValuesAsString("providerId"))
                .containsExactly(first.text("providerId")));
    }

    @Test
    void givenAUsedKey_whenSentWithAnotherBody_then422AndNoSecondProfile() {
        String key = UUID.randomUUID().toString();
        register(token, key, HOTEL).expect(201);

        var reused = register(token, key, TOURS).expectProblem(422);

        assertThat(reused.body().get("type").asString()).endsWith("/idempotency-key-reused");
        assertThat(claims()).isOne();
    }

    @Test
    void givenAnotherUsersKey_whenTheSameKeyIsSent_thenItIsAnIndependentRequest() {
        String key = UUID.randomUUID().toString();
        register(token, key, HOTEL).expect(201);
        String other = api.login("idem-other-" + UUID.randomUUID() + "@example.com");

        var theirs = register(other, key, HOTEL).expect(201);

        assertThat(theirs.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void givenTwoConcurrentRequestsWithOneKey_whenBothRun_thenOneProfileIsOpenedAndTheOtherIsInProgressOrReplayed()
            throws Exception {
        String key = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Api.Response> responses = new ArrayList<>();
        try {
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return register(token, key, HOTEL);
                }));
            }
            start.countDown();
            for (Future<Api.Response> future : futures) {
                responses.add(future.get(30, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }

        responses.sort(Comparator.comparing((Api.Response r) -> r.header("Idempotent-Replayed") != null)
                .thenComparingInt(Api.Response::status));
        var winner = responses.get(0).expect(201);
        var other = responses.get(1);
        assertThat(winner.header("Idempotent-Replayed")).isNull();
        if (other.status() == 409) {
            other.expectProblem(409);
            assertThat(other.body().get("type").asString()).endsWith("/idempotent-request-in-progress");
            assertThat(other.header("Retry-After")).isEqualTo("1");
        } else {
            other.expect(201);
            assertThat(other.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(other.text("providerId")).isEqualTo(winner.text("providerId"));
        }
        assertThat(claims()).isOne();
    }

    private Api.Response register(String token, String key, String body) {
        return api.request("POST", "/api/providers", token, "application/json",
                java.net.http.HttpRequest.BodyPublishers.ofString(body), Map.of("Idempotency-Key", key));
    }

    private int claims() {
        return dsl.fetchCount(PROVIDER_CLAIM, PROVIDER_CLAIM.USER_ID.eq(userId));
    }
}
