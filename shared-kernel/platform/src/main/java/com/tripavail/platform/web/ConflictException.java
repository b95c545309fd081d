package com.tripavail.platform.web;

import java.util.Map;

import org.springframework.http.HttpStatus;

/** 409: the request conflicts with the resource's current state (e.g. a transition not allowed from it). */
public class ConflictException extends PlatformException {

    private final String currentState;

    public ConflictException(String detail) {
        this(detail, null);
    }

    /** @param currentState the resource's current state, returned to the client as {@code currentState} */
    public ConflictException(String detail, String currentState) {
        super(HttpStatus.CONFLICT, Problems.CONFLICT, detail);
        this.currentState = currentState;
    }

    public String currentState() {
        return currentState;
    }

    @Override
    public Map<String, Object> properties() {
        return currentState == null ? Map.of() : Map.of("currentState", currentState);
    }
}
