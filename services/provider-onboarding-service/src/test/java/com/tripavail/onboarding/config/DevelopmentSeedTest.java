package com.tripavail.onboarding.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.onboarding.OnboardingIntegrationTest;
import com.tripavail.onboarding.command.IdGenerator;
import com.tripavail.onboarding.command.ProviderRegistration;
import com.tripavail.onboarding.command.UserAccounts;
import com.tripavail.onboarding.event.ContactChannel;
import com.tripavail.onboarding.query.ProviderProfileView;
import com.tripavail.onboarding.query.ProviderProfiles;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@OnboardingIntegrationTest
class DevelopmentSeedTest {

    @Autowired
    UserAccounts users;
    @Autowired
    ProviderRegistration registration;
    @Autowired
    CommandGateway commands;
    @Autowired
    IdGenerator ids;
    @Autowired
    Clock clock;
    @Autowired
    OnboardingProperties properties;
    @Autowired
    ProviderProfiles profiles;

    @Test
    void theSeedCreatesApprovedProvidersOnceHoweverOftenItRuns() {
        DevelopmentSeed seed = new DevelopmentSeed(users, registration, commands, ids, clock, properties);

        seed.run(null);
        seed.run(null);

        assertThat(users.find(ContactChannel.EMAIL, "traveler@tripavail.local")).isPresent();
        for (String email : new String[] {"hotel@tripavail.local", "tours@tripavail.local"}) {
            String userId = users.find(ContactChannel.EMAIL, email).orElseThrow().getUserId();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(profiles.ownedBy(userId))
                    .singleElement().extracting(ProviderProfileView::status).isEqualTo("APPROVED"));
        }
    }
}
