package com.tripavail.onboarding.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.contracts.ContractJson;
import com.tripavail.contracts.EventEnvelope;
import com.tripavail.contracts.Topics;
import com.tripavail.contracts.onboarding.ProviderVerificationChanged;
import com.tripavail.onboarding.event.OnboardingStep;
import com.tripavail.testsupport.KafkaTestConsumer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The onboarding walkthrough of the README, through REST, PostgreSQL and Kafka. */
class ProviderOnboardingFlowTest extends OnboardingApiTest {

    @Test
    void aHotelManagerIsOnboardedApprovedAndTheChangeIsPublished() {
        String email = "hotel-" + UUID.randomUUID() + "@example.com";
        try (KafkaTestConsumer kafka = KafkaTestConsumer.subscribe(Topics.ONBOARDING_EVENTS)) {
            String provider = api.login(email);
            String providerId = api.post("/api/providers", provider, Map.of("providerType", "HOTEL_MANAGER",
                    "businessName", "Taj View Hotels", "city", "Agra", "country", "IN")).expect(201).text("providerId");

            completeChecklist(provider, providerId);
            assertThat(api.post("/api/providers/" + providerId + "/submit", provider, null).expect(202)
                    .text("status")).isEqualTo("SUBMITTED");

            String admin = api.login("admin@tripavail.local");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    api.get("/api/admin/providers?status=SUBMITTED&size=100", admin).expect(200).body().get("items")
                            .findValuesAsString("providerId")).contains(providerId));
            api.post("/api/admin/providers/" + providerId + "/start-review", admin, null).expect(202);
            assertThat(api.post("/api/admin/providers/" + providerId + "/approve", admin, null).expect(202)
                    .text("status")).isEqualTo("APPROVED");

            ConsumerRecord<String, String> approved = kafka.awaitRecord(record -> providerId.equals(record.key())
                    && record.value().contains("\"status\":\"APPROVED\""), Duration.ofSeconds(15));
            EventEnvelope envelope = ContractJson.read(approved.value());
            assertThat(envelope.type()).isEqualTo("onboarding.ProviderVerificationChanged");
            assertThat(envelope.aggregateId()).isEqualTo(providerId);
            ProviderVerificationChanged changed = ContractJson.payload(envelope, ProviderVerificationChanged.class);
            assertThat(changed.previousStatus()).isEqualTo("UNDER_REVIEW");
            assertThat(changed.providerType()).isEqualTo("HOTEL_MANAGER");
            assertThat(new String(approved.headers().lastHeader(Topics.TYPE_HEADER).value(), StandardCharsets.UTF_8))
                    .isEqualTo(envelope.type());
            assertThat(approved.headers().lastHeader(Topics.TRACEPARENT_HEADER)).isNotNull();

            // every transition was published, in order, under the provider's key
            var statuses = kafka.awaitRecords(record -> providerId.equals(record.key())
                                    && record.value().contains("ProviderVerificationChanged"), 4, Duration.ofSeconds(15))
                    .stream().map(r -> ContractJson.payload(ContractJson.read(r.value()),
                            ProviderVerificationChanged.class).status()).toList();
            assertThat(statuses).containsExactly("IN_PROGRESS", "SUBMITTED", "UNDER_REVIEW", "APPROVED");

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                var mine = api.get("/api/providers/me", provider).expect(200).body().get(0);
                assertThat(mine.get("status").asString()).isEqualTo("APPROVED");
                assertThat(mine.get("missingSteps")).isEmpty();
                assertThat(mine.get("approvedAt").isNull()).isFalse();
            });
        }
    }

    @Test
    void submittingAnIncompleteChecklistIsAConflictThatNamesTheMissingSteps() {
        String provider = api.login("tours-" + UUID.randomUUID() + "@example.com");
        String providerId = api.post("/api/providers", provider, Map.of("providerType", "TOUR_OPERATOR",
                "businessName", "Golden Triangle Tours")).expect(201).text("providerId");
        api.post("/api/providers/" + providerId + "/steps", provider, step(OnboardingStep.LICENSE)).expect(202);

        var refused = api.post("/api/providers/" + providerId + "/submit", provider, null).expect(409);

        assertThat(refused.text("detail")).contains("PAYOUT_DETAILS").doesNotContain("LICENSE,");
        assertThat(refused.text("currentState")).isEqualTo("IN_PROGRESS");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aUserHasOneProfilePerTypeAndCanHoldBoth() {
        String user = api.login("both-" + UUID.randomUUID() + "@example.com");
        api.post("/api/providers", user, Map.of("providerType", "HOTEL_MANAGER", "businessName", "A")).expect(201);
        api.post("/api/providers", user, Map.of("providerType", "TOUR_OPERATOR", "businessName", "B")).expect(201);
        api.post("/api/providers", user, Map.of("providerType", "HOTEL_MANAGER", "businessName", "C")).expect(409);
    }

    @Test
    void aProviderCannotSeeOrChangeAnotherProvidersProfile() {
        String owner = api.login("owner-" + UUID.randomUUID() + "@example.com");
        String stranger = api.login("stranger-" + UUID.randomUUID() + "@example.com");
        String providerId = api.post("/api/providers", owner, Map.of("providerType", "HOTEL_MANAGER",
                "businessName", "Mine")).expect(201).text("providerId");

        api.get("/api/providers/" + providerId, stranger).expect(404);
        api.post("/api/providers/" + providerId + "/steps", stranger, step(OnboardingStep.LICENSE)).expect(404);
        api.post("/api/providers/" + providerId + "/submit", stranger, null).expect(404);
        api.post("/api/admin/providers/" + providerId + "/approve", stranger, null).expect(403);
    }

    @Test
    void loginIssuesTheProviderRoleOnceAProfileExists() {
        String email = "roles-" + UUID.randomUUID() + "@example.com";
        String before = api.login(email);
        assertThat(api.get("/api/users/me", before).expect(200).body().get("roles").toString())
                .contains("TRAVELER").doesNotContain("PROVIDER");
        api.post("/api/providers", before, Map.of("providerType", "HOTEL_MANAGER", "businessName", "X")).expect(201);

        var verified = loginResponse(email);
        assertThat(verified.body().get("roles").toString()).contains("PROVIDER", "TRAVELER");
        assertThat(api.get("/api/users/me", verified.text("accessToken")).expect(200).body().get("emailVerified")
                .asBoolean()).isTrue();
    }

    private Api.Response loginResponse(String email) {
        api.post("/api/auth/otp", null, Map.of("email", email)).expect(202);
        String body = api.get("/api/dev/messages?to=" + email, null).expect(200).body().get(0).get("body").asString();
        String code = body.replaceAll("(?s).*?\\b(\\d{6})\\b.*", "$1");
        return api.post("/api/auth/otp/verify", null, Map.of("email", email, "code", code)).expect(200);
    }

    private void completeChecklist(String token, String providerId) {
        for (OnboardingStep step : OnboardingStep.values()) {
            api.post("/api/providers/" + providerId + "/steps", token, step(step)).expect(202);
        }
    }

    static Map<String, Object> step(OnboardingStep step) {
        Map<String, String> details = new HashMap<>();
        step.requiredDetails().forEach(key -> details.put(key, key.equals("country") ? "IN" : "value of " + key));
        return Map.of("step", step.name(), "details", details);
    }

}
