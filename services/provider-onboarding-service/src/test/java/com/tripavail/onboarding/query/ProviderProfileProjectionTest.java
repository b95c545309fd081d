package com.tripavail.onboarding.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.onboarding.event.OnboardingStep;
import com.tripavail.onboarding.event.OnboardingStepCompletedEvent;
import com.tripavail.onboarding.event.ProviderApprovedEvent;
import com.tripavail.onboarding.event.ProviderOnboardingStartedEvent;
import com.tripavail.onboarding.event.ProviderRegisteredEvent;
import com.tripavail.onboarding.event.ProviderRejectedEvent;
import com.tripavail.onboarding.event.ProviderReviewStartedEvent;
import com.tripavail.onboarding.event.ProviderSubmittedForVerificationEvent;
import com.tripavail.onboarding.event.ProviderType;
import com.tripavail.onboarding.event.VerificationStatus;
import com.tripavail.testsupport.PostgresInstance;
import com.tripavail.testsupport.TestInfrastructure;
import java.time.Instant;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The projection on its own: plain calls, a real PostgreSQL table, no Spring and no Axon. */
class ProviderProfileProjectionTest {

    private static DSLContext dsl;
    private ProviderProfileProjection projection;
    private ProviderProfiles profiles;
    private final Instant t0 = Instant.parse("2026-11-01T09:00:00Z");

    @BeforeAll
    static void database() {
        PostgresInstance postgres = TestInfrastructure.postgres();
        String url = postgres.jdbcUrl(postgres.createDatabase("projection"));
        Flyway.configure().dataSource(url, postgres.username(), postgres.password())
                .locations("classpath:db/migration").load().migrate();
        dsl = DSL.using(url, postgres.username(), postgres.password());
        dsl.settings().setExecuteLogging(false);
        assertThat(dsl.dialect()).isEqualTo(SQLDialect.POSTGRES);
    }

    @BeforeEach
    void emptyTable() {
        projection = new ProviderProfileProjection(dsl);
        profiles = new ProviderProfiles(dsl);
        projection.reset();
    }

    @Test
    void givenARegisteredProvider_whenStepsAndAnApprovalArrive_thenTheViewFollows() {
        projection.on(registered("p-1"), 0);
        projection.on(new ProviderOnboardingStartedEvent("p-1", "u-1", ProviderType.HOTEL_MANAGER,
                VerificationStatus.NOT_STARTED, t0.plusSeconds(1)), 1);
        projection.on(new OnboardingStepCompletedEvent("p-1", OnboardingStep.BUSINESS_DETAILS,
                Map.of("city", "Agra", "country", "IN"), t0.plusSeconds(2)), 2);
        projection.on(new ProviderSubmittedForVerificationEvent("p-1", "u-1", ProviderType.HOTEL_MANAGER,
                VerificationStatus.IN_PROGRESS, t0.plusSeconds(3)), 3);
        projection.on(new ProviderReviewStartedEvent("p-1", "u-1", ProviderType.HOTEL_MANAGER,
                VerificationStatus.SUBMITTED, "admin", t0.plusSeconds(4)), 4);
        projection.on(new ProviderApprovedEvent("p-1", "u-1", ProviderType.HOTEL_MANAGER,
                VerificationStatus.UNDER_REVIEW, "admin", t0.plusSeconds(5)), 5);

        ProviderProfileView view = profiles.find("p-1").orElseThrow();
        assertThat(view.status()).isEqualTo("APPROVED");
        assertThat(view.completedSteps()).containsExactly("BUSINESS_DETAILS");
        assertThat(view.missingSteps()).doesNotContain("BUSINESS_DETAILS").hasSize(5);
        assertThat(view.city()).isEqualTo("Agra");
        assertThat(view.submittedAt()).isEqualTo(t0.plusSeconds(3));
        assertThat(view.approvedAt()).isEqualTo(t0.plusSeconds(5));
        assertThat(view.updatedAt()).isEqualTo(t0.plusSeconds(5));
    }

    @Test
    void givenAnEventAlreadyApplied_whenItIsDeliveredAgain_thenNothingChangesTwice() {
        projection.on(registered("p-2"), 0);
        var submitted = new ProviderSubmittedForVerificationEvent("p-2", "u-1", ProviderType.HOTEL_MANAGER,
                VerificationStatus.IN_PROGRESS, t0.plusSeconds(3));
        var rejected = new ProviderRejectedEvent("p-2", "u-1", ProviderType.HOTEL_MANAGER,
                VerificationStatus.UNDER_REVIEW, "admin", "blurry licence", t0.plusSeconds(6));
        projection.on(submitted, 3);
        projection.on(rejected, 5);

        projection.on(submitted, 3);

        ProviderProfileView view = profiles.find("p-2").orElseThrow();
        assertThat(view.status()).isEqualTo("REJECTED");
        assertThat(view.rejectionReason()).isEqualTo("blurry licence");
    }

    @Test
    void givenProvidersInSeveralStates_whenTheQueueIsRead_thenOnlyTheStatusIsListedOldestFirst() {
        for (int i = 0; i < 3; i++) {
            projection.on(registered("q-" + i), 0);
            projection.on(new ProviderSubmittedForVerificationEvent("q-" + i, "u-" + i, ProviderType.TOUR_OPERATOR,
                    VerificationStatus.IN_PROGRESS, t0.plusSeconds(30 - i)), 1);
        }
        projection.on(registered("other"), 0);

        PageView<ProviderProfileView> page = profiles.inStatus("SUBMITTED", 0, 2);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(ProviderProfileView::providerId).containsExactly("q-2", "q-1");
        assertThat(profiles.inStatus("SUBMITTED", 1, 2).items()).extracting(ProviderProfileView::providerId)
                .containsExactly("q-0");
    }

    private ProviderRegisteredEvent registered(String providerId) {
        return new ProviderRegisteredEvent(providerId, "u-1", ProviderType.HOTEL_MANAGER, "Taj View", null, null, t0);
    }
}
