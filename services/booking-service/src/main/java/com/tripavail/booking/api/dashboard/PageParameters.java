package com.tripavail.booking.api.dashboard;

import com.tripavail.platform.web.BadRequestException;

/** {@code page} (from 0) and {@code size} of a paginated read, checked: a bad value is a 400, not a 500. */
public record PageParameters(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    /** Deeper than this, a client should narrow the filter instead of paging on. */
    public static final int MAX_PAGE = 10_000;

    public static PageParameters of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || p > MAX_PAGE) {
            throw new BadRequestException("page must be between 0 and " + MAX_PAGE + "; got " + p);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new BadRequestException("size must be between 1 and " + MAX_SIZE + "; got " + s);
        }
        return new PageParameters(p, s);
    }
}
