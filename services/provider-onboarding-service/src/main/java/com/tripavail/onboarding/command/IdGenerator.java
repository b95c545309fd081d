package com.tripavail.onboarding.command;

/** Makes new aggregate ids; injected so tests can predict them. */
@FunctionalInterface
public interface IdGenerator {

    String newId();
}
