package com.tripavail.platform.idempotency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code tripavail.idempotency.*}: how long Idempotency-Key outcomes are kept, and where keys are honoured. */
@ConfigurationProperties(prefix = "tripavail.idempotency")
public class IdempotencyProperties {

    /** Whether mutating requests honour the Idempotency-Key header. */
    private boolean enabled = true;

    /** How long a key's outcome is kept and replayed. */
    private Duration ttl = Duration.ofHours(24);

    /**
     * A claim still IN_PROGRESS after this long belongs to a request whose service died;
     * the next request with the key may take it over. Longer than any request runs.
     */
    private Duration abandonedAfter = Duration.ofMinutes(2);

    /** How often expired records are deleted. */
    private Duration cleanupInterval = Duration.ofMinutes(15);

    /** Path patterns (Spring PathPattern syntax) whose POST/PUT/PATCH/DELETE requests honour the header. */
    private List<String> paths = new ArrayList<>(List.of("/api/**"));

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Duration getTtl() {
        return ttl;
    }

    public void setTtl(Duration ttl) {
        this.ttl = ttl;
    }

    public Duration getAbandonedAfter() {
        return abandonedAfter;
    }

    public void setAbandonedAfter(Duration abandonedAfter) {
        this.abandonedAfter = abandonedAfter;
    }

    public Duration getCleanupInterval() {
        return cleanupInterval;
    }

    public void setCleanupInterval(Duration cleanupInterval) {
        this.cleanupInterval = cleanupInterval;
    }

    public List<String> getPaths() {
        return paths;
    }

    public void setPaths(List<String> paths) {
        this.paths = paths;
    }
}
