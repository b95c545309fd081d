package com.tripavail.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** The shutdown hook's signal that a context is closed comes after the context's own beans are destroyed. */
class InfrastructureShutdownTest {

    @Test
    void theCloseSignalComesAfterEveryBeanIsDestroyed() {
        List<String> events = new ArrayList<>();
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        InfrastructureShutdown.TrackedContext tracked = InfrastructureShutdown.track(context);
        context.registerBean("kafkaListener", AutoCloseable.class,
                () -> () -> events.add("listener closed, signal " + (tracked.isClosed() ? "given" : "not given")));
        context.refresh();
        context.getBean("kafkaListener"); // instantiated (and so registered as disposable) after the signal

        assertThat(tracked.isClosed()).isFalse();
        context.close();

        assertThat(events).containsExactly("listener closed, signal not given");
        assertThat(tracked.isClosed()).isTrue();
    }
}
