package com.tripavail.platform.web;

import org.springframework.http.HttpStatus;

/** 400: the request itself is wrong in a way Bean Validation could not express. */
public class BadRequestException extends PlatformException {

    public BadRequestException(String detail) {
        super(HttpStatus.BAD_REQUEST, Problems.BAD_REQUEST, detail);
    }
}
