package com.tripavail.onboarding.config;

import com.tripavail.onboarding.command.ApproveProviderCommand;
import com.tripavail.onboarding.command.CompleteOnboardingStepCommand;
import com.tripavail.onboarding.command.IdGenerator;
import com.tripavail.onboarding.command.ProviderRegistration;
import com.tripavail.onboarding.command.ProviderRegistration.Registered;
import com.tripavail.onboarding.command.RegisterProviderCommand;
import com.tripavail.onboarding.command.StartProviderReviewCommand;
import com.tripavail.onboarding.command.SubmitProviderForVerificationCommand;
import com.tripavail.onboarding.command.UserAccounts;
import com.tripavail.onboarding.event.ContactChannel;
import com.tripavail.onboarding.event.OnboardingStep;
import com.tripavail.onboarding.event.ProviderType;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The marketplace seed's recommended development data, through the same commands a user
 * and an admin would send: a traveller, and an approved hotel manager and tour operator.
 * Runs after {@link AdminBootstrap}; a second start finds the profiles and does nothing.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "tripavail.onboarding.seed.enabled", havingValue = "true")
public class DevelopmentSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DevelopmentSeed.class);

    private final UserAccounts users;
    private final ProviderRegistration registration;
    private final CommandGateway commands;
    private final IdGenerator ids;
    private final Clock clock;
    private final OnboardingProperties properties;

    public DevelopmentSeed(UserAccounts users, ProviderRegistration registration, CommandGateway commands,
                           IdGenerator ids, Clock clock, OnboardingProperties properties) {
        this.users = users;
        this.registration = registration;
        this.commands = commands;
        this.ids = ids;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        String adminId = users.ensureAdmin(properties.admins().isEmpty() ? "admin@tripavail.local"
                : properties.admins().getFirst());
        users.loginWith(ContactChannel.EMAIL, "traveler@tripavail.local");
        approvedProvider("hotel@tripavail.local", ProviderType.HOTEL_MANAGER, "Taj View Hotels", "Agra", adminId);
        approvedProvider("tours@tripavail.local", ProviderType.TOUR_OPERATOR, "Golden Triangle Tours", "Jaipur",
                adminId);
    }

    private void approvedProvider(String email, ProviderType type, String businessName, String city, String adminId) {
        String userId = users.loginWith(ContactChannel.EMAIL, email).userId();
        String providerId = ids.newId();
        var result = registration.register(new RegisterProviderCommand(providerId, userId, type, businessName, city,
                "IN", clock.instant()));
        if (!(result instanceof Registered)) {
            return;
        }
        for (OnboardingStep step : OnboardingStep.values()) {
            commands.sendAndWait(new CompleteOnboardingStepCommand(providerId, userId, step,
                    demoDetails(step, businessName, city, email), clock.instant()));
        }
        commands.sendAndWait(new SubmitProviderForVerificationCommand(providerId, userId, clock.instant()));
        commands.sendAndWait(new StartProviderReviewCommand(providerId, adminId, clock.instant()));
        commands.sendAndWait(new ApproveProviderCommand(providerId, adminId, clock.instant()));
        log.info("seeded approved {} {} ({}) for {}", type, businessName, providerId, email);
    }

    private static Map<String, String> demoDetails(OnboardingStep step, String businessName, String city,
                                                   String email) {
        Map<String, String> details = new LinkedHashMap<>();
        for (String key : step.requiredDetails()) {
            details.put(key, switch (key) {
                case "legalName" -> businessName + " Pvt Ltd";
                case "city" -> city;
                case "country" -> "IN";
                case "contactEmail" -> email;
                case "contactPhone" -> "+911140000000";
                case "payoutMethod" -> "BANK_TRANSFER";
                case "termsVersion" -> "2026-01";
                default -> "DEMO-" + key;
            });
        }
        return details;
    }
}
