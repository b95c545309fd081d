package com.tripavail.platform.tracing;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;

/** Stamps every dispatched command, event or query with the current thread's trace context. */
public class TraceparentDispatchInterceptor implements MessageDispatchInterceptor<Message<?>> {

    @Override
    public BiFunction<Integer, Message<?>, Message<?>> handle(List<? extends Message<?>> messages) {
        return (index, message) -> {
            if (message.getMetaData().containsKey(TraceContext.METADATA_KEY)) {
                return message;
            }
            return TraceContext.current()
                    .<Message<?>>map(traceparent -> message.andMetaData(
                            java.util.Map.of(TraceContext.METADATA_KEY, traceparent)))
                    .orElse(message);
        };
    }
}
