package com.tripavail.onboarding.command;

import com.tripavail.onboarding.event.ContactChannel;

import static com.tripavail.onboarding.jooq.Tables.PROVIDER_CLAIM;
import static com.tripavail.onboarding.jooq.Tables.USER_ACCOUNT;

import com.tripavail.onboarding.jooq.tables.records.UserAccountRecord;
import com.tripavail.platform.security.Role;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Finds users by the contact they log in with, registering them on first login. */
@Service
public class UserAccounts {

    public record LoggedInUser(String userId, Set<Role> roles) {
    }

    private final DSLContext dsl;
    private final CommandGateway commands;
    private final Clock clock;
    private final IdGenerator ids;

    public UserAccounts(DSLContext dsl, CommandGateway commands, Clock clock, IdGenerator ids) {
        this.dsl = dsl;
        this.commands = commands;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * The user owning this verified contact, registered now if new. Two first logins racing
     * for one contact both end with the same user: the loser's insert hits the unique
     * constraint and it reads the winner's row.
     */
    public LoggedInUser loginWith(ContactChannel channel, String contact) {
        UserAccountRecord user = find(channel, contact).orElseGet(() -> register(channel, contact, Set.of()));
        commands.sendAndWait(new VerifyUserContactCommand(user.getUserId(), channel, clock.instant()));
        return new LoggedInUser(user.getUserId(), rolesOf(user));
    }

    /** Makes sure the user with this email exists and is an admin (configured admins, at start-up). */
    public String ensureAdmin(String email) {
        UserAccountRecord user = find(ContactChannel.EMAIL, email)
                .orElseGet(() -> register(ContactChannel.EMAIL, email, Set.of(Role.ADMIN)));
        commands.sendAndWait(new GrantUserRoleCommand(user.getUserId(), Role.ADMIN, clock.instant()));
        return user.getUserId();
    }

    public Optional<UserAccountRecord> find(ContactChannel channel, String contact) {
        return dsl.selectFrom(USER_ACCOUNT)
                .where(channel == ContactChannel.EMAIL ? USER_ACCOUNT.EMAIL.eq(contact) : USER_ACCOUNT.PHONE.eq(contact))
                .fetchOptional();
    }

    private UserAccountRecord register(ContactChannel channel, String contact, Set<Role> extraRoles) {
        try {
            // The command's unit of work is its own transaction, shared with the subscribing
            // UserAccountTable, so the unique constraints decide a race.
            commands.sendAndWait(new RegisterUserCommand(ids.newId(), channel == ContactChannel.EMAIL ? contact : null,
                    channel == ContactChannel.PHONE ? contact : null, extraRoles, clock.instant()));
        } catch (DuplicateKeyException | org.jooq.exception.IntegrityConstraintViolationException e) {
            // another request registered this contact first
        }
        return find(channel, contact).orElseThrow();
    }

    /** Stored roles, plus PROVIDER for anyone who has opened a provider profile. */
    private Set<Role> rolesOf(UserAccountRecord user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(user.getRoles()).map(Role::valueOf).forEach(roles::add);
        if (dsl.fetchExists(PROVIDER_CLAIM, PROVIDER_CLAIM.USER_ID.eq(user.getUserId()))) {
            roles.add(Role.PROVIDER);
        }
        return roles;
    }
}
