package com.tripavail.onboarding.command;

import static com.tripavail.onboarding.event.VerificationStatus.APPROVED;
import static com.tripavail.onboarding.event.VerificationStatus.IN_PROGRESS;
import static com.tripavail.onboarding.event.VerificationStatus.NOT_STARTED;
import static com.tripavail.onboarding.event.VerificationStatus.REJECTED;
import static com.tripavail.onboarding.event.VerificationStatus.SUBMITTED;
import static com.tripavail.onboarding.event.VerificationStatus.SUSPENDED;
import static com.tripavail.onboarding.event.VerificationStatus.UNDER_REVIEW;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.hamcrest.CoreMatchers.describedAs;

import com.tripavail.onboarding.command.CommandOutcome.Accepted;
import com.tripavail.onboarding.command.CommandOutcome.Refused;
import com.tripavail.onboarding.event.OnboardingStep;
import com.tripavail.onboarding.event.OnboardingStepCompletedEvent;
import com.tripavail.onboarding.event.ProviderApprovedEvent;
import com.tripavail.onboarding.event.ProviderOnboardingStartedEvent;
import com.tripavail.onboarding.event.ProviderRegisteredEvent;
import com.tripavail.onboarding.event.ProviderReinstatedEvent;
import com.tripavail.onboarding.event.ProviderRejectedEvent;
import com.tripavail.onboarding.event.ProviderReviewStartedEvent;
import com.tripavail.onboarding.event.ProviderSubmittedForVerificationEvent;
import com.tripavail.onboarding.event.ProviderSuspendedEvent;
import com.tripavail.onboarding.event.ProviderType;
import com.tripavail.onboarding.event.VerificationStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every verification transition of a provider profile, allowed and refused. A refusal is a
 * typed {@link Refused} result and changes nothing: no event.
 */
class ProviderProfileTest {

    private static final String PROVIDER = "provider-1";
    private static final String OWNER = "user-1";
    private static final String STRANGER = "user-2";
    private static final String ADMIN = "admin-1";
    private static final ProviderType TYPE = ProviderType.HOTEL_MANAGER;
    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

    private FixtureConfiguration<ProviderProfile> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProviderProfile.class);
    }

    // ---- register -------------------------------------------------------------------------------

    @Test
    void givenNothing_whenRegisterProvider_thenProviderRegistered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterProviderCommand(PROVIDER, OWNER, TYPE, "Taj View Hotels", "Agra", "IN", T0))
                .expectEvents(new ProviderRegisteredEvent(PROVIDER, OWNER, TYPE, "Taj View Hotels", "Agra", "IN", T0));
    }

    // ---- complete a checklist step ----------------------------------------------------------------

    @Test
    void givenNotStarted_whenCompleteStep_thenOnboardingStartsAndTheStepIsCompleted() {
        fixture.given(history(NOT_STARTED))
                .when(completeStep(OWNER, OnboardingStep.LICENSE))
                .expectEvents(new ProviderOnboardingStartedEvent(PROVIDER, OWNER, TYPE, NOT_STARTED, NOW),
                        stepCompleted(OnboardingStep.LICENSE, NOW))
                .expectResultMessagePayload(new Accepted(IN_PROGRESS));
    }

    @Test
    void givenInProgress_whenCompleteStep_thenOnlyTheStepIsCompleted() {
        fixture.given(history(IN_PROGRESS))
                .when(completeStep(OWNER, OnboardingStep.PAYOUT_DETAILS))
                .expectEvents(stepCompleted(OnboardingStep.PAYOUT_DETAILS, NOW))
                .expectResultMessagePayload(new Accepted(IN_PROGRESS));
    }

    @Test
    void givenInProgress_whenCompleteAnAlreadyCompletedStepAgain_thenTheCorrectionIsRecorded() {
        fixture.given(history(IN_PROGRESS))
                .when(completeStep(OWNER, OnboardingStep.BUSINESS_DETAILS))
                .expectEvents(stepCompleted(OnboardingStep.BUSINESS_DETAILS, NOW))
                .expectResultMessagePayload(new Accepted(IN_PROGRESS));
    }

    @Test
    void givenRejected_whenCompleteStep_thenOnboardingRestartsInProgress() {
        fixture.given(history(REJECTED))
                .when(completeStep(OWNER, OnboardingStep.LICENSE))
                .expectEvents(new ProviderOnboardingStartedEvent(PROVIDER, OWNER, TYPE, REJECTED, NOW),
                        stepCompleted(OnboardingStep.LICENSE, NOW))
                .expectResultMessagePayload(new Accepted(IN_PROGRESS));
    }

    @Test
    void givenInProgress_whenCompleteStepWithoutARequiredDetail_thenRefusedAsInvalidDetails() {
        Map<String, String> details = detailsOf(OnboardingStep.LICENSE);
        details.remove("issuingAuthority");

        fixture.given(history(IN_PROGRESS))
                .when(new CompleteOnboardingStepCommand(PROVIDER, OWNER, OnboardingStep.LICENSE, details, NOW))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(Refusal.INVALID_DETAILS, IN_PROGRESS, "issuingAuthority"));
    }

    @Test
    void givenNotStarted_whenCompleteStepWithABlankDetail_thenRefusedAndOnboardingDoesNotStart() {
        Map<String, String> details = detailsOf(OnboardingStep.TERMS_ACCEPTED);
        details.put("termsVersion", "   ");

        fixture.given(history(NOT_STARTED))
                .when(new CompleteOnboardingStepCommand(PROVIDER, OWNER, OnboardingStep.TERMS_ACCEPTED, details, NOW))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(Refusal.INVALID_DETAILS, NOT_STARTED, "termsVersion"));
    }

    @Test
    void givenInProgress_whenSomeoneElseCompletesAStep_thenRefusedAsNotOwner() {
        fixture.given(history(IN_PROGRESS))
                .when(completeStep(STRANGER, OnboardingStep.LICENSE))
                .expectNoEvents()
                .expectResultMessagePayload(new Refused(Refusal.NOT_OWNER, "not your profile", IN_PROGRESS));
    }

    // ---- submit --------------------------------------------------------------------------------

    @Test
    void givenACompleteChecklist_whenSubmit_thenSubmittedForVerification() {
        fixture.given(history(IN_PROGRESS, OnboardingStep.values()))
                .when(new SubmitProviderForVerificationCommand(PROVIDER, OWNER, NOW))
                .expectEvents(new ProviderSubmittedForVerificationEvent(PROVIDER, OWNER, TYPE, IN_PROGRESS, NOW))
                .expectResultMessagePayload(new Accepted(SUBMITTED));
    }

    @Test
    void givenAnIncompleteChecklist_whenSubmit_thenRefusedNamingTheMissingSteps() {
        fixture.given(history(IN_PROGRESS))
                .when(new SubmitProviderForVerificationCommand(PROVIDER, OWNER, NOW))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(Refusal.CHECKLIST_INCOMPLETE, IN_PROGRESS,
                        "PAYOUT_DETAILS"));
    }

    @Test
    void givenNotStarted_whenSubmit_thenRefusedAsChecklistIncomplete() {
        fixture.given(history(NOT_STARTED))
                .when(new SubmitProviderForVerificationCommand(PROVIDER, OWNER, NOW))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(Refusal.CHECKLIST_INCOMPLETE, NOT_STARTED,
                        "BUSINESS_DETAILS"));
    }

    @Test
    void givenACompleteChecklist_whenSomeoneElseSubmits_thenRefusedAsNotOwner() {
        fixture.given(history(IN_PROGRESS, OnboardingStep.values()))
                .when(new SubmitProviderForVerificationCommand(PROVIDER, STRANGER, NOW))
                .expectNoEvents()
                .expectResultMessagePayload(new Refused(Refusal.NOT_OWNER, "not your profile", IN_PROGRESS));
    }

    @Test
    void givenRejected_whenResubmitWithoutChanges_thenSubmittedAgain() {
        fixture.given(history(REJECTED))
                .when(new SubmitProviderForVerificationCommand(PROVIDER, OWNER, NOW))
                .expectEvents(new ProviderSubmittedForVerificationEvent(PROVIDER, OWNER, TYPE, REJECTED, NOW))
                .expectResultMessagePayload(new Accepted(SUBMITTED));
    }

    @Test
    void givenRejectedAndCorrected_whenResubmit_thenSubmittedAgain() {
        List<Object> corrected = new ArrayList<>(history(REJECTED));
        corrected.add(new ProviderOnboardingStartedEvent(PROVIDER, OWNER, TYPE, REJECTED, T0));
        corrected.add(stepCompleted(OnboardingStep.LICENSE, T0));

        fixture.given(corrected)
                .when(new SubmitProviderForVerificationCommand(PROVIDER, OWNER, NOW))
                .expectEvents(new ProviderSubmittedForVerificationEvent(PROVIDER, OWNER, TYPE, IN_PROGRESS, NOW))
                .expectResultMessagePayload(new Accepted(SUBMITTED));
    }

    // ---- review, approve, reject -------------------------------------------------------------------

    @Test
    void givenSubmitted_whenStartReview_thenUnderReview() {
        fixture.given(history(SUBMITTED))
                .when(new StartProviderReviewCommand(PROVIDER, ADMIN, NOW))
                .expectEvents(new ProviderReviewStartedEvent(PROVIDER, OWNER, TYPE, SUBMITTED, ADMIN, NOW))
                .expectResultMessagePayload(new Accepted(UNDER_REVIEW));
    }

    @Test
    void givenUnderReview_whenApprove_thenApproved() {
        fixture.given(history(UNDER_REVIEW))
                .when(new ApproveProviderCommand(PROVIDER, ADMIN, NOW))
                .expectEvents(new ProviderApprovedEvent(PROVIDER, OWNER, TYPE, UNDER_REVIEW, ADMIN, NOW))
                .expectResultMessagePayload(new Accepted(APPROVED));
    }

    @Test
    void givenUnderReview_whenRejectWithAReason_thenRejectedWithTheReason() {
        fixture.given(history(UNDER_REVIEW))
                .when(new RejectProviderCommand(PROVIDER, ADMIN, "licence expired", NOW))
                .expectEvents(new ProviderRejectedEvent(PROVIDER, OWNER, TYPE, UNDER_REVIEW, ADMIN, "licence expired",
                        NOW))
                .expectResultMessagePayload(new Accepted(REJECTED));
    }

    @Test
    void givenUnderReview_whenRejectWithABlankReason_thenRefusedAsInvalidDetails() {
        fixture.given(history(UNDER_REVIEW))
                .when(new RejectProviderCommand(PROVIDER, ADMIN, " ", NOW))
                .expectNoEvents()
                .expectResultMessagePayload(new Refused(Refusal.INVALID_DETAILS, "a rejection needs a reason",
                        UNDER_REVIEW));
    }

    @Test
    void givenUnderReview_whenRejectWithoutAReason_thenRefusedAsInvalidDetails() {
        fixture.given(history(UNDER_REVIEW))
                .when(new RejectProviderCommand(PROVIDER, ADMIN, null, NOW))
                .expectNoEvents()
                .expectResultMessagePayload(new Refused(Refusal.INVALID_DETAILS, "a rejection needs a reason",
                        UNDER_REVIEW));
    }

    // ---- suspend, reinstate ---------------------------------------------------------------------

    @Test
    void givenApproved_whenSuspendWithAReason_thenSuspended() {
        fixture.given(history(APPROVED))
                .when(new SuspendProviderCommand(PROVIDER, ADMIN, "guest complaints", NOW))
                .expectEvents(new ProviderSuspendedEvent(PROVIDER, OWNER, TYPE, APPROVED, ADMIN, "guest complaints",
                        NOW))
                .expectResultMessagePayload(new Accepted(SUSPENDED));
    }

    @Test
    void givenApproved_whenSuspendWithoutAReason_thenRefusedAsInvalidDetails() {
        fixture.given(history(APPROVED))
                .when(new SuspendProviderCommand(PROVIDER, ADMIN, "", NOW))
                .expectNoEvents()
                .expectResultMessagePayload(new Refused(Refusal.INVALID_DETAILS, "a suspension needs a reason",
                        APPROVED));
    }

    @Test
    void givenSuspended_whenReinstate_thenApprovedAgain() {
        fixture.given(history(SUSPENDED))
                .when(new ReinstateProviderCommand(PROVIDER, ADMIN, NOW))
                .expectEvents(new ProviderReinstatedEvent(PROVIDER, OWNER, TYPE, SUSPENDED, ADMIN, NOW))
                .expectResultMessagePayload(new Accepted(APPROVED));
    }

    @Test
    void givenReinstated_whenSuspendAgain_thenSuspended() {
        List<Object> reinstated = new ArrayList<>(history(SUSPENDED));
        reinstated.add(new ProviderReinstatedEvent(PROVIDER, OWNER, TYPE, SUSPENDED, ADMIN, T0));

        fixture.given(reinstated)
                .when(new SuspendProviderCommand(PROVIDER, ADMIN, "again", NOW))
                .expectEvents(new ProviderSuspendedEvent(PROVIDER, OWNER, TYPE, APPROVED, ADMIN, "again", NOW))
                .expectResultMessagePayload(new Accepted(SUSPENDED));
    }

    // ---- every command in every status it does not fit ----------------------------------------------

    /** Each provider command (valid in itself) and the statuses it is allowed in. */
    enum Action {
        COMPLETE_STEP(() -> completeStep(OWNER, OnboardingStep.LICENSE), NOT_STARTED, IN_PROGRESS, REJECTED),
        // NOT_STARTED is allowed too, but can never have a complete checklist: see the test above
        SUBMIT(() -> new SubmitProviderForVerificationCommand(PROVIDER, OWNER, NOW), NOT_STARTED, IN_PROGRESS,
                REJECTED),
        START_REVIEW(() -> new StartProviderReviewCommand(PROVIDER, ADMIN, NOW), SUBMITTED),
        APPROVE(() -> new ApproveProviderCommand(PROVIDER, ADMIN, NOW), UNDER_REVIEW),
        REJECT(() -> new RejectProviderCommand(PROVIDER, ADMIN, "a reason", NOW), UNDER_REVIEW),
        SUSPEND(() -> new SuspendProviderCommand(PROVIDER, ADMIN, "a reason", NOW), APPROVED),
        REINSTATE(() -> new ReinstateProviderCommand(PROVIDER, ADMIN, NOW), SUSPENDED);

        final Supplier<Object> command;
        final Set<VerificationStatus> allowedIn;

        Action(Supplier<Object> command, VerificationStatus first, VerificationStatus... rest) {
            this.command = command;
            this.allowedIn = EnumSet.of(first, rest);
        }
    }

    static Stream<Arguments> commandsInStatusesTheyDoNotFit() {
        return Arrays.stream(Action.values()).flatMap(action -> Arrays.stream(VerificationStatus.values())
                .filter(status -> !action.allowedIn.contains(status))
                .map(status -> Arguments.of(status, action)));
    }

    @ParameterizedTest(name = "given {0}, when {1}, then refused as WRONG_STATE")
    @MethodSource("commandsInStatusesTheyDoNotFit")
    void givenAStatus_whenACommandThatDoesNotFitIt_thenRefusedAsWrongStateAndNothingChanges(
            VerificationStatus status, Action action) {
        fixture.given(history(status, OnboardingStep.values()))
                .when(action.command.get())
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(Refusal.WRONG_STATE, status, ""));
    }

    // ---- helpers --------------------------------------------------------------------------------

    /**
     * The events that bring a profile to {@code status}; in IN_PROGRESS with the given steps
     * completed (default BUSINESS_DETAILS), from SUBMITTED on with the whole checklist.
     */
    private static List<Object> history(VerificationStatus status, OnboardingStep... inProgressSteps) {
        List<Object> events = new ArrayList<>();
        events.add(new ProviderRegisteredEvent(PROVIDER, OWNER, TYPE, "Taj View Hotels", "Agra", "IN", T0));
        if (status == NOT_STARTED) {
            return events;
        }
        events.add(new ProviderOnboardingStartedEvent(PROVIDER, OWNER, TYPE, NOT_STARTED, T0));
        OnboardingStep[] steps = status == IN_PROGRESS && inProgressSteps.length > 0 ? inProgressSteps
                : status == IN_PROGRESS ? new OnboardingStep[] {OnboardingStep.BUSINESS_DETAILS}
                : OnboardingStep.values();
        for (OnboardingStep step : steps) {
            events.add(stepCompleted(step, T0));
        }
        if (status == IN_PROGRESS) {
            return events;
        }
        events.add(new ProviderSubmittedForVerificationEvent(PROVIDER, OWNER, TYPE, IN_PROGRESS, T0));
        if (status == SUBMITTED) {
            return events;
        }
        events.add(new ProviderReviewStartedEvent(PROVIDER, OWNER, TYPE, SUBMITTED, ADMIN, T0));
        switch (status) {
            case UNDER_REVIEW -> {
            }
            case REJECTED -> events.add(new ProviderRejectedEvent(PROVIDER, OWNER, TYPE, UNDER_REVIEW, ADMIN,
                    "licence expired", T0));
            case APPROVED -> events.add(new ProviderApprovedEvent(PROVIDER, OWNER, TYPE, UNDER_REVIEW, ADMIN, T0));
            case SUSPENDED -> {
                events.add(new ProviderApprovedEvent(PROVIDER, OWNER, TYPE, UNDER_REVIEW, ADMIN, T0));
                events.add(new ProviderSuspendedEvent(PROVIDER, OWNER, TYPE, APPROVED, ADMIN, "complaints", T0));
            }
            default -> throw new IllegalArgumentException("no history for " + status);
        }
        return events;
    }

    private static CompleteOnboardingStepCommand completeStep(String actingUser, OnboardingStep step) {
        return new CompleteOnboardingStepCommand(PROVIDER, actingUser, step, detailsOf(step), NOW);
    }

    private static OnboardingStepCompletedEvent stepCompleted(OnboardingStep step, Instant at) {
        return new OnboardingStepCompletedEvent(PROVIDER, step, detailsOf(step), at);
    }

    private static Map<String, String> detailsOf(OnboardingStep step) {
        Map<String, String> details = new HashMap<>();
        step.requiredDetails().forEach(key -> details.put(key, "value of " + key));
        return details;
    }

    private static org.hamcrest.Matcher<Object> refused(Refusal reason, VerificationStatus status,
                                                        String detailMentions) {
        return describedAs("Refused(%0, detail mentioning '%1', %2)", predicate(payload ->
                        payload instanceof Refused refused && refused.reason() == reason && refused.status() == status
                                && refused.detail() != null && refused.detail().contains(detailMentions)),
                reason, detailMentions, status);
    }
}
