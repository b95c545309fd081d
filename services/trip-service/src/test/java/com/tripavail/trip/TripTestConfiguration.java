package com.tripavail.trip;

import com.tripavail.testsupport.MutableClock;
import com.tripavail.testsupport.TestJwt;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Tests have no onboarding service: tokens come from {@link TestJwt}. Time is moved by hand. */
@Configuration(proxyBeanMethods = false)
public class TripTestConfiguration {

    @Bean
    JwtDecoder testJwtDecoder() {
        return NimbusJwtDecoder.withPublicKey(TestJwt.publicKey()).build();
    }

    /**
     * Starts at the real time (on a whole second: PostgreSQL keeps microseconds), so that tokens and dates are
     * current; tests move it forward (cache expiry, reminders) instead of waiting. Every test class shares it:
     * only ever advance it, and do not rely on its exact value across classes.
     */
    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS));
    }
}
