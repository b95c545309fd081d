package com.tripavail.onboarding.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.onboarding.OnboardingIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@OnboardingIntegrationTest
class OpenApiTest {

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void givenTheService_whenReadingTheOpenApiDocument_thenItDescribesTheOnboardingEndpoints() {
        var docs = api.get("/v3/api-docs", null).expect(200);

        assertThat(docs.header("Content-Type")).startsWith("application/json");
        assertThat(docs.body().get("openapi").asString()).startsWith("3.");
        assertThat(docs.body().get("paths").propertyNames())
                .contains("/api/providers", "/api/providers/{providerId}/steps", "/api/auth/otp",
                        "/api/auth/otp/verify", "/api/admin/providers");
    }

    @Test
    void givenTheService_whenReadingItsHealth_thenItIsUp() {
        var health = api.get("/actuator/health", null).expect(200);

        assertThat(health.text("status")).isEqualTo("UP");
    }
}
