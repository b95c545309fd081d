package com.tripavail.onboarding.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Login by one-time code: wrong, locked, used codes; phone and email contacts; the public keys. */
class OtpLoginTest extends OnboardingApiTest {

    @Test
    void givenASentCode_whenAWrongCodeIsEntered_then401SaysHowManyAttemptsAreLeft() {
        String email = newEmail();
        api.post("/api/auth/otp", null, Map.of("email", email)).expect(202);
        String wrong = wrongCodeFor(api.latestCode(email));

        var first = verify(email, wrong).expectProblem(401);
        var second = verify(email, wrong).expectProblem(401);

        assertThat(first.detail()).isEqualTo("wrong code; 4 attempts left");
        assertThat(second.detail()).isEqualTo("wrong code; 3 attempts left");
        assertThat(first.body().has("accessToken")).isFalse();
    }

    @Test
    void givenFiveWrongCodes_whenTheRightCodeIsEntered_then429AndNoToken() {
        String email = newEmail();
        api.post("/api/auth/otp", null, Map.of("email", email)).expect(202);
        String right = api.latestCode(email);
        for (int attempt = 1; attempt <= 5; attempt++) {
            verify(email, wrongCodeFor(right)).expectProblem(401);
        }

        var locked = verify(email, right).expectProblem(429);

        assertThat(locked.detail()).contains("too many wrong codes");
        assertThat(locked.header("Retry-After")).isNotBlank();
        assertThat(locked.body().has("accessToken")).isFalse();
    }

    @Test
    void givenALockedCode_whenANewCodeIsRequested_thenTheNewCodeLogsIn() {
        String email = newEmail();
        api.post("/api/auth/otp", null, Map.of("email", email)).expect(202);
        String locked = api.latestCode(email);
        for (int attempt = 1; attempt <= 5; attempt++) {
            verify(email, wrongCodeFor(locked)).expectProblem(401);
        }

        api.post("/api/auth/otp", null, Map.of("email", email)).expect(202);

        verify(email, api.latestCode(email)).expect(200);
    }

    @Test
    void givenAUsedCode_whenEnteredAgain_then401() {
        String email = newEmail();
        api.post("/api/auth/otp", null, Map.of("email", email)).expect(202);
        String code = api.latestCode(email);
        verify(email, code).expect(200);

        var reused = verify(email, code).expectProblem(401);

        assertThat(reused.detail()).contains("request a new one");
        assertThat(reused.body().has("accessToken")).isFalse();
    }

    @Test
    void givenAPhone_whenLoggingInByCode_thenThePhoneUserGetsATravelerToken() {
        String phone = newPhone();
        var sent = api.post("/api/auth/otp", null, Map.of("phone", phone)).expect(202);
        assertThat(sent.text("channel")).isEqualTo("PHONE");

        var loggedIn = api.post("/api/auth/otp/verify", null, Map.of("phone", phone, "code", api.latestCode(phone)))
                .expect(200);

        assertThat(loggedIn.text("tokenType")).isEqualTo("Bearer");
        assertThat(loggedIn.body().get("roles").toString()).contains("TRAVELER");
        JsonNode me = api.get("/api/users/me", loggedIn.text("accessToken")).expect(200).body();
        assertThat(me.get("phone").asString()).isEqualTo(phone);
        assertThat(me.get("phoneVerified").asBoolean()).isTrue();
        assertThat(me.get("email").isNull()).isTrue();
    }

    @Test
    void givenAPhoneWrittenWithSpacesAndDashes_whenLoggingIn_thenItIsTheSameUser() {
        String phone = newPhone();
        String first = login("phone", phone);
        String formatted = phone.substring(0, 3) + " " + phone.substring(3, 8) + "-" + phone.substring(8);

        api.post("/api/auth/otp", null, Map.of("phone", formatted)).expect(202);
        var again = api.post("/api/auth/otp/verify", null, Map.of("phone", formatted, "code", api.latestCode(phone)))
                .expect(200);

        assertThat(again.text("userId")).isEqualTo(first);
    }

    @Test
    void givenAnEmailUser_whenLoggingInWithTheEmailInUpperCase_thenItIsTheSameUser() {
        String email = newEmail();
        String first = login("email", email);
        String shouted = "  " + email.toUpperCase() + " ";

        api.post("/api/auth/otp", null, Map.of("email", shouted)).expect(202);
        var again = api.post("/api/auth/otp/verify", null, Map.of("email", shouted, "code", api.latestCode(email)))
                .expect(200);

        assertThat(again.text("userId")).isEqualTo(first);
        assertThat(api.get("/api/users/me", again.text("accessToken")).expect(200).text("email")).isEqualTo(email);
    }

    @Test
    void givenACodeForOneEmail_whenEnteredForAnother_then401() {
        String email = newEmail();
        String other = newEmail();
        api.post("/api/auth/otp", null, Map.of("email", email)).expect(202);
        api.post("/api/auth/otp", null, Map.of("email", other)).expect(202);
        String code = api.latestCode(email);
        // vanishingly unlikely, but then the test would prove nothing
        org.junit.jupiter.api.Assumptions.assumeFalse(code.equals(api.latestCode(other)));

        verify(other, code).expectProblem(401);
    }

    @Test
    void givenTheService_whenReadingTheJwks_thenItHasThePublicRsaKeyThatVerifiesItsTokensAndNoPrivateParts()
            throws Exception {
        var response = api.get("/.well-known/jwks.json", null).expect(200);
        String token = api.login(newEmail());

        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode keys = response.body().get("keys");
        assertThat(keys.size()).isOne();
        JsonNode key = keys.get(0);
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.get("kid").asString()).isNotBlank();
        assertThat(key.get("use").asString()).isEqualTo("sig");
        assertThat(key.has("n")).isTrue();
        assertThat(key.has("e")).isTrue();
        for (String privatePart : new String[] {"d", "p", "q", "dp", "dq", "qi", "oth"}) {
            assertThat(key.has(privatePart)).as("private member %s", privatePart).isFalse();
        }
        RSAKey published = JWKSet.parse(response.raw().body()).getKeys().getFirst().toRSAKey();
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(published.isPrivate()).isFalse();
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(published.getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(published))).isTrue();
    }

    private Api.Response verify(String email, String code) {
        return api.post("/api/auth/otp/verify", null, Map.of("email", email, "code", code));
    }

    /** Logs in by {@code channel} ("email" or "phone") and returns the user id. */
    private String login(String channel, String contact) {
        api.post("/api/auth/otp", null, Map.of(channel, contact)).expect(202);
        return api.post("/api/auth/otp/verify", null, Map.of(channel, contact, "code", api.latestCode(contact)))
                .expect(200).text("userId");
    }

    private static String wrongCodeFor(String code) {
        return "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);
    }

    private static String newEmail() {
        return "otp-" + UUID.randomUUID() + "@example.com";
    }

    /** An Indian mobile number in E.164, different on every call. */
    private static String newPhone() {
        return "+919" + "%09d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }
}
