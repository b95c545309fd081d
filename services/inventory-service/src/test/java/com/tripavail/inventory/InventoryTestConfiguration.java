package com.tripavail.inventory;

import com.tripavail.testsupport.TestJwt;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Tests have no onboarding service: tokens come from {@link TestJwt}. */
@TestConfiguration(proxyBeanMethods = false)
public class InventoryTestConfiguration {

    @Bean
    JwtDecoder testJwtDecoder() {
        return NimbusJwtDecoder.withPublicKey(TestJwt.publicKey()).build();
    }
}
