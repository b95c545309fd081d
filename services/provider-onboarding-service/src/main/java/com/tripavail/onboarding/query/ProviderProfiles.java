package com.tripavail.onboarding.query;

import static com.tripavail.onboarding.jooq.Tables.PROVIDER_PROFILE_VIEW;

import com.tripavail.onboarding.event.OnboardingStep;
import com.tripavail.onboarding.jooq.tables.records.ProviderProfileViewRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads the provider-profiles read model. */
@Repository
public class ProviderProfiles {

    private final DSLContext dsl;

    public ProviderProfiles(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<ProviderProfileView> ownedBy(String userId) {
        return dsl.selectFrom(PROVIDER_PROFILE_VIEW)
                .where(PROVIDER_PROFILE_VIEW.USER_ID.eq(userId))
                .orderBy(PROVIDER_PROFILE_VIEW.REGISTERED_AT, PROVIDER_PROFILE_VIEW.PROVIDER_ID)
                .fetch(ProviderProfiles::toView);
    }

    public Optional<ProviderProfileView> find(String providerId) {
        return dsl.selectFrom(PROVIDER_PROFILE_VIEW)
                .where(PROVIDER_PROFILE_VIEW.PROVIDER_ID.eq(providerId))
                .fetchOptional(ProviderProfiles::toView);
    }

    /** The admins' verification queue: profiles in a status, the longest waiting first. */
    public PageView<ProviderProfileView> inStatus(String status, int page, int size) {
        var inStatus = PROVIDER_PROFILE_VIEW.STATUS.eq(status);
        List<ProviderProfileView> items = dsl.selectFrom(PROVIDER_PROFILE_VIEW)
                .where(inStatus)
                .orderBy(PROVIDER_PROFILE_VIEW.SUBMITTED_AT.asc().nullsLast(), PROVIDER_PROFILE_VIEW.REGISTERED_AT,
                        PROVIDER_PROFILE_VIEW.PROVIDER_ID)
                .limit(size)
                .offset((long) page * size)
                .fetch(ProviderProfiles::toView);
        return new PageView<>(items, page, size, dsl.fetchCount(PROVIDER_PROFILE_VIEW, inStatus));
    }

    private static ProviderProfileView toView(ProviderProfileViewRecord r) {
        List<String> completed = Arrays.asList(r.getCompletedSteps());
        Set<OnboardingStep> missing = EnumSet.allOf(OnboardingStep.class);
        completed.forEach(step -> missing.remove(OnboardingStep.valueOf(step)));
        return new ProviderProfileView(r.getProviderId(), r.getUserId(), r.getProviderType(), r.getBusinessName(),
                r.getCity(), r.getCountry(), r.getStatus(), completed, missing.stream().map(Enum::name).toList(),
                instant(r.getRegisteredAt()), instant(r.getSubmittedAt()), instant(r.getReviewStartedAt()),
                instant(r.getApprovedAt()), instant(r.getRejectedAt()), r.getRejectionReason(),
                instant(r.getSuspendedAt()), r.getSuspensionReason(), instant(r.getUpdatedAt()));
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
