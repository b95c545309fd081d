package com.tripavail.platform.web;

import org.springframework.http.HttpStatus;

/** 403: the caller is known but may not do this (e.g. another user's data). */
public class ForbiddenException extends PlatformException {

    public ForbiddenException(String detail) {
        super(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, detail);
    }
}
