package com.tripavail.platform.axon;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each event handler inside a savepoint of the batch's transaction. In PostgreSQL a
 * failed statement aborts the whole transaction; without the savepoint, a projection whose
 * SQL fails on one event could not park that event in the dead-letter queue (the enqueue
 * would fail too) and would retry the batch forever. With it, only the failing handler's
 * writes roll back, the event is dead-lettered, and the batch goes on.
 *
 * <p>Event-sourcing handlers (aggregate loading) are left alone: they touch no database. So are
 * handlers marked {@link WithoutSavepoint} (or declared in a class marked so): they touch no
 * database while handling either, and a savepoint costs two round trips per event.
 */
public class SavepointPerEventHandler implements HandlerEnhancerDefinition {

    private final TransactionTemplate savepoint;

    public SavepointPerEventHandler(PlatformTransactionManager transactionManager) {
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)
                || !original.hasAnnotation(EventHandler.class)
                || original.hasAnnotation(EventSourcingHandler.class)
                || original.hasAnnotation(WithoutSavepoint.class)
                || original.declaringClass().isAnnotationPresent(WithoutSavepoint.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    return super.handle(message, target);
                }
                try {
                    return savepoint.execute(status -> {
                        try {
                            return super.handle(message, target);
                        } catch (Exception e) {
                            throw new HandlerFailure(e);
                        }
                    });
                } catch (HandlerFailure failure) {
                    throw failure.exception;
                }
            }
        };
    }

    /** Carries a checked exception out of the transaction callback. */
    private static final class HandlerFailure extends RuntimeException {

        private final Exception exception;

        HandlerFailure(Exception exception) {
            super(exception);
            this.exception = exception;
        }
    }
}
