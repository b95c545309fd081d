package com.tripavail.platform.web;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * An exception a service throws to answer a request with a problem (RFC 7807). The message is the
 * problem's {@code detail} and is shown to the client, so it must not carry internals.
 */
public abstract class PlatformException extends RuntimeException {

    private final HttpStatus status;
    private final String typeSlug;

    protected PlatformException(HttpStatus status, String typeSlug, String detail) {
        super(detail);
        this.status = status;
        this.typeSlug = typeSlug;
    }

    public HttpStatus status() {
        return status;
    }

    /** Last segment of the problem type URI, see {@link Problems}. */
    public String typeSlug() {
        return typeSlug;
    }

    public String title() {
        return status.getReasonPhrase();
    }

    /** Extra members of the problem object. */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** Extra response headers. */
    public HttpHeaders headers() {
        return HttpHeaders.EMPTY;
    }
}
