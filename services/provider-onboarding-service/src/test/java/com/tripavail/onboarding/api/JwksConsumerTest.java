package com.tripavail.onboarding.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.onboarding.OnboardingIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Other services validate tokens the way this test does: with the keys from the JWKS endpoint. */
@OnboardingIntegrationTest
class JwksConsumerTest {

    @LocalServerPort
    int port;

    @Test
    void aTokenFromOtpLoginValidatesAgainstThePublishedJwks() {
        Api api = new Api(port);
        String token = api.login("jwks-" + UUID.randomUUID() + "@example.com");
        NimbusJwtDecoder otherService = NimbusJwtDecoder
                .withJwkSetUri("http://127.0.0.1:" + port + "/.well-known/jwks.json").build();

        Jwt jwt = otherService.decode(token);

        assertThat(jwt.getSubject()).isNotBlank();
        assertThat(jwt.getClaimAsStringList("roles")).contains("TRAVELER");
        assertThat(jwt.getHeaders().get("alg")).isEqualTo("RS256");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo("tripavail");
    }
}
