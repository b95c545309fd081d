package com.tripavail.onboarding.query;

import static com.tripavail.onboarding.jooq.Tables.PROVIDER_PROFILE_VIEW;

import com.tripavail.onboarding.event.OnboardingStepCompletedEvent;
import com.tripavail.onboarding.event.ProviderApprovedEvent;
import com.tripavail.onboarding.event.ProviderRegisteredEvent;
import com.tripavail.onboarding.event.ProviderRejectedEvent;
import com.tripavail.onboarding.event.ProviderReviewStartedEvent;
import com.tripavail.onboarding.event.ProviderSubmittedForVerificationEvent;
import com.tripavail.onboarding.event.ProviderSuspendedEvent;
import com.tripavail.onboarding.event.VerificationStatusChange;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Provider profiles as users and admins read them. Each row remembers the sequence number
 * of the last event applied, so a redelivered event (after a crash between handling and
 * storing the token) changes nothing twice; a replay starts from an empty table.
 */
@Component
@ProcessingGroup(ProviderProfileProjection.PROCESSING_GROUP)
public class ProviderProfileProjection {

    public static final String PROCESSING_GROUP = "provider-profiles";

    private final DSLContext dsl;

    public ProviderProfileProjection(DSLContext dsl) {
        this.dsl = dsl;
    }

    @EventHandler
    void on(ProviderRegisteredEvent event, @SequenceNumber long sequence) {
        dsl.insertInto(PROVIDER_PROFILE_VIEW)
                .set(PROVIDER_PROFILE_VIEW.PROVIDER_ID, event.providerId())
                .set(PROVIDER_PROFILE_VIEW.USER_ID, event.userId())
                .set(PROVIDER_PROFILE_VIEW.PROVIDER_TYPE, event.providerType().name())
                .set(PROVIDER_PROFILE_VIEW.BUSINESS_NAME, event.businessName())
                .set(PROVIDER_PROFILE_VIEW.CITY, event.city())
                .set(PROVIDER_PROFILE_VIEW.COUNTRY, event.country())
                .set(PROVIDER_PROFILE_VIEW.STATUS, "NOT_STARTED")
                .set(PROVIDER_PROFILE_VIEW.REGISTERED_AT, utc(event))
                .set(PROVIDER_PROFILE_VIEW.UPDATED_AT, utc(event))
                .set(PROVIDER_PROFILE_VIEW.LAST_EVENT_SEQUENCE, sequence)
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(OnboardingStepCompletedEvent event, @SequenceNumber long sequence) {
        var update = dsl.update(PROVIDER_PROFILE_VIEW)
                .set(PROVIDER_PROFILE_VIEW.COMPLETED_STEPS, DSL.field(
                        "(SELECT array_agg(DISTINCT s ORDER BY s) FROM unnest(array_append({0}, {1})) s)",
                        String[].class, PROVIDER_PROFILE_VIEW.COMPLETED_STEPS, DSL.val(event.step().name())))
                .set(PROVIDER_PROFILE_VIEW.UPDATED_AT, event.at().atOffset(ZoneOffset.UTC))
                .set(PROVIDER_PROFILE_VIEW.LAST_EVENT_SEQUENCE, sequence);
        if ("BUSINESS_DETAILS".equals(event.step().name())) {
            update = update.set(PROVIDER_PROFILE_VIEW.CITY, event.details().get("city"))
                    .set(PROVIDER_PROFILE_VIEW.COUNTRY, event.details().get("country"));
        }
        update.where(PROVIDER_PROFILE_VIEW.PROVIDER_ID.eq(event.providerId()))
                .and(PROVIDER_PROFILE_VIEW.LAST_EVENT_SEQUENCE.lt(sequence))
                .execute();
    }

    /** Status and the timestamp that goes with it, whichever event moved it. */
    @EventHandler
    void on(VerificationStatusChange event, @SequenceNumber long sequence) {
        OffsetDateTime at = event.at().atOffset(ZoneOffset.UTC);
        var update = dsl.update(PROVIDER_PROFILE_VIEW)
                .set(PROVIDER_PROFILE_VIEW.STATUS, event.status().name())
                .set(PROVIDER_PROFILE_VIEW.UPDATED_AT, at)
                .set(PROVIDER_PROFILE_VIEW.LAST_EVENT_SEQUENCE, sequence);
        update = switch (event) {
            case ProviderSubmittedForVerificationEvent e -> update.set(PROVIDER_PROFILE_VIEW.SUBMITTED_AT, at)
                    .setNull(PROVIDER_PROFILE_VIEW.REJECTED_AT).setNull(PROVIDER_PROFILE_VIEW.REJECTION_REASON);
            case ProviderReviewStartedEvent e -> update.set(PROVIDER_PROFILE_VIEW.REVIEW_STARTED_AT, at);
            case ProviderApprovedEvent e -> update.set(PROVIDER_PROFILE_VIEW.APPROVED_AT, at);
            case ProviderRejectedEvent e -> update.set(PROVIDER_PROFILE_VIEW.REJECTED_AT, at)
                    .set(PROVIDER_PROFILE_VIEW.REJECTION_REASON, e.reason());
            case ProviderSuspendedEvent e -> update.set(PROVIDER_PROFILE_VIEW.SUSPENDED_AT, at)
                    .set(PROVIDER_PROFILE_VIEW.SUSPENSION_REASON, e.reason());
            default -> update;
        };
        update.where(PROVIDER_PROFILE_VIEW.PROVIDER_ID.eq(event.providerId()))
                .and(PROVIDER_PROFILE_VIEW.LAST_EVENT_SEQUENCE.lt(sequence))
                .execute();
    }

    @ResetHandler
    void reset() {
        dsl.deleteFrom(PROVIDER_PROFILE_VIEW).execute();
    }

    private static OffsetDateTime utc(ProviderRegisteredEvent event) {
        return event.at().atOffset(ZoneOffset.UTC);
    }
}
