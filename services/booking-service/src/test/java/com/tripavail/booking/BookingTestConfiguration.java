package com.tripavail.booking;

import com.tripavail.testsupport.TestJwt;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Tests have no onboarding service: tokens come from {@link TestJwt}. */
@Configuration(proxyBeanMethods = false)
public class BookingTestConfiguration {

    @Bean
    JwtDecoder testJwtDecoder() {
        return NimbusJwtDecoder.withPublicKey(TestJwt.publicKey()).build();
    }
}
