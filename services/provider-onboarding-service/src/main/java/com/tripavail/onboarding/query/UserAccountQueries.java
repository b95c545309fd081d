package com.tripavail.onboarding.query;

import static com.tripavail.onboarding.jooq.Tables.USER_ACCOUNT;

import java.util.Arrays;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class UserAccountQueries {

    private final DSLContext dsl;

    public UserAccountQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<UserAccountView> find(String userId) {
        return dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.USER_ID.eq(userId))
                .fetchOptional(r -> new UserAccountView(r.getUserId(), r.getEmail(), r.getPhone(),
                        r.getEmailVerified(), r.getPhoneVerified(), Arrays.asList(r.getRoles()),
                        r.getCreatedAt().toInstant()));
    }
}
