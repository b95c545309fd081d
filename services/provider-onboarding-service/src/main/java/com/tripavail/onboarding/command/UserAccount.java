package com.tripavail.onboarding.command;

import com.tripavail.onboarding.event.ContactChannel;
import com.tripavail.onboarding.event.UserContactVerifiedEvent;
import com.tripavail.onboarding.event.UserRegisteredEvent;
import com.tripavail.onboarding.event.UserRoleGrantedEvent;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tripavail.platform.security.Role;
import java.util.EnumSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A person who can log in by a one-time code sent to their email or phone. Uniqueness of
 * email and phone across users is guarded by the {@code user_account} table, written in
 * the same transaction as {@link UserRegisteredEvent}.
 */
@Aggregate
public class UserAccount {

    @AggregateIdentifier
    private String userId;
    private boolean emailVerified;
    private boolean phoneVerified;
    private boolean hasEmail;
    private boolean hasPhone;
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
        // for Axon
    }

    @CommandHandler
    public UserAccount(RegisterUserCommand command) {
        if (command.email() == null && command.phone() == null) {
            throw new IllegalArgumentException("a user needs an email or a phone");
        }
        Set<Role> roles = EnumSet.of(Role.TRAVELER);
        roles.addAll(command.roles());
        apply(new UserRegisteredEvent(command.userId(), command.email(), command.phone(), roles, command.at()));
    }

    /** Marks the channel a login code was delivered to and entered from; once is enough. */
    @CommandHandler
    public void handle(VerifyUserContactCommand command) {
        boolean known = command.channel() == ContactChannel.EMAIL ? hasEmail : hasPhone;
        if (!known) {
            throw new IllegalArgumentException("user " + userId + " has no " + command.channel());
        }
        boolean verified = command.channel() == ContactChannel.EMAIL ? emailVerified : phoneVerified;
        if (!verified) {
            apply(new UserContactVerifiedEvent(userId, command.channel(), command.at()));
        }
    }

    @CommandHandler
    public void handle(GrantUserRoleCommand command) {
        if (!roles.contains(command.role())) {
            apply(new UserRoleGrantedEvent(userId, command.role(), command.at()));
        }
    }

    @EventSourcingHandler
    void on(UserRegisteredEvent event) {
        userId = event.userId();
        hasEmail = event.email() != null;
        hasPhone = event.phone() != null;
        roles = EnumSet.copyOf(event.roles());
    }

    @EventSourcingHandler
    void on(UserContactVerifiedEvent event) {
        if (event.channel() == ContactChannel.EMAIL) {
            emailVerified = true;
        } else {
            phoneVerified = true;
        }
    }

    @EventSourcingHandler
    void on(UserRoleGrantedEvent event) {
        roles.add(event.role());
    }
}
