package com.tripavail.onboarding.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.onboarding.OnboardingIntegrationTest;
import com.tripavail.onboarding.event.OnboardingStep;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A long-lived profile is loaded from a snapshot (every 50 events) with its whole state. */
@OnboardingIntegrationTest
class ProviderProfileSnapshotTest {

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;

    @Test
    void givenAProfileSnapshottedAfter50Events_whenItIsUsedAgain_thenItKnowsItsOwnerStatusAndChecklist() {
        Api api = new Api(port);
        String owner = api.login("snapshot-" + UUID.randomUUID() + "@example.com");
        String providerId = api.post("/api/providers", owner, Map.of("providerType", "HOTEL_MANAGER",
                "businessName", "Corrected Often")).expect(201).text("providerId");
        for (int correction = 0; correction < 55; correction++) {
            api.post("/api/providers/" + providerId + "/steps", owner,
                    ProviderOnboardingFlowTest.step(OnboardingStep.LICENSE)).expect(202);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(dsl.fetchCount(
                DSL.table(DSL.name("snapshotevententry")),
                DSL.field(DSL.name("aggregateidentifier")).eq(providerId))).isOne());

        var incomplete = api.post("/api/providers/" + providerId + "/submit", owner, null).expectProblem(409);
        assertThat(incomplete.text("currentState")).isEqualTo("IN_PROGRESS");
        assertThat(incomplete.detail()).contains("PAYOUT_DETAILS").doesNotContain("LICENSE");
        // an admin may see the profile, so only the restored owner in the aggregate refuses this
        String admin = api.login("admin@tripavail.local");
        api.post("/api/providers/" + providerId + "/steps", admin,
                ProviderOnboardingFlowTest.step(OnboardingStep.LICENSE)).expectProblem(404);
        for (OnboardingStep step : OnboardingStep.values()) {
            if (step != OnboardingStep.LICENSE) {
                api.post("/api/providers/" + providerId + "/steps", owner, ProviderOnboardingFlowTest.step(step))
                        .expect(202);
            }
        }
        assertThat(api.post("/api/providers/" + providerId + "/submit", owner, null).expect(202).text("status"))
                .isEqualTo("SUBMITTED");
    }
}
