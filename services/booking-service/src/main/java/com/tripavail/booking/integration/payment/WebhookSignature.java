package com.tripavail.booking.integration.payment;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature scheme of card processors' webhooks (Stripe's {@code Stripe-Signature}, for one):
 * a header {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + rawBody)>}. The timestamp
 * is signed with the body, so a captured request cannot be replayed after the tolerance; several
 * {@code v1} entries may appear while a secret is being rotated, and any one matching is enough.
 * Comparison is constant-time, so a forger learns nothing from response times.
 */
public final class WebhookSignature {

    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;
    private final Duration tolerance;

    public WebhookSignature(String secret, Duration tolerance) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("a webhook secret is required");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.tolerance = tolerance;
    }

    /** The header value for {@code rawBody} sent at {@code timestamp}. */
    public String sign(Instant timestamp, byte[] rawBody) {
        long seconds = timestamp.getEpochSecond();
        return "t=" + seconds + ",v1=" + HEX.formatHex(hmac(seconds, rawBody));
    }

    /** Empty if {@code header} signs {@code rawBody} and was made within the tolerance of {@code now}. */
    public Optional<WebhookRefusal> verify(String header, byte[] rawBody, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.of(WebhookRefusal.MISSING_SIGNATURE);
        }
        Long timestamp = null;
        List<byte[]> signatures = new ArrayList<>();
        for (String element : header.split(",")) {
            int equals = element.indexOf('=');
            if (equals <= 0) {
                return Optional.of(WebhookRefusal.MALFORMED_SIGNATURE);
            }
            String name = element.substring(0, equals).trim();
            String value = element.substring(equals + 1).trim();
            try {
                switch (name) {
                    case "t" -> timestamp = Long.parseLong(value);
                    case "v1" -> signatures.add(HEX.parseHex(value));
                    default -> {
                        // other schemes (v0 and later versions) are not ours to check
                    }
                }
            } catch (IllegalArgumentException notANumberOrNotHex) {
                return Optional.of(WebhookRefusal.MALFORMED_SIGNATURE);
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            return Optional.of(WebhookRefusal.MALFORMED_SIGNATURE);
        }
        byte[] expected = hmac(timestamp, rawBody);
        boolean matches = false;
        for (byte[] signature : signatures) {
            matches |= MessageDigest.isEqual(expected, signature);
        }
        if (!matches) {
            return Optional.of(WebhookRefusal.WRONG_SIGNATURE);
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            return Optional.of(WebhookRefusal.STALE_TIMESTAMP);
        }
        return Optional.empty();
    }

    private byte[] hmac(long timestamp, byte[] rawBody) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(rawBody);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
