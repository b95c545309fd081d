package com.tripavail.onboarding.api;

import com.tripavail.onboarding.api.ProviderController.ProviderCommandResponse;
import com.tripavail.onboarding.command.ApproveProviderCommand;
import com.tripavail.onboarding.command.ReinstateProviderCommand;
import com.tripavail.onboarding.command.RejectProviderCommand;
import com.tripavail.onboarding.command.StartProviderReviewCommand;
import com.tripavail.onboarding.command.SuspendProviderCommand;
import com.tripavail.onboarding.event.VerificationStatus;
import com.tripavail.onboarding.query.PageView;
import com.tripavail.onboarding.query.ProviderProfileView;
import com.tripavail.onboarding.query.ProviderProfiles;
import com.tripavail.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The admins' side of verification (ADMIN only: {@code /api/admin/**}). */
@RestController
@Validated
@RequestMapping("/api/admin/providers")
public class ProviderReviewController {

    public record ReasonRequest(@NotBlank @Size(max = 1000)
                                @Pattern(regexp = ProviderController.NO_NUL,
                                        message = ProviderController.NO_NUL_MESSAGE) String reason) {
    }

    private final ProviderCommands commands;
    private final ProviderProfiles profiles;
    private final Clock clock;

    public ProviderReviewController(ProviderCommands commands, ProviderProfiles profiles, Clock clock) {
        this.commands = commands;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The verification queue: oldest submission first. */
    @GetMapping
    public PageView<ProviderProfileView> queue(@RequestParam(defaultValue = "SUBMITTED") VerificationStatus status,
                                               @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                               @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return profiles.inStatus(status.name(), page, size);
    }

    @PostMapping("/{providerId}/start-review")
    public ResponseEntity<ProviderCommandResponse> startReview(@PathVariable String providerId, CurrentUser admin) {
        return send(providerId, admin, new StartProviderReviewCommand(providerId, admin.userId(), clock.instant()));
    }

    @PostMapping("/{providerId}/approve")
    public ResponseEntity<ProviderCommandResponse> approve(@PathVariable String providerId, CurrentUser admin) {
        return send(providerId, admin, new ApproveProviderCommand(providerId, admin.userId(), clock.instant()));
    }

    @PostMapping("/{providerId}/reject")
    public ResponseEntity<ProviderCommandResponse> reject(@PathVariable String providerId,
                                                          @Valid @RequestBody ReasonRequest request,
                                                          CurrentUser admin) {
        return send(providerId, admin,
                new RejectProviderCommand(providerId, admin.userId(), request.reason().strip(), clock.instant()));
    }

    @PostMapping("/{providerId}/suspend")
    public ResponseEntity<ProviderCommandResponse> suspend(@PathVariable String providerId,
                                                           @Valid @RequestBody ReasonRequest request,
                                                           CurrentUser admin) {
        return send(providerId, admin,
                new SuspendProviderCommand(providerId, admin.userId(), request.reason().strip(), clock.instant()));
    }

    @PostMapping("/{providerId}/reinstate")
    public ResponseEntity<ProviderCommandResponse> reinstate(@PathVariable String providerId, CurrentUser admin) {
        return send(providerId, admin, new ReinstateProviderCommand(providerId, admin.userId(), clock.instant()));
    }

    private ResponseEntity<ProviderCommandResponse> send(String providerId, CurrentUser admin, Object command) {
        commands.requireVisibleTo(providerId, admin);
        var accepted = commands.send(providerId, command);
        return ResponseEntity.accepted().body(new ProviderCommandResponse(providerId, accepted.status().name()));
    }
}
