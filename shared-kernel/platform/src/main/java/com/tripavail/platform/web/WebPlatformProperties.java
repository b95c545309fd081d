package com.tripavail.platform.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code tripavail.web.*}: limits every service's HTTP API applies. */
@ConfigurationProperties(prefix = "tripavail.web")
public class WebPlatformProperties {

    /** Largest request body accepted; larger bodies get a 413 problem. A plain number means bytes. */
    private DataSize maxRequestBytes = DataSize.ofKilobytes(64);

    /** Admission control of {@code /api/**} ({@link RequestAdmission}). */
    private final Admission admission = new Admission();

    public Admission getAdmission() {
        return admission;
    }

    public static class Admission {

        /** API requests at work at once (a request waiting for a read model does not count); 0 turns it off. */
        private int maxConcurrent = 32;

        /** How long a request may wait for a slot before it is answered 503. */
        private Duration queueWait = Duration.ofSeconds(1);

        public int getMaxConcurrent() {
            return maxConcurrent;
        }

        public void setMaxConcurrent(int maxConcurrent) {
            this.maxConcurrent = maxConcurrent;
        }

        public Duration getQueueWait() {
            return queueWait;
        }

        public void setQueueWait(Duration queueWait) {
            this.queueWait = queueWait;
        }
    }

    public DataSize getMaxRequestBytes() {
        return maxRequestBytes;
    }

    public void setMaxRequestBytes(DataSize maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }
}
