package com.tripavail.booking.query.dashboard;

import static com.tripavail.booking.jooq.Tables.PROVIDER_ACCOUNT;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The provider profiles a user owns (a user may run a hotel and a tour profile), from the
 * catalogue's {@code provider_account}: what a provider's dashboards and earnings are limited to.
 */
@Component
public class ProviderProfiles {

    private final DSLContext dsl;

    public ProviderProfiles(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<String> ofUser(String userId) {
        return dsl.select(PROVIDER_ACCOUNT.PROVIDER_ID).from(PROVIDER_ACCOUNT)
                .where(PROVIDER_ACCOUNT.USER_ID.eq(userId))
                .orderBy(PROVIDER_ACCOUNT.PROVIDER_ID)
                .fetch(PROVIDER_ACCOUNT.PROVIDER_ID);
    }
}
