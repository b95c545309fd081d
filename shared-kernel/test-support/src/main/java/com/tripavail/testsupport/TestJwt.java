package com.tripavail.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Access tokens for a service's tests, shaped like the onboarding service's (RS256, {@code sub},
 * {@code roles}, issuer {@code tripavail}) and signed by a key pair of the test JVM. A test
 * context validates them with {@code NimbusJwtDecoder.withPublicKey(TestJwt.publicKey())}.
 */
public final class TestJwt {

    public static final String ISSUER = "tripavail";
    private static final KeyPair KEYS = generate();

    private TestJwt() {
    }

    public static RSAPublicKey publicKey() {
        return (RSAPublicKey) KEYS.getPublic();
    }

    /** A token valid for an hour. */
    public static String token(String userId, String... roles) {
        return token(userId, Instant.now().plus(Duration.ofHours(1)), roles);
    }

    public static String token(String userId, Instant expiresAt, String... roles) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(userId)
                .issueTime(Date.from(expiresAt.minus(Duration.ofHours(1))))
                .expirationTime(Date.from(expiresAt))
                .claim("roles", List.of(roles))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims);
        try {
            jwt.sign(new RSASSASigner(KEYS.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
