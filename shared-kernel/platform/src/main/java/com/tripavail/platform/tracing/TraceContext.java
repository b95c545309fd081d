package com.tripavail.platform.tracing;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The W3C {@code traceparent} of the work the current thread does. It enters with an HTTP
 * request or a Kafka message, travels in Axon message metadata from command to events, and
 * leaves as a Kafka header, so one booking can be followed across services.
 */
public final class TraceContext {

    public static final String METADATA_KEY = "traceparent";
    private static final Pattern VALID = Pattern.compile("^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TraceContext() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Continues the given trace (new span id) or starts a new one when absent or malformed. */
    public static String continueOrStart(String incoming) {
        if (incoming != null && VALID.matcher(incoming).matches()) {
            return "00-" + incoming.substring(3, 35) + "-" + randomHex(8) + "-" + incoming.substring(53);
        }
        return "00-" + randomHex(16) + "-" + randomHex(8) + "-01";
    }

    public static void set(String traceparent) {
        CURRENT.set(traceparent);
    }

    public static void clear() {
        CURRENT.remove();
    }

    public static boolean isValid(String traceparent) {
        return traceparent != null && VALID.matcher(traceparent).matches();
    }

    private static String randomHex(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return HexFormat.of().formatHex(buffer);
    }
}
