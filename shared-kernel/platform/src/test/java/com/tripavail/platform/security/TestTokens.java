package com.tripavail.platform.security;

import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * RS256 tokens for tests, signed with a key pair made once per JVM. {@link #decoder()} is the matching
 * {@link JwtDecoder}; declare it as a bean and the platform's security uses it.
 */
public final class TestTokens {

    private static final RSAKey KEY = generate("tripavail-test");
    private static final RSAKey OTHER_KEY = generate("someone-else");

    private TestTokens() {
    }

    public static RSAPublicKey publicKey() {
        try {
            return KEY.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as a JWK (what a JWKS endpoint would serve). */
    public static RSAKey publicJwk() {
        return KEY.toPublicJWK();
    }

    public static JwtDecoder decoder() {
        return NimbusJwtDecoder.withPublicKey(publicKey()).build();
    }

    /** A token valid for the next 10 minutes. */
    public static String token(String userId, Role... roles) {
        Instant now = Instant.now();
        return mint(KEY, userId, names(roles), now, now.plus(Duration.ofMinutes(10)));
    }

    /** A token that expired five minutes ago (beyond any clock-skew allowance). */
    public static String expired(String userId, Role... roles) {
        Instant now = Instant.now();
        return mint(KEY, userId, names(roles), now.minus(Duration.ofMinutes(20)), now.minus(Duration.ofMinutes(5)));
    }

    /** A valid token whose signature no longer matches its content. */
    public static String tampered(String userId, Role... roles) {
        String[] parts = token(userId, roles).split("\\.");
        char[] signature = parts[2].toCharArray();
        signature[signature.length / 2] = signature[signature.length / 2] == 'A' ? 'B' : 'A';
        return parts[0] + "." + parts[1] + "." + new String(signature);
    }

    /** A well-formed token signed by a key the service does not trust. */
    public static String signedByUnknownKey(String userId, Role... roles) {
        Instant now = Instant.now();
        return mint(OTHER_KEY, userId, names(roles), now, now.plus(Duration.ofMinutes(10)));
    }

    public static String mint(RSAKey key, String userId, List<String> roles, Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(userId)
                .issuer("tripavail-test")
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .claim("roles", roles)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static List<String> names(Role... roles) {
        return java.util.Arrays.stream(roles).map(Role::name).toList();
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
