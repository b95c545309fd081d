package com.tripavail.platform.axon;

import java.util.function.Predicate;
import org.axonframework.config.ProcessingGroup;
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
 * <p>Only handlers of processing groups with a dead-letter queue get one: elsewhere a failure
 * fails the batch (or, in a subscribing group, the command) whole, and a savepoint would only
 * cost two round trips per event (measured: 25 savepoints per booking, half of them useless).
 * Event-sourcing handlers (aggregate loading) are left alone: they touch no database. So are
 * handlers marked {@link WithoutSavepoint} (or declared in a class marked so): they touch no
 * database while handling either.
 */
public class SavepointPerEventHandler implements HandlerEnhancerDefinition {

    private final TransactionTemplate savepoint;
    private final Predicate<String> deadLettered;

    /**
     * @param deadLettered whether the processing group of that name has a dead-letter queue
     */
    public SavepointPerEventHandler(PlatformTransactionManager transactionManager, Predicate<String> deadLettered) {
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.deadLettered = deadLettered;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)
                || !original.hasAnnotation(EventHandler.class)
                || original.hasAnnotation(EventSourcingHandler.class)
                || original.hasAnnotation(WithoutSavepoint.class)
                || original.declaringClass().isAnnotationPresent(WithoutSavepoint.class)
                || !deadLettered.test(processingGroupOf(original.declaringClass()))) {
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

    /** The class's {@link ProcessingGroup}, or its package: Axon's default. */
    static String processingGroupOf(Class<?> handlerClass) {
        ProcessingGroup group = handlerClass.getAnnotation(ProcessingGroup.class);
        return group != null ? group.value() : handlerClass.getPackageName();
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
