package com.tripavail.platform.web;

import org.springframework.http.HttpStatus;

/** 422: the request is well-formed but cannot be carried out as asked (a business rule refuses it). */
public class UnprocessableException extends PlatformException {

    public UnprocessableException(String detail) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, Problems.UNPROCESSABLE, detail);
    }
}
