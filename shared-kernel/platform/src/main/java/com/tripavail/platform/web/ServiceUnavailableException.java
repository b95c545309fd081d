package com.tripavail.platform.web;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** 503: a party the service depends on (a payment provider, say) cannot answer now; nothing was changed. */
public class ServiceUnavailableException extends PlatformException {

    private final Duration retryAfter;

    public ServiceUnavailableException(String detail, Duration retryAfter) {
        super(HttpStatus.SERVICE_UNAVAILABLE, Problems.SERVICE_UNAVAILABLE, detail);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("retryAfterSeconds", Math.max(1, retryAfter.toSeconds()));
    }

    @Override
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        return headers;
    }
}
