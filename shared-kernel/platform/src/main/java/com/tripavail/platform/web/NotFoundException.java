package com.tripavail.platform.web;

import org.springframework.http.HttpStatus;

/** 404: the resource does not exist, or the caller may not know it exists. */
public class NotFoundException extends PlatformException {

    public NotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, detail);
    }

    public static NotFoundException of(String what, Object id) {
        return new NotFoundException(what + " " + id + " not found");
    }
}
