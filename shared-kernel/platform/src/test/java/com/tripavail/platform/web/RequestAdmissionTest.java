package com.tripavail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class RequestAdmissionTest {

    private final RequestAdmission admission =
            new RequestAdmission(1, Duration.ofMillis(50), new ProblemResponseWriter(JsonMapper.builder().build()));

    @Test
    void givenTheOnlySlotTaken_whenAnotherApiRequestComes_thenItIsRefused503WithRetryAfterAndNotRun() throws Exception {
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> run("/api/bookings",
                (request, response) -> {
                    working.countDown();
                    await(finish);
                }));
        assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();

        boolean[] ran = {false};
        MockHttpServletResponse refused = run("/api/bookings", (request, response) -> ran[0] = true);
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentAsString()).contains("service-unavailable");
        assertThat(ran[0]).isFalse();

        // outside /api nothing is refused
        assertThat(run("/actuator/health", (request, response) -> ((MockHttpServletResponse) response).setStatus(200)).getStatus()).isEqualTo(200);

        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(admission.available()).isEqualTo(1);
        assertThat(run("/api/bookings", (request, response) -> ((MockHttpServletResponse) response).setStatus(201)).getStatus()).isEqualTo(201);
    }

    @Test
    void givenARequestThatStepsAsideToWait_thenItsSlotServesOthersAndIsGivenBackOnce() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<MockHttpServletResponse> waiter = CompletableFuture.supplyAsync(() -> run("/api/bookings/1/hold",
                (request, response) -> {
                    RequestAdmission.stepAside();
                    RequestAdmission.stepAside();
                    waiting.countDown();
                    await(finish);
                }));
        assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(run("/api/bookings", (request, response) -> ((MockHttpServletResponse) response).setStatus(201)).getStatus()).isEqualTo(201);

        finish.countDown();
        waiter.get(10, TimeUnit.SECONDS);
        assertThat(admission.available()).isEqualTo(1);
    }

    @Test
    void givenNoSlotsConfigured_thenNothingIsRefused() throws Exception {
        RequestAdmission off = new RequestAdmission(0, Duration.ZERO,
                new ProblemResponseWriter(JsonMapper.builder().build()));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/bookings");
        MockHttpServletResponse response = new MockHttpServletResponse();
        off.doFilter(request, response, (req, res) -> ((MockHttpServletResponse) res).setStatus(204));
        assertThat(response.getStatus()).isEqualTo(204);
    }

    private MockHttpServletResponse run(String path, FilterChain chain) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            admission.doFilter(request, response, chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
