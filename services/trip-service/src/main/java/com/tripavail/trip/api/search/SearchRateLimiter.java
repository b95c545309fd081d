package com.tripavail.trip.api.search;

import com.tripavail.platform.security.CurrentUserAccessor;
import com.tripavail.platform.web.TooManyRequestsException;
import com.tripavail.trip.config.RateLimitProperties;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Token buckets (Bucket4j, in memory, per instance) for the route search endpoints: per user id when the request
 * carries a valid token, else per client IP address. A bucket is refilled whole each minute (so "30 a minute" is
 * exact within a minute, and the answer says when the next minute starts). Runs before the request body is read,
 * so malformed requests count too. Buckets that are full again are dropped by {@link #forgetIdleClients()}.
 */
public class SearchRateLimiter implements HandlerInterceptor {

    private final RateLimitProperties properties;
    private final CurrentUserAccessor users;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public SearchRateLimiter(RateLimitProperties properties, CurrentUserAccessor users) {
        this.properties = properties;
        this.users = users;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!properties.enabled()) {
            return true;
        }
        var user = users.current();
        String client = user.map(u -> "user:" + u.userId()).orElseGet(() -> "ip:" + request.getRemoteAddr());
        int perMinute = user.isPresent() ? properties.userPerMinute() : properties.anonymousPerMinute();
        Bucket bucket = buckets.computeIfAbsent(client, k -> newBucket(perMinute));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException("Too many route searches: at most " + perMinute + " a minute"
                    + (user.isPresent() ? " per user." : " per address; sign in for more."),
                    Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
        response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        return true;
    }

    /** Drops buckets that have refilled completely: their clients have been quiet for a minute or more. */
    public int forgetIdleClients() {
        int before = buckets.size();
        buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= capacityOf(e.getKey()));
        return before - buckets.size();
    }

    private long capacityOf(String client) {
        return client.startsWith("user:") ? properties.userPerMinute() : properties.anonymousPerMinute();
    }

    private static Bucket newBucket(int perMinute) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)))
                .build();
    }
}
