package com.tripavail.onboarding.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.tripavail.onboarding.OnboardingIntegrationTest;
import com.tripavail.onboarding.command.login.SigningKeys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bearer tokens on the onboarding endpoints: who gets in, who gets 401, who gets 403. */
@OnboardingIntegrationTest
class JwtTest {

    private static final String MINE = "/api/providers/me";
    private static final String QUEUE = "/api/admin/providers";

    @LocalServerPort
    int port;
    @Autowired
    SigningKeys keys;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void givenNoToken_whenCallingAnOnboardingEndpoint_then401ProblemWithABearerChallenge() {
        for (var response : List.of(api.get(MINE, null), api.get(QUEUE, null),
                api.post("/api/providers", null, java.util.Map.of("providerType", "HOTEL_MANAGER",
                        "businessName", "X")))) {
            response.expectProblem(401);
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    @Test
    void givenATokenMintedWithTheServicesKey_whenReadingMyProfiles_then200() throws Exception {
        // the control for the refusals below: the same minting, with nothing wrong
        String token = sign(claims(List.of("TRAVELER"), Instant.now().plus(Duration.ofMinutes(5))).build(),
                keys.activeKey());

        api.get(MINE, token).expect(200);
    }

    @Test
    void givenAnExpiredToken_whenReadingMyProfiles_then401() throws Exception {
        String token = sign(claims(List.of("TRAVELER"), Instant.now().minus(Duration.ofMinutes(5))).build(),
                keys.activeKey());

        var response = api.get(MINE, token).expectProblem(401);

        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.detail()).contains("invalid or has expired");
    }

    @Test
    void givenATokenWhosePayloadWasChanged_whenCallingTheAdminApi_then401() {
        String token = api.login("tamper-" + UUID.randomUUID() + "@example.com");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"TRAVELER\"");
        String escalated = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("\"TRAVELER\"", "\"ADMIN\"").getBytes(StandardCharsets.UTF_8));

        api.get(QUEUE, parts[0] + "." + escalated + "." + parts[2]).expectProblem(401);
        api.get(MINE, parts[0] + "." + escalated + "." + parts[2]).expectProblem(401);
    }

    @Test
    void givenATokenSignedByAnotherKeyWithTheSameKeyId_whenReadingMyProfiles_then401() throws Exception {
        RSAKey impostor = new RSAKeyGenerator(2048).keyID(keys.activeKey().getKeyID()).generate();
        String token = sign(claims(List.of("ADMIN"), Instant.now().plus(Duration.ofMinutes(5))).build(), impostor);

        api.get(MINE, token).expectProblem(401);
        api.get(QUEUE, token).expectProblem(401);
    }

    @Test
    void givenATokenFromAnotherIssuer_whenReadingMyProfiles_then401() throws Exception {
        String token = sign(claims(List.of("TRAVELER"), Instant.now().plus(Duration.ofMinutes(5)))
                .issuer("someone-else").build(), keys.activeKey());

        api.get(MINE, token).expectProblem(401);
    }

    @Test
    void givenAnUnsignedToken_whenCallingTheAdminApi_then401() {
        String token = new PlainJWT(claims(List.of("ADMIN"), Instant.now().plus(Duration.ofMinutes(5))).build())
                .serialize();

        api.get(QUEUE, token).expectProblem(401);
    }

    @Test
    void givenATraveler_whenCallingTheAdminApi_then403Problem() {
        String traveler = api.login("traveler-" + UUID.randomUUID() + "@example.com");

        var response = api.get(QUEUE, traveler).expectProblem(403);

        assertThat(response.body().get("type").asString()).endsWith("/forbidden");
        api.post(QUEUE + "/" + UUID.randomUUID() + "/approve", traveler, null).expectProblem(403);
    }

    @Test
    void givenAnAdmin_whenCallingTheAdminApi_then200() {
        String admin = api.login("admin@tripavail.local");

        var response = api.get(QUEUE + "?status=SUBMITTED&size=5", admin).expect(200);

        assertThat(response.body().has("items")).isTrue();
        assertThat(response.body().get("size").asInt()).isEqualTo(5);
    }

    private static JWTClaimsSet.Builder claims(List<String> roles, Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .issuer("tripavail")
                .subject("user-" + UUID.randomUUID())
                .issueTime(Date.from(expiresAt.minus(Duration.ofHours(1))))
                .expirationTime(Date.from(expiresAt))
                .claim("roles", roles);
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
