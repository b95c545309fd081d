package com.tripavail.onboarding.command;

import static com.tripavail.onboarding.jooq.Tables.PROVIDER_CLAIM;

import java.time.ZoneOffset;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a provider profile, one per user and type. The claim row and the profile's first
 * event are written in one transaction, so concurrent requests cannot open two.
 */
@Service
public class ProviderRegistration {

    public sealed interface Result {
    }

    public record Registered(String providerId) implements Result {
    }

    public record AlreadyRegistered(String existingProviderId) implements Result {
    }

    private final DSLContext dsl;
    private final CommandGateway commands;

    public ProviderRegistration(DSLContext dsl, CommandGateway commands) {
        this.dsl = dsl;
        this.commands = commands;
    }

    @Transactional
    public Result register(RegisterProviderCommand command) {
        int claimed = dsl.insertInto(PROVIDER_CLAIM)
                .set(PROVIDER_CLAIM.USER_ID, command.userId())
                .set(PROVIDER_CLAIM.PROVIDER_TYPE, command.providerType().name())
                .set(PROVIDER_CLAIM.PROVIDER_ID, command.providerId())
                .set(PROVIDER_CLAIM.CLAIMED_AT, command.at().atOffset(ZoneOffset.UTC))
                .onConflict(PROVIDER_CLAIM.USER_ID, PROVIDER_CLAIM.PROVIDER_TYPE).doNothing()
                .execute();
        if (claimed == 0) {
            return new AlreadyRegistered(dsl.select(PROVIDER_CLAIM.PROVIDER_ID).from(PROVIDER_CLAIM)
                    .where(PROVIDER_CLAIM.USER_ID.eq(command.userId()))
                    .and(PROVIDER_CLAIM.PROVIDER_TYPE.eq(command.providerType().name()))
                    .fetchSingle(PROVIDER_CLAIM.PROVIDER_ID));
        }
        commands.sendAndWait(command);
        return new Registered(command.providerId());
    }

    /** The owner of a provider profile, if it exists (command-side, immediately consistent). */
    public java.util.Optional<String> ownerOf(String providerId) {
        return dsl.select(PROVIDER_CLAIM.USER_ID).from(PROVIDER_CLAIM)
                .where(PROVIDER_CLAIM.PROVIDER_ID.eq(providerId))
                .fetchOptional(PROVIDER_CLAIM.USER_ID);
    }

}
