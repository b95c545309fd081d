package com.tripavail.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.tripavail.platform.security.Role;
import com.tripavail.platform.security.TestTokens;
import com.tripavail.platform.web.Problems;
import com.tripavail.testsupport.MutableClock;
import com.tripavail.platform.web.testapp.PlatformWebTestBase;
import com.tripavail.platform.web.testapp.TestControllers.IdempotentController;

import tools.jackson.databind.JsonNode;

class IdempotencyTest extends PlatformWebTestBase {

    @Autowired
    private MutableClock clock;

    @Autowired
    private IdempotencyStore store;

    @Autowired
    private IdempotencyRecordCleanup cleanup;

    private static String newKey() {
        return "key-" + UUID.randomUUID();
    }

    private static String newRef() {
        return "ref-" + UUID.randomUUID();
    }

    private static String order(String ref, int amount) {
        return "{\"ref\":\"" + ref + "\",\"amount\":" + amount + "}";
    }

    private HttpResponse<String> post(String path, String key, String body) {
        return post(path, key, body, TRAVELER_TOKEN);
    }

    private HttpResponse<String> post(String path, String key, String body, String token) {
        HttpRequest.Builder request = anonymous(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(json(body));
        if (key != null) {
            request.header(IdempotencyFilter.HEADER, key);
        }
        return send(request);
    }

    @Test
    void givenSameKeyAndRequest_whenRepeated_thenStoredResponseReplayedWithoutRunningHandler() {
        String key = newKey();
        String ref = newRef();

        HttpResponse<String> first = post("/api/test/idem/orders", key, order(ref, 100));
        HttpResponse<String> second = post("/api/test/idem/orders", key, order(ref, 100));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER)).isEmpty();
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location")).isPresent();
        assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(second.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER)).hasValue("true");
        assertThat(IdempotentController.runs(ref)).isEqualTo(1);
    }

    @Test
    void givenNoKey_whenRepeated_thenHandlerRunsEachTime() {
        String ref = newRef();

        post("/api/test/idem/orders", null, order(ref, 1));
        post("/api/test/idem/orders", null, order(ref, 1));

        assertThat(IdempotentController.runs(ref)).isEqualTo(2);
    }

    @Test
    void givenSameKeyWithDifferentBody_thenUnprocessableProblem() {
        String key = newKey();
        String ref = newRef();
        post("/api/test/idem/orders", key, order(ref, 100));

        HttpResponse<String> second = post("/api/test/idem/orders", key, order(ref, 200));

        assertProblem(second, 422, Problems.IDEMPOTENCY_KEY_REUSED);
        assertThat(IdempotentController.runs(ref)).isEqualTo(1);
    }

    @Test
    void givenSameKeyFromAnotherUser_thenTreatedAsAnotherKey() {
        String key = newKey();
        String ref = newRef();

        post("/api/test/idem/orders", key, order(ref, 100));
        HttpResponse<String> other = post("/api/test/idem/orders", key, order(ref, 100),
                TestTokens.token("traveler-2", Role.TRAVELER));

        assertThat(other.statusCode()).isEqualTo(201);
        assertThat(other.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER)).isEmpty();
        assertThat(IdempotentController.runs(ref)).isEqualTo(2);
    }

    @Test
    void givenConcurrentRequestsWithOneKey_thenSecondGetsConflictAndOnlyOneEffect() throws Exception {
        String key = newKey();
        String ref = newRef();
        IdempotentController.entered = new CountDownLatch(1);
        IdempotentController.release = new CountDownLatch(1);

        CompletableFuture<HttpResponse<String>> first =
                CompletableFuture.supplyAsync(() -> post("/api/test/idem/slow", key, order(ref, 1)));
        assertThat(IdempotentController.entered.await(30, TimeUnit.SECONDS)).isTrue();

        HttpResponse<String> concurrent = post("/api/test/idem/slow", key, order(ref, 1));
        IdempotentController.release.countDown();
        HttpResponse<String> firstResponse = first.get(30, TimeUnit.SECONDS);
        HttpResponse<String> afterwards = post("/api/test/idem/slow", key, order(ref, 1));

        assertProblem(concurrent, 409, Problems.IDEMPOTENT_REQUEST_IN_PROGRESS);
        assertThat(concurrent.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(firstResponse.statusCode()).isEqualTo(201);
        assertThat(afterwards.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER)).hasValue("true");
        assertThat(afterwards.body()).isEqualTo(firstResponse.body());
        assertThat(IdempotentController.runs(ref)).isEqualTo(1);
    }

    @Test
    void givenAClaimLeftByARequestThatNeverFinished_whenRetriedLater_thenTheRetryRuns() throws Exception {
        String key = newKey();
        String ref = newRef();
        IdempotentController.entered = new CountDownLatch(1);
        IdempotentController.release = new CountDownLatch(1);
        // stands for a request whose service died while handling it: its claim stays IN_PROGRESS
        CompletableFuture<HttpResponse<String>> abandoned =
                CompletableFuture.supplyAsync(() -> post("/api/test/idem/slow", key, order(ref, 1)));
        assertThat(IdempotentController.entered.await(30, TimeUnit.SECONDS)).isTrue();

        clock.advance(Duration.ofMinutes(3));
        IdempotentController.entered = new CountDownLatch(1);
        CompletableFuture<HttpResponse<String>> retry =
                CompletableFuture.supplyAsync(() -> post("/api/test/idem/slow", key, order(ref, 1)));
        boolean retryRan = IdempotentController.entered.await(30, TimeUnit.SECONDS);
        IdempotentController.release.countDown();

        assertThat(retryRan).as("the retry took over the abandoned claim").isTrue();
        assertThat(retry.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        abandoned.get(30, TimeUnit.SECONDS);
        assertThat(IdempotentController.runs(ref)).isEqualTo(2);
    }

    @Test
    void givenExpiredKey_thenTreatedAsNewAndCleanedUp() {
        String key = newKey();
        String ref = newRef();
        post("/api/test/idem/orders", key, order(ref, 5));

        clock.advance(Duration.ofHours(24).plusSeconds(1));
        HttpResponse<String> later = post("/api/test/idem/orders", key, order(ref, 5));

        assertThat(later.statusCode()).isEqualTo(201);
        assertThat(later.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER)).isEmpty();
        assertThat(IdempotentController.runs(ref)).isEqualTo(2);

        clock.advance(Duration.ofHours(24).plusSeconds(1));
        assertThat(cleanup.deleteExpired()).isGreaterThanOrEqualTo(1);
        assertThat(store.find("traveler-1", key)).isEmpty();
    }

    @Test
    void givenServerError_thenKeyReleasedSoRetryRuns() {
        String key = newKey();
        String ref = newRef();

        HttpResponse<String> failed = post("/api/test/idem/failing", key, order(ref, 1));
        HttpResponse<String> retried = post("/api/test/idem/failing", key, order(ref, 1));
        HttpResponse<String> replayed = post("/api/test/idem/failing", key, order(ref, 1));

        assertProblem(failed, 500, Problems.INTERNAL_ERROR);
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(replayed.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER)).hasValue("true");
        assertThat(IdempotentController.runs(ref)).isEqualTo(2);
    }

    @Test
    void givenClientError_thenOutcomeStoredAndReplayed() {
        String key = newKey();

        HttpResponse<String> invalid = post("/api/test/idem/orders", key, "{\"ref\":\"\",\"amount\":1}");
        HttpResponse<String> again = post("/api/test/idem/orders", key, "{\"ref\":\"\",\"amount\":1}");

        assertProblem(invalid, 400, Problems.VALIDATION_FAILED);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).isEqualTo(invalid.body());
        assertThat(again.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER)).hasValue("true");
    }

    @Test
    void givenAsyncHandler_thenOutcomeStoredAndReplayed() {
        String key = newKey();
        String ref = newRef();

        HttpResponse<String> first = post("/api/test/idem/async", key, order(ref, 1));
        HttpResponse<String> second = post("/api/test/idem/async", key, order(ref, 1));

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(202);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER)).hasValue("true");
        assertThat(IdempotentController.runs(ref)).isEqualTo(1);
    }

    @Test
    void givenRequiredKeyMissing_thenBadRequestAndHandlerNotRun() {
        String ref = newRef();

        HttpResponse<String> response = send(request("/api/test/idem/required/" + ref).DELETE());

        JsonNode problem = assertProblem(response, 400, Problems.BAD_REQUEST);
        assertThat(problem.path("detail").asString()).contains("Idempotency-Key");
        assertThat(IdempotentController.runs(ref)).isZero();
    }

    @Test
    void givenRequiredKeyPresent_thenHandlerRunsOnce() {
        String ref = newRef();
        String key = newKey();

        HttpResponse<String> first = send(request("/api/test/idem/required/" + ref)
                .header(IdempotencyFilter.HEADER, key).DELETE());
        HttpResponse<String> second = send(request("/api/test/idem/required/" + ref)
                .header(IdempotencyFilter.HEADER, key).DELETE());

        assertThat(first.statusCode()).isEqualTo(204);
        assertThat(second.statusCode()).isEqualTo(204);
        assertThat(second.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER)).hasValue("true");
        assertThat(IdempotentController.runs(ref)).isEqualTo(1);
    }

    @Test
    void givenInvalidKey_thenBadRequest() {
        String ref = newRef();

        assertProblem(post("/api/test/idem/orders", "x".repeat(256), order(ref, 1)), 400,
                Problems.INVALID_IDEMPOTENCY_KEY);
        assertProblem(post("/api/test/idem/orders", "has space", order(ref, 1)), 400,
                Problems.INVALID_IDEMPOTENCY_KEY);
        assertThat(IdempotentController.runs(ref)).isZero();
    }

    @Test
    void keyValidation() {
        assertThat(IdempotencyFilter.isValidKey("a")).isTrue();
        assertThat(IdempotencyFilter.isValidKey("~".repeat(255))).isTrue();
        assertThat(IdempotencyFilter.isValidKey("")).isFalse();
        assertThat(IdempotencyFilter.isValidKey("é")).isFalse();
        assertThat(IdempotencyFilter.isValidKey("tab\t")).isFalse();
    }
}
