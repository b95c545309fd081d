package com.tripavail.platform.web.testapp;

import com.tripavail.testsupport.MutableClock;
import java.time.Instant;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import com.tripavail.platform.security.TestTokens;

/**
 * A minimal service for the platform's web, idempotency and security tests: the platform's auto-configuration
 * plus the test controllers of this package. Validates tokens from {@link TestTokens}.
 */
@SpringBootApplication
public class PlatformWebTestApplication {

    @Bean
    JwtDecoder testJwtDecoder() {
        return TestTokens.decoder();
    }

    /** The platform finds it as the application's {@link java.time.Clock}. */
    @Bean
    MutableClock testClock() {
        return new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
    }
}
