package com.tripavail.onboarding.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiTest extends OnboardingApiTest {

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
