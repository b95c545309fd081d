package com.tripavail.platform.axon;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each event handler inside a savepoint of the batch's transaction once its processing group
 * has had a batch fail. In PostgreSQL a failed statement aborts the whole transaction; without the
 * savepoint, a projection whose SQL fails on one event could not park that event in the dead-letter
 * queue (the enqueue would fail too) and would retry the batch forever. With it, only the failing
 * handler's writes roll back, the event is dead-lettered, and the batch goes on.
 *
 * <p>Savepoints are taken only when they are needed: a group's handlers run without them until
 * one of its batches rolls back; then the processor retries the batch (after its back-off) with a
 * savepoint around each handler, and keeps them for {@link #CAREFUL_PERIOD}. A savepoint costs two
 * round trips per event: 18 of the ~130 statements of a booking, nearly always for nothing.
 *
 * <p>Only handlers of processing groups with a dead-letter queue are concerned: elsewhere a failure
 * fails the batch (or, in a subscribing group, the command) whole. Event-sourcing handlers
 * (aggregate loading) are left alone: they touch no database. So are handlers marked
 * {@link WithoutSavepoint} (or declared in a class marked so): they touch no database while
 * handling either. Outside a unit of work, where no rollback can be seen, every handler of such a
 * group gets its savepoint.
 */
public class SavepointPerEventHandler implements HandlerEnhancerDefinition {

    /** How long a group keeps its savepoints after a batch of it rolled back. */
    static final Duration CAREFUL_PERIOD = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(SavepointPerEventHandler.class);

    private final TransactionTemplate savepoint;
    private final Predicate<String> deadLettered;
    private final LongSupplier nanoTime;
    /** Per processing group: until when (System.nanoTime) its handlers take savepoints. */
    private final Map<String, Long> carefulUntil = new ConcurrentHashMap<>();

    /**
     * @param deadLettered whether the processing group of that name has a dead-letter queue
     */
    public SavepointPerEventHandler(PlatformTransactionManager transactionManager, Predicate<String> deadLettered) {
        this(transactionManager, deadLettered, System::nanoTime);
    }

    SavepointPerEventHandler(PlatformTransactionManager transactionManager, Predicate<String> deadLettered,
                             LongSupplier nanoTime) {
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.deadLettered = deadLettered;
        this.nanoTime = nanoTime;
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
        String group = processingGroupOf(original.declaringClass());
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    return super.handle(message, target);
                }
                if (!careful(group) && watchedForRollback(group)) {
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

    private boolean careful(String group) {
        Long until = carefulUntil.get(group);
        if (until == null) {
            return false;
        }
        if (nanoTime.getAsLong() - until < 0) {
            return true;
        }
        carefulUntil.remove(group, until);
        return false;
    }

    /** Whether a rollback of the current unit of work will make the group careful; false outside one. */
    private boolean watchedForRollback(String group) {
        if (!CurrentUnitOfWork.isStarted()) {
            return false;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        if (root.resources().putIfAbsent(SavepointPerEventHandler.class.getName() + ":" + group, Boolean.TRUE)
                == null) {
            root.onRollback(unitOfWork -> {
                carefulUntil.put(group, nanoTime.getAsLong() + CAREFUL_PERIOD.toNanos());
                log.warn("A batch of processing group {} rolled back; its handlers run in savepoints for {}, "
                        + "so an event that fails again is dead-lettered", group, CAREFUL_PERIOD);
            });
        }
        return true;
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
