package com.tripavail.onboarding.api;

import com.tripavail.onboarding.command.CommandOutcome;
import com.tripavail.onboarding.command.ProviderRegistration;
import com.tripavail.platform.security.CurrentUser;
import com.tripavail.platform.web.ConflictException;
import com.tripavail.platform.web.NotFoundException;
import com.tripavail.platform.web.UnprocessableException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** Sends provider commands and turns their typed refusals into problem responses. */
@Component
public class ProviderCommands {

    private final CommandGateway commands;
    private final ProviderRegistration registration;

    public ProviderCommands(CommandGateway commands, ProviderRegistration registration) {
        this.commands = commands;
        this.registration = registration;
    }

    /** 404 unless the profile exists and the caller owns it (or is an admin). */
    public void requireVisibleTo(String providerId, CurrentUser user) {
        String owner = registration.ownerOf(providerId)
                .orElseThrow(() -> new NotFoundException("no provider profile " + providerId));
        if (!user.isSelfOrAdmin(owner)) {
            throw new NotFoundException("no provider profile " + providerId);
        }
    }

    public CommandOutcome.Accepted send(String providerId, Object command) {
        CommandOutcome outcome = commands.sendAndWait(command);
        return switch (outcome) {
            case CommandOutcome.Accepted accepted -> accepted;
            case CommandOutcome.Refused refused -> throw switch (refused.reason()) {
                case NOT_OWNER -> new NotFoundException("no provider profile " + providerId);
                case INVALID_DETAILS -> new UnprocessableException(refused.detail());
                case WRONG_STATE, CHECKLIST_INCOMPLETE, ALREADY_REGISTERED ->
                        new ConflictException(refused.detail(), refused.status().name());
            };
        };
    }
}
