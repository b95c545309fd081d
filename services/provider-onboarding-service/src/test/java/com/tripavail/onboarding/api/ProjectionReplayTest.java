package com.tripavail.onboarding.api;

import static com.tripavail.onboarding.jooq.Tables.PROVIDER_PROFILE_VIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.onboarding.OnboardingIntegrationTest;
import com.tripavail.onboarding.event.OnboardingStep;
import com.tripavail.onboarding.query.ProviderProfileProjection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Replaying the provider-profiles projection through the admin API rebuilds identical rows. */
@OnboardingIntegrationTest
class ProjectionReplayTest {

    private static final String PROCESSOR = ProviderProfileProjection.PROCESSING_GROUP;

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;

    @Test
    void replayingTheProviderProfilesRebuildsTheSameRows() {
        Api api = new Api(port);
        String admin = api.login("admin@tripavail.local");
        // profiles in several states: registered, in progress, submitted, approved, rejected
        for (int i = 0; i < 5; i++) {
            String token = api.login("replay-" + i + "-" + UUID.randomUUID() + "@example.com");
            String providerId = api.post("/api/providers", token, Map.of("providerType", "HOTEL_MANAGER",
                    "businessName", "Replay " + i)).expect(201).text("providerId");
            for (OnboardingStep step : OnboardingStep.values()) {
                if (i == 0 || (i == 1 && step.ordinal() > 1)) {
                    break;
                }
                api.post("/api/providers/" + providerId + "/steps", token,
                        ProviderOnboardingFlowTest.step(step)).expect(202);
            }
            if (i >= 2) {
                api.post("/api/providers/" + providerId + "/submit", token, null).expect(202);
            }
            if (i >= 3) {
                api.post("/api/admin/providers/" + providerId + "/start-review", admin, null).expect(202);
                api.post("/api/admin/providers/" + providerId + (i == 3 ? "/approve" : "/reject"), admin,
                        i == 3 ? null : Map.of("reason", "licence expired")).expect(202);
            }
        }
        awaitCaughtUp(api, admin);
        List<Record> before = rows();
        assertThat(before).hasSizeGreaterThanOrEqualTo(5);

        // a row damaged by hand, and one deleted: only a rebuild from the events restores them
        dsl.update(PROVIDER_PROFILE_VIEW).set(PROVIDER_PROFILE_VIEW.BUSINESS_NAME, "damaged").execute();
        dsl.deleteFrom(PROVIDER_PROFILE_VIEW).where(PROVIDER_PROFILE_VIEW.PROVIDER_ID
                .eq(before.getFirst().get(PROVIDER_PROFILE_VIEW.PROVIDER_ID))).execute();
        assertThat(rows()).isNotEqualTo(before);

        api.post("/api/admin/processors/" + PROCESSOR + "/replay", admin, null).expect(202);
        awaitCaughtUp(api, admin);

        assertThat(rows()).isEqualTo(before);
    }

    private void awaitCaughtUp(Api api, String admin) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode status = api.get("/api/admin/processors/" + PROCESSOR, admin).expect(200).body();
            assertThat(status.get("replaying").asBoolean()).as("replaying in %s", status).isFalse();
            assertThat(status.get("lag").asLong()).isZero();
            assertThat(status.get("error").asBoolean()).as("error in %s", status).isFalse();
        });
    }

    private List<Record> rows() {
        return dsl.selectFrom(PROVIDER_PROFILE_VIEW).orderBy(PROVIDER_PROFILE_VIEW.PROVIDER_ID).fetch()
                .stream().map(r -> (Record) r).toList();
    }
}
