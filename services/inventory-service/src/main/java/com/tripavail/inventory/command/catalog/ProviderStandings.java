package com.tripavail.inventory.command.catalog;

import static com.tripavail.inventory.jooq.Tables.PROVIDER_STANDING;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Each provider's verification status as onboarding last published it (command-side table
 * {@code provider_standing}). A change older than the one already kept is ignored.
 */
@Repository
public class ProviderStandings {

    /** A provider as the catalogue knows it. {@code providerType}: HOTEL_MANAGER or TOUR_OPERATOR. */
    public record Standing(String providerId, String userId, String providerType, String businessName, String status) {
    }

    public static final String HOTEL_MANAGER = "HOTEL_MANAGER";
    public static final String TOUR_OPERATOR = "TOUR_OPERATOR";
    public static final String UNKNOWN = "UNKNOWN";

    private final DSLContext dsl;

    public ProviderStandings(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The user's provider profile of this type, if onboarding told us about one. */
    public Optional<Standing> ofUser(String userId, String providerType) {
        return dsl.selectFrom(PROVIDER_STANDING)
                .where(PROVIDER_STANDING.USER_ID.eq(userId))
                .and(PROVIDER_STANDING.PROVIDER_TYPE.eq(providerType))
                .orderBy(PROVIDER_STANDING.UPDATED_AT.desc())
                .limit(1)
                .fetchOptional(r -> new Standing(r.getProviderId(), r.getUserId(), r.getProviderType(),
                        r.getBusinessName(), r.getStatus()));
    }

    /**
     * The provider's status, its row locked until the caller's transaction ends: a suspension
     * arriving meanwhile waits, and then pauses what this transaction published.
     */
    public String statusForPublishing(String providerId) {
        return dsl.select(PROVIDER_STANDING.STATUS).from(PROVIDER_STANDING)
                .where(PROVIDER_STANDING.PROVIDER_ID.eq(providerId))
                .forShare()
                .fetchOptional(PROVIDER_STANDING.STATUS)
                .orElse(UNKNOWN);
    }

    /** A new provider (NOT_STARTED), or the business name of one already known. */
    public void registered(String providerId, String userId, String providerType, String businessName, Instant at) {
        dsl.insertInto(PROVIDER_STANDING)
                .set(PROVIDER_STANDING.PROVIDER_ID, providerId)
                .set(PROVIDER_STANDING.USER_ID, userId)
                .set(PROVIDER_STANDING.PROVIDER_TYPE, providerType)
                .set(PROVIDER_STANDING.BUSINESS_NAME, businessName)
                .set(PROVIDER_STANDING.STATUS, "NOT_STARTED")
                .set(PROVIDER_STANDING.UPDATED_AT, utc(at))
                .onConflict(PROVIDER_STANDING.PROVIDER_ID)
                .doUpdate()
                .set(PROVIDER_STANDING.BUSINESS_NAME, businessName)
                .execute();
    }

    /** @return true if this change is newer than the one kept (and is now kept) */
    public boolean statusChanged(String providerId, String userId, String providerType, String status, Instant at) {
        return dsl.insertInto(PROVIDER_STANDING)
                .set(PROVIDER_STANDING.PROVIDER_ID, providerId)
                .set(PROVIDER_STANDING.USER_ID, userId)
                .set(PROVIDER_STANDING.PROVIDER_TYPE, providerType)
                .set(PROVIDER_STANDING.STATUS, status)
                .set(PROVIDER_STANDING.UPDATED_AT, utc(at))
                .onConflict(PROVIDER_STANDING.PROVIDER_ID)
                .doUpdate()
                .set(PROVIDER_STANDING.STATUS, status)
                .set(PROVIDER_STANDING.UPDATED_AT, utc(at))
                .where(PROVIDER_STANDING.UPDATED_AT.lt(DSL.excluded(PROVIDER_STANDING.UPDATED_AT)))
                .execute() == 1;
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
