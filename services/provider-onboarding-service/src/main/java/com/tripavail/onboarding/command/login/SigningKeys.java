package com.tripavail.onboarding.command.login;

import static com.tripavail.onboarding.jooq.Tables.SIGNING_KEY;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.security.SecureRandom;
import org.jooq.DSLContext;

/**
 * The RSA key that signs access tokens. Created on first start and kept in the service's
 * database, so tokens stay valid across restarts; every service verifies them with the
 * public half published as the JWKS.
 */
public class SigningKeys {

    private final RSAKey activeKey;

    public SigningKeys(DSLContext dsl, Clock clock) {
        this.activeKey = dsl.selectFrom(SIGNING_KEY).where(SIGNING_KEY.ACTIVE.isTrue())
                .orderBy(SIGNING_KEY.CREATED_AT.desc()).limit(1)
                .fetchOptional()
                .map(r -> toJwk(r.getKeyId(), r.getPublicKey(), r.getPrivateKey()))
                .orElseGet(() -> create(dsl, clock));
    }

    public RSAKey activeKey() {
        return activeKey;
    }

    public RSAPublicKey publicKey() {
        try {
            return activeKey.toRSAPublicKey();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Public keys only. */
    public JWKSet publicJwks() {
        return new JWKSet(activeKey.toPublicJWK());
    }

    private static RSAKey create(DSLContext dsl, Clock clock) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            byte[] idBytes = new byte[8];
            new SecureRandom().nextBytes(idBytes);
            String keyId = HexFormat.of().formatHex(idBytes);
            // Two instances starting at once: the first insert wins and both use the winner.
            dsl.insertInto(SIGNING_KEY)
                    .set(SIGNING_KEY.KEY_ID, keyId)
                    .set(SIGNING_KEY.PRIVATE_KEY, pair.getPrivate().getEncoded())
                    .set(SIGNING_KEY.PUBLIC_KEY, pair.getPublic().getEncoded())
                    .set(SIGNING_KEY.CREATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                    .set(SIGNING_KEY.ACTIVE, true)
                    .execute();
            return toJwk(keyId, pair.getPublic().getEncoded(), pair.getPrivate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create a signing key", e);
        }
    }

    private static RSAKey toJwk(String keyId, byte[] publicKey, byte[] privateKey) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new RSAKey.Builder((RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(publicKey)))
                    .privateKey((RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(privateKey)))
                    .keyID(keyId)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored signing key is unreadable", e);
        }
    }
}
