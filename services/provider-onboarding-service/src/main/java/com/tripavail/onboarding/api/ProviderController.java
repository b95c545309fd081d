package com.tripavail.onboarding.api;

import com.tripavail.onboarding.command.CompleteOnboardingStepCommand;
import com.tripavail.onboarding.command.IdGenerator;
import com.tripavail.onboarding.command.ProviderRegistration;
import com.tripavail.onboarding.command.ProviderRegistration.AlreadyRegistered;
import com.tripavail.onboarding.command.ProviderRegistration.Registered;
import com.tripavail.onboarding.command.RegisterProviderCommand;
import com.tripavail.onboarding.command.SubmitProviderForVerificationCommand;
import com.tripavail.onboarding.event.OnboardingStep;
import com.tripavail.onboarding.event.ProviderType;
import com.tripavail.onboarding.query.ProviderProfileView;
import com.tripavail.onboarding.query.ProviderProfiles;
import com.tripavail.platform.security.CurrentUser;
import com.tripavail.platform.web.ConflictException;
import com.tripavail.platform.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A user's own provider profiles and their onboarding checklist. */
@RestController
@RequestMapping("/api/providers")
public class ProviderController {

    /** PostgreSQL text cannot hold NUL; one in a stored field would stop the read model's projection. */
    static final String NO_NUL = "[^\\x00]*";
    static final String NO_NUL_MESSAGE = "must not contain NUL characters";

    public record RegisterProviderRequest(@NotNull ProviderType providerType,
                                          @NotBlank @Size(max = 200)
                                          @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String businessName,
                                          @Size(max = 100) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE)
                                          String city,
                                          @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code")
                                          String country) {
    }

    public record CompleteStepRequest(@NotNull OnboardingStep step,
                                      @NotNull @Size(max = 20) Map<@NotBlank @Size(max = 64) String,
                                              @NotNull @Size(max = 500)
                                              @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String> details) {
    }

    public record ProviderCommandResponse(String providerId, String status) {
    }

    private final ProviderRegistration registration;
    private final ProviderCommands commands;
    private final ProviderProfiles profiles;
    private final IdGenerator ids;
    private final Clock clock;

    public ProviderController(ProviderRegistration registration, ProviderCommands commands,
                              ProviderProfiles profiles, IdGenerator ids, Clock clock) {
        this.registration = registration;
        this.commands = commands;
        this.profiles = profiles;
        this.ids = ids;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<ProviderCommandResponse> register(@Valid @RequestBody RegisterProviderRequest request,
                                                            CurrentUser user) {
        var result = registration.register(new RegisterProviderCommand(ids.newId(), user.userId(),
                request.providerType(), request.businessName().strip(), request.city(), request.country(),
                clock.instant()));
        return switch (result) {
            case Registered registered -> ResponseEntity
                    .created(URI.create("/api/providers/" + registered.providerId()))
                    .body(new ProviderCommandResponse(registered.providerId(), "NOT_STARTED"));
            case AlreadyRegistered existing -> throw new ConflictException(
                    "you already have a " + request.providerType() + " profile: " + existing.existingProviderId());
        };
    }

    @GetMapping("/me")
    public List<ProviderProfileView> mine(CurrentUser user) {
        return profiles.ownedBy(user.userId());
    }

    @GetMapping("/{providerId}")
    public ProviderProfileView one(@PathVariable String providerId, CurrentUser user) {
        commands.requireVisibleTo(providerId, user);
        return profiles.find(providerId)
                .orElseThrow(() -> new NotFoundException("provider profile " + providerId + " is not readable yet"));
    }

    @PostMapping("/{providerId}/steps")
    public ResponseEntity<ProviderCommandResponse> completeStep(@PathVariable String providerId,
                                                                @Valid @RequestBody CompleteStepRequest request,
                                                                CurrentUser user) {
        commands.requireVisibleTo(providerId, user);
        var accepted = commands.send(providerId, new CompleteOnboardingStepCommand(providerId, user.userId(),
                request.step(), request.details(), clock.instant()));
        return ResponseEntity.accepted().body(new ProviderCommandResponse(providerId, accepted.status().name()));
    }

    @PostMapping("/{providerId}/submit")
    public ResponseEntity<ProviderCommandResponse> submit(@PathVariable String providerId, CurrentUser user) {
        commands.requireVisibleTo(providerId, user);
        var accepted = commands.send(providerId,
                new SubmitProviderForVerificationCommand(providerId, user.userId(), clock.instant()));
        return ResponseEntity.accepted().body(new ProviderCommandResponse(providerId, accepted.status().name()));
    }
}
