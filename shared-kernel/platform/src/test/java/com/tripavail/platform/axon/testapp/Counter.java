package com.tripavail.platform.axon.testapp;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tripavail.platform.axon.testapp.CounterApi.AddCounterNoteCommand;
import com.tripavail.platform.axon.testapp.CounterApi.CounterIncrementedEvent;
import com.tripavail.platform.axon.testapp.CounterApi.CounterNoteAddedEvent;
import com.tripavail.platform.axon.testapp.CounterApi.IncrementCounterCommand;
import com.tripavail.platform.axon.testapp.CounterApi.ReminderRequestedEvent;
import com.tripavail.platform.axon.testapp.CounterApi.RequestReminderCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A tiny event-sourced aggregate: created by its first increment or reminder request. */
@Aggregate
public class Counter {

    @AggregateIdentifier
    private String counterId;
    private int total;

    protected Counter() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(IncrementCounterCommand command) {
        apply(new CounterIncrementedEvent(command.counterId(), command.amount(), total + command.amount(),
                command.label()));
    }

    @CommandHandler
    public void handle(AddCounterNoteCommand command) {
        apply(new CounterNoteAddedEvent(command.counterId(), command.note()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RequestReminderCommand command) {
        apply(new ReminderRequestedEvent(command.counterId(), command.delayMillis()));
    }

    @EventSourcingHandler
    void on(CounterIncrementedEvent event) {
        counterId = event.counterId();
        total = event.total();
    }

    @EventSourcingHandler
    void on(ReminderRequestedEvent event) {
        counterId = event.counterId();
    }
}
