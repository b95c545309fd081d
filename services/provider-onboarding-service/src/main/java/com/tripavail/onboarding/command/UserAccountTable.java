package com.tripavail.onboarding.command;

import com.tripavail.onboarding.event.ContactChannel;
import com.tripavail.onboarding.event.UserContactVerifiedEvent;
import com.tripavail.onboarding.event.UserRegisteredEvent;
import com.tripavail.onboarding.event.UserRoleGrantedEvent;

import static com.tripavail.onboarding.jooq.Tables.USER_ACCOUNT;

import com.tripavail.platform.security.Role;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code user_account} in step with the user events. Its processing group is
 * subscribing, so the row is written in the same transaction as the event: the unique
 * email and phone columns refuse a second registration of the same contact, and a login
 * finds a user the moment it exists.
 */
@Component
@ProcessingGroup(UserAccountTable.PROCESSING_GROUP)
public class UserAccountTable {

    public static final String PROCESSING_GROUP = "user-accounts";

    private final DSLContext dsl;

    public UserAccountTable(DSLContext dsl) {
        this.dsl = dsl;
    }

    @EventHandler
    void on(UserRegisteredEvent event) {
        dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.USER_ID, event.userId())
                .set(USER_ACCOUNT.EMAIL, event.email())
                .set(USER_ACCOUNT.PHONE, event.phone())
                .set(USER_ACCOUNT.ROLES, event.roles().stream().map(Role::name).sorted().toArray(String[]::new))
                .set(USER_ACCOUNT.CREATED_AT, event.at().atOffset(ZoneOffset.UTC))
                .execute();
    }

    @EventHandler
    void on(UserContactVerifiedEvent event) {
        dsl.update(USER_ACCOUNT)
                .set(event.channel() == ContactChannel.EMAIL ? USER_ACCOUNT.EMAIL_VERIFIED : USER_ACCOUNT.PHONE_VERIFIED,
                        true)
                .where(USER_ACCOUNT.USER_ID.eq(event.userId()))
                .execute();
    }

    @EventHandler
    void on(UserRoleGrantedEvent event) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.ROLES, DSL.field("array_append({0}, {1})", String[].class, USER_ACCOUNT.ROLES,
                        DSL.val(event.role().name())))
                .where(USER_ACCOUNT.USER_ID.eq(event.userId()))
                .and(DSL.condition("NOT ({0} = ANY({1}))", DSL.val(event.role().name()), USER_ACCOUNT.ROLES))
                .execute();
    }
}
