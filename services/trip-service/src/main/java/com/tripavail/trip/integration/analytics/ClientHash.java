package com.tripavail.trip.integration.analytics;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stands for a client's IP address in analytics: HMAC-SHA-256 with a secret salt, so that repeat searches of one
 * client can be counted but the address cannot be recovered (not even by trying all IPv4 addresses, without the
 * salt).
 */
public class ClientHash {

    private final SecretKeySpec key;

    public ClientHash(String salt) {
        if (salt == null || salt.isBlank()) {
            throw new IllegalArgumentException("the client hash needs a salt (tripavail.trip.search.client-hash-salt)");
        }
        this.key = new SecretKeySpec(salt.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String of(String ipAddress) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(ipAddress.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
