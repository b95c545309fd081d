package com.tripavail.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code tripavail.web.*}: limits every service's HTTP API applies. */
@ConfigurationProperties(prefix = "tripavail.web")
public class WebPlatformProperties {

    /** Largest request body accepted; larger bodies get a 413 problem. A plain number means bytes. */
    private DataSize maxRequestBytes = DataSize.ofKilobytes(64);

    public DataSize getMaxRequestBytes() {
        return maxRequestBytes;
    }

    public void setMaxRequestBytes(DataSize maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }
}
