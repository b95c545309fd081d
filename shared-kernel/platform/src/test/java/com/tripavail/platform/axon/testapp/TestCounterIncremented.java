package com.tripavail.platform.axon.testapp;

import com.tripavail.contracts.EventContract;

/** The published contract of {@link CounterApi.CounterIncrementedEvent} (test only). */
@EventContract(type = TestCounterIncremented.TYPE)
public record TestCounterIncremented(String counterId, int amount, int total, String label) {

    public static final String TYPE = "test.CounterIncremented";
}
