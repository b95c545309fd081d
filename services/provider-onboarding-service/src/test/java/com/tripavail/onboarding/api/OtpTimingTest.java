package com.tripavail.onboarding.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.testsupport.MutableClock;
import com.tripavail.onboarding.OnboardingIntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * Code expiry and the resend limits, on a clock the test moves. The only test class with a
 * context of its own: the shared one sends codes without any wait (resend interval 0s).
 */
@OnboardingIntegrationTest
@TestPropertySource(properties = {
        "tripavail.onboarding.otp.ttl=5m",
        "tripavail.onboarding.otp.resend-interval=30s",
        "tripavail.onboarding.otp.max-sends-per-hour=3"})
class OtpTimingTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class ClockConfiguration {

        /**
         * Starts at the real time, so the tokens it stamps are valid for the JWT decoder, on a
         * whole second: PostgreSQL keeps microseconds and rounds the rest, which would move the
         * stored expiry a fraction past the instant the test steps to.
         */
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void givenTwoSimultaneousRequests_forOneAddress_thenOnlyOneCodeIsSent() throws Exception {
        String email = newEmail();
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var requests = java.util.stream.IntStream.range(0, 4)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        return api.post("/api/auth/otp", null, Map.of("email", email)).status();
                    }))
                    .toList();
            start.countDown();
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (var request : requests) {
                statuses.add(request.get());
            }
            assertThat(statuses).containsOnlyOnce(202).containsOnly(202, 429);
        }
        assertThat(api.get("/api/dev/messages?to=" + email, null).expect(200).body()).hasSize(1);
    }

    @Test
    void givenACodeAtTheEndOfItsLifetime_whenEntered_thenItLogsIn() {
        String email = newEmail();
        api.post("/api/auth/otp", null, Map.of("email", email)).expect(202);

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));

        verify(email, api.latestCode(email)).expect(200);
    }

    @Test
    void givenAnExpiredCode_whenEntered_then401() {
        String email = newEmail();
        Instant sentAt = clock.instant();
        var sent = api.post("/api/auth/otp", null, Map.of("email", email)).expect(202);
        assertThat(Instant.parse(sent.text("expiresAt"))).isEqualTo(sentAt.plus(Duration.ofMinutes(5)));

        clock.advance(Duration.ofMinutes(5));

        var expired = verify(email, api.latestCode(email)).expectProblem(401);
        assertThat(expired.detail()).contains("no valid code");
        assertThat(expired.body().has("accessToken")).isFalse();
    }

    @Test
    void givenACodeJustSent_whenAnotherIsRequested_then429WithRetryAfterUntilTheIntervalHasPassed() {
        String email = newEmail();
        api.post("/api/auth/otp", null, Map.of("email", email)).expect(202);
        String first = api.latestCode(email);
        clock.advance(Duration.ofSeconds(10));

        var tooSoon = api.post("/api/auth/otp", null, Map.of("email", email)).expectProblem(429);

        assertThat(tooSoon.header("Retry-After")).isEqualTo("20");
        assertThat(tooSoon.body().get("retryAfterSeconds").asLong()).isEqualTo(20);
        assertThat(tooSoon.detail()).contains("wait");
        assertThat(api.get("/api/dev/messages?to=" + email, null).expect(200).body().size()).isOne();
        clock.advance(Duration.ofSeconds(20));
        api.post("/api/auth/otp", null, Map.of("email", email)).expect(202);
        assertThat(api.latestCode(email)).isNotNull();
        verify(email, first).expectProblem(401); // only the newest code counts
    }

    @Test
    void givenThreeCodesInTheLastHour_whenAFourthIsRequested_then429UntilTheOldestIsAnHourOld() {
        String email = newEmail();
        for (int sent = 0; sent < 3; sent++) {
            api.post("/api/auth/otp", null, Map.of("email", email)).expect(202);
            clock.advance(Duration.ofSeconds(30));
        }

        var tooMany = api.post("/api/auth/otp", null, Map.of("email", email)).expectProblem(429);

        assertThat(tooMany.detail()).contains("too many codes");
        assertThat(tooMany.header("Retry-After")).isEqualTo(Long.toString(Duration.ofHours(1).minusSeconds(90)
                .toSeconds()));
        clock.advance(Duration.ofHours(1).minusSeconds(90));
        api.post("/api/auth/otp", null, Map.of("email", email)).expect(202);
    }

    private Api.Response verify(String email, String code) {
        return api.post("/api/auth/otp/verify", null, Map.of("email", email, "code", code));
    }

    private static String newEmail() {
        return "timing-" + UUID.randomUUID() + "@example.com";
    }
}
