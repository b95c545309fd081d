package com.tripavail.platform.axon.testapp;

import com.tripavail.platform.axon.testapp.CounterApi.ReminderRequestedEvent;
import java.time.Duration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;

/** Schedules a persistent deadline per reminder request; when it fires, records it and ends. */
@Saga
public class ReminderSaga {

    public static final String DEADLINE = "counter-reminder";

    private String counterId;

    @Autowired
    private transient DeadlineManager deadlineManager;
    @Autowired
    private transient DSLContext dsl;

    @StartSaga
    @SagaEventHandler(associationProperty = "counterId")
    public void on(ReminderRequestedEvent event) {
        counterId = event.counterId();
        deadlineManager.schedule(Duration.ofMillis(event.delayMillis()), DEADLINE, counterId);
    }

    @DeadlineHandler(deadlineName = DEADLINE)
    public void remind(String payload) {
        dsl.execute("INSERT INTO reminder_fired (counter_id, fired_at) VALUES (?, now())", counterId);
        SagaLifecycle.end();
    }
}
