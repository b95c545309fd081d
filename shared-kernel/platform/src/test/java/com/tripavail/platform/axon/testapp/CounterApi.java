package com.tripavail.platform.axon.testapp;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands and events of the test application's {@link Counter}. */
public final class CounterApi {

    private CounterApi() {
    }

    public record IncrementCounterCommand(@TargetAggregateIdentifier String counterId, int amount, String label) {
    }

    public record AddCounterNoteCommand(@TargetAggregateIdentifier String counterId, String note) {
    }

    public record RequestReminderCommand(@TargetAggregateIdentifier String counterId, long delayMillis) {
    }

    /** Public: published as {@link TestCounterIncremented}. */
    public record CounterIncrementedEvent(String counterId, int amount, int total, String label) {
    }

    /** Private: the translator returns nothing for it. */
    public record CounterNoteAddedEvent(String counterId, String note) {
    }

    /** Starts a {@link ReminderSaga} that schedules a persistent deadline. */
    public record ReminderRequestedEvent(String counterId, long delayMillis) {
    }
}
