package com.tripavail.onboarding.config;

import com.tripavail.onboarding.command.UserAccounts;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Makes the configured admins ({@code tripavail.onboarding.admins}) exist and hold ADMIN. */
@Component
@Order(0)
public class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccounts users;
    private final OnboardingProperties properties;

    public AdminBootstrap(UserAccounts users, OnboardingProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String email : properties.admins()) {
            String userId = users.ensureAdmin(email.strip().toLowerCase(Locale.ROOT));
            log.info("admin {} is user {}", email, userId);
        }
    }
}
