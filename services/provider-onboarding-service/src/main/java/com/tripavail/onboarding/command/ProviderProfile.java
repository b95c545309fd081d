package com.tripavail.onboarding.command;

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
import com.tripavail.onboarding.event.VerificationStatusChange;

import static com.tripavail.onboarding.command.CommandOutcome.accepted;
import static com.tripavail.onboarding.command.CommandOutcome.refused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A hotel manager's or tour operator's profile and its verification:
 * <pre>
 * NOT_STARTED → IN_PROGRESS → SUBMITTED → UNDER_REVIEW → APPROVED ⇄ SUSPENDED
 *                    ↑                          ↓
 *                    └──────── REJECTED ←───────┘   (correct the checklist, resubmit)
 * </pre>
 * Every command is guarded: one that does not fit the current status is refused with a
 * typed {@link CommandOutcome}, and changes nothing.
 */
@Aggregate(snapshotTriggerDefinition = "providerProfileSnapshotTrigger")
public class ProviderProfile {

    @AggregateIdentifier
    private String providerId;
    private String userId;
    private ProviderType providerType;
    private VerificationStatus status;
    private Set<OnboardingStep> completedSteps = EnumSet.noneOf(OnboardingStep.class);

    protected ProviderProfile() {
        // for Axon
    }

    @CommandHandler
    public ProviderProfile(RegisterProviderCommand command) {
        apply(new ProviderRegisteredEvent(command.providerId(), command.userId(), command.providerType(),
                command.businessName(), command.city(), command.country(), command.at()));
    }

    @CommandHandler
    public CommandOutcome handle(CompleteOnboardingStepCommand command) {
        if (!userId.equals(command.actingUserId())) {
            return refused(Refusal.NOT_OWNER, "not your profile", status);
        }
        if (!status.checklistEditable()) {
            return refused(Refusal.WRONG_STATE, "the checklist cannot change while " + status, status);
        }
        List<String> missing = command.step().requiredDetails().stream()
                .filter(key -> isBlank(command.details().get(key)))
                .toList();
        if (!missing.isEmpty()) {
            return refused(Refusal.INVALID_DETAILS, command.step() + " needs " + missing, status);
        }
        if (status != VerificationStatus.IN_PROGRESS) {
            apply(new ProviderOnboardingStartedEvent(providerId, userId, providerType, status, command.at()));
        }
        apply(new OnboardingStepCompletedEvent(providerId, command.step(), Map.copyOf(command.details()),
                command.at()));
        return accepted(status);
    }

    @CommandHandler
    public CommandOutcome handle(SubmitProviderForVerificationCommand command) {
        if (!userId.equals(command.actingUserId())) {
            return refused(Refusal.NOT_OWNER, "not your profile", status);
        }
        if (status != VerificationStatus.IN_PROGRESS && status != VerificationStatus.REJECTED
                && status != VerificationStatus.NOT_STARTED) {
            return refused(Refusal.WRONG_STATE, "cannot submit while " + status, status);
        }
        Set<OnboardingStep> missing = EnumSet.allOf(OnboardingStep.class);
        missing.removeAll(completedSteps);
        if (!missing.isEmpty()) {
            return refused(Refusal.CHECKLIST_INCOMPLETE, "steps not completed: " + missing, status);
        }
        apply(new ProviderSubmittedForVerificationEvent(providerId, userId, providerType, status, command.at()));
        return accepted(status);
    }

    @CommandHandler
    public CommandOutcome handle(StartProviderReviewCommand command) {
        if (status != VerificationStatus.SUBMITTED) {
            return refused(Refusal.WRONG_STATE, "only a SUBMITTED profile can be reviewed", status);
        }
        apply(new ProviderReviewStartedEvent(providerId, userId, providerType, status, command.adminId(),
                command.at()));
        return accepted(status);
    }

    @CommandHandler
    public CommandOutcome handle(ApproveProviderCommand command) {
        if (status != VerificationStatus.UNDER_REVIEW) {
            return refused(Refusal.WRONG_STATE, "only a profile UNDER_REVIEW can be approved", status);
        }
        apply(new ProviderApprovedEvent(providerId, userId, providerType, status, command.adminId(), command.at()));
        return accepted(status);
    }

    @CommandHandler
    public CommandOutcome handle(RejectProviderCommand command) {
        if (status != VerificationStatus.UNDER_REVIEW) {
            return refused(Refusal.WRONG_STATE, "only a profile UNDER_REVIEW can be rejected", status);
        }
        if (isBlank(command.reason())) {
            return refused(Refusal.INVALID_DETAILS, "a rejection needs a reason", status);
        }
        apply(new ProviderRejectedEvent(providerId, userId, providerType, status, command.adminId(),
                command.reason(), command.at()));
        return accepted(status);
    }

    @CommandHandler
    public CommandOutcome handle(SuspendProviderCommand command) {
        if (status != VerificationStatus.APPROVED) {
            return refused(Refusal.WRONG_STATE, "only an APPROVED provider can be suspended", status);
        }
        if (isBlank(command.reason())) {
            return refused(Refusal.INVALID_DETAILS, "a suspension needs a reason", status);
        }
        apply(new ProviderSuspendedEvent(providerId, userId, providerType, status, command.adminId(),
                command.reason(), command.at()));
        return accepted(status);
    }

    @CommandHandler
    public CommandOutcome handle(ReinstateProviderCommand command) {
        if (status != VerificationStatus.SUSPENDED) {
            return refused(Refusal.WRONG_STATE, "only a SUSPENDED provider can be reinstated", status);
        }
        apply(new ProviderReinstatedEvent(providerId, userId, providerType, status, command.adminId(),
                command.at()));
        return accepted(status);
    }

    @EventSourcingHandler
    void on(ProviderRegisteredEvent event) {
        providerId = event.providerId();
        userId = event.userId();
        providerType = event.providerType();
        status = VerificationStatus.NOT_STARTED;
    }

    @EventSourcingHandler
    void on(OnboardingStepCompletedEvent event) {
        completedSteps.add(event.step());
    }

    /** Every status change, whichever event carries it. */
    @EventSourcingHandler
    void on(VerificationStatusChange event) {
        status = event.status();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
