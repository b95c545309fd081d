package com.tripavail.onboarding;

import com.tripavail.testsupport.TestInfrastructureInitializer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service on a real PostgreSQL database of its own and the JVM's shared Kafka
 * broker, on a random port. Every test class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tripavail.onboarding.delivery.mode=DEV_MAILBOX",
        "tripavail.onboarding.admins=admin@tripavail.local",
        "tripavail.security.public-paths=/actuator/health/**,/v3/api-docs/**,/error,/api/auth/**,/.well-known/jwks.json,/api/dev/**",
        "tripavail.onboarding.otp.resend-interval=0s",
        "tripavail.onboarding.otp.max-sends-per-hour=1000"})
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
public @interface OnboardingIntegrationTest {
}
