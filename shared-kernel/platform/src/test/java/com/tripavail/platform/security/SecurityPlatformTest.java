package com.tripavail.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.tripavail.platform.web.Problems;
import com.tripavail.platform.web.testapp.PlatformWebTestBase;

import tools.jackson.databind.JsonNode;

class SecurityPlatformTest extends PlatformWebTestBase {

    private HttpResponse<String> getWithToken(String path, String token) {
        return send(anonymous(path).header("Authorization", "Bearer " + token).GET());
    }

    private static void assertBearerChallenge(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void givenNoToken_whenApiCalled_thenUnauthorizedProblemWithBearerChallenge() {
        HttpResponse<String> response = send(anonymous("/api/test/me").GET());

        assertProblem(response, 401, Problems.UNAUTHORIZED);
        assertBearerChallenge(response);
    }

    @Test
    void givenExpiredToken_thenUnauthorized() {
        HttpResponse<String> response = getWithToken("/api/test/me", TestTokens.expired("traveler-1", Role.TRAVELER));

        assertProblem(response, 401, Problems.UNAUTHORIZED);
        assertBearerChallenge(response);
    }

    @Test
    void givenTamperedSignature_thenUnauthorized() {
        assertProblem(getWithToken("/api/test/me", TestTokens.tampered("traveler-1", Role.TRAVELER)), 401,
                Problems.UNAUTHORIZED);
    }

    @Test
    void givenTokenFromUnknownKey_thenUnauthorized() {
        assertProblem(getWithToken("/api/test/me", TestTokens.signedByUnknownKey("traveler-1", Role.ADMIN)), 401,
                Problems.UNAUTHORIZED);
    }

    @Test
    void givenGarbageToken_thenUnauthorized() {
        assertProblem(getWithToken("/api/test/me", "not-a-jwt"), 401, Problems.UNAUTHORIZED);
    }

    @Test
    void givenTravelerToken_whenAdminPathCalled_thenForbiddenProblem() {
        assertProblem(getWithToken("/api/admin/test", TestTokens.token("traveler-1", Role.TRAVELER)), 403,
                Problems.FORBIDDEN);
    }

    @Test
    void givenAdminToken_whenAdminPathCalled_thenOk() {
        HttpResponse<String> response = getWithToken("/api/admin/test", TestTokens.token("admin-1", Role.ADMIN));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).path("admin").asString()).isEqualTo("admin-1");
    }

    @Test
    void givenValidToken_thenCurrentUserResolvedFromClaims() {
        HttpResponse<String> response = getWithToken("/api/test/me",
                TestTokens.token("provider-7", Role.PROVIDER, Role.TRAVELER));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = body(response);
        assertThat(me.path("userId").asString()).isEqualTo("provider-7");
        assertThat(me.path("accessorUserId").asString()).isEqualTo("provider-7");
        assertThat(me.path("roles").toString()).isEqualTo("[\"PROVIDER\",\"TRAVELER\"]");
        assertThat(me.path("admin").asBoolean()).isFalse();
    }

    @Test
    void givenNoToken_whenPublicPathCalled_thenNotChallenged() {
        HttpResponse<String> response = send(anonymous("/actuator/health").GET());

        assertThat(response.statusCode()).isNotIn(401, 403);
    }

    @Test
    void givenValidToken_whenPostWithoutCsrfToken_thenAccepted() {
        HttpResponse<String> response = postJson("/api/test/items", """
                {"name":"Sea view","quantity":1,"kind":"TOUR"}""");

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void currentUser_knowsItsRoles() {
        CurrentUser admin = new CurrentUser("a", java.util.Set.of(Role.ADMIN));

        assertThat(admin.isAdmin()).isTrue();
        assertThat(admin.hasRole(Role.TRAVELER)).isFalse();
        assertThat(admin.isSelfOrAdmin("someone-else")).isTrue();
        assertThat(new CurrentUser("t", java.util.Set.of()).isSelfOrAdmin("u")).isFalse();
    }
}
