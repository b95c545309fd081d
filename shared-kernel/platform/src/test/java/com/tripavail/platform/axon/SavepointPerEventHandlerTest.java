package com.tripavail.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.annotation.AnnotatedMessageHandlingMember;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which event handlers run inside a savepoint of the batch's transaction, and when: in groups with a
 * dead-letter queue, once a batch of the group rolled back (or outside a unit of work).
 */
class SavepointPerEventHandlerTest {

    record Happened(String what) {
    }

    /** Writes while it handles: a failing statement would abort the batch's transaction. */
    static class WritingProjection {
        final List<String> handled = new ArrayList<>();

        @EventHandler
        void on(Happened event) {
            if (event.what().equals("fail")) {
                throw new IllegalStateException("refused " + event.what());
            }
            handled.add(event.what());
        }

        @EventHandler
        @WithoutSavepoint
        void buffered(Happened event) {
            handled.add("buffered " + event.what());
        }
    }

    /** Writes, in a group without a dead-letter queue: a failure fails the batch whole anyway. */
    @ProcessingGroup("no-dead-letters")
    static class ProjectionWithoutDeadLetters {
        final List<String> handled = new ArrayList<>();

        @EventHandler
        void on(Happened event) {
            handled.add(event.what());
        }
    }

    /** Buffers its writes until the batch commits. */
    @WithoutSavepoint
    static class BufferingProjection {
        final List<String> handled = new ArrayList<>();

        @EventHandler
        void on(Happened event) {
            handled.add(event.what());
        }
    }

    private final RecordingTransactions transactions = new RecordingTransactions();
    private final AtomicLong nanoTime = new AtomicLong();
    /** Dead-letter queues in every group but "no-dead-letters". */
    private final SavepointPerEventHandler enhancer =
            new SavepointPerEventHandler(transactions, group -> !group.equals("no-dead-letters"), nanoTime::get);

    @BeforeEach
    void batchTransactionActive() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
    }

    @AfterEach
    void noTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void givenAHandlerThatWrites_whenItHandlesAnEvent_thenInsideANestedTransaction() throws Exception {
        WritingProjection projection = new WritingProjection();

        handle(WritingProjection.class, "on", projection, new Happened("booked"));

        assertThat(projection.handled).containsExactly("booked");
        assertThat(transactions.begun).containsExactly(TransactionDefinition.PROPAGATION_NESTED);
        assertThat(transactions.committed).isEqualTo(1);
    }

    @Test
    void givenAHandlerThatWrites_whenItFails_thenItsSavepointRollsBackAndItsExceptionGoesOnUnchanged() {
        WritingProjection projection = new WritingProjection();

        assertThatThrownBy(() -> handle(WritingProjection.class, "on", projection, new Happened("fail")))
                .isInstanceOf(IllegalStateException.class).hasMessage("refused fail");

        assertThat(transactions.begun).containsExactly(TransactionDefinition.PROPAGATION_NESTED);
        assertThat(transactions.rolledBack).isEqualTo(1);
        assertThat(transactions.committed).isZero();
    }

    @Test
    void givenABatchOfAGroupThatNeverFailed_whenItsHandlerHandlesAnEvent_thenNoSavepoint() throws Exception {
        WritingProjection projection = new WritingProjection();

        inBatch(() -> handle(WritingProjection.class, "on", projection, new Happened("booked"))).commit();

        assertThat(projection.handled).containsExactly("booked");
        assertThat(transactions.begun).isEmpty();
    }

    @Test
    void givenABatchThatRolledBack_whenTheGroupHandlesEventsAgain_thenInSavepointsForAWhile() throws Exception {
        WritingProjection projection = new WritingProjection();
        inBatch(() -> handle(WritingProjection.class, "on", projection, new Happened("fail")))
                .rollback(new IllegalStateException("the dead-letter queue's insert failed too"));
        assertThat(transactions.begun).isEmpty();

        // The processor retries the batch: now the failing handler has a savepoint to roll back to.
        inBatch(() -> handle(WritingProjection.class, "on", projection, new Happened("fail"))).commit();
        assertThat(transactions.begun).containsExactly(TransactionDefinition.PROPAGATION_NESTED);
        assertThat(transactions.rolledBack).isEqualTo(1);

        nanoTime.addAndGet(SavepointPerEventHandler.CAREFUL_PERIOD.toNanos() - 1);
        inBatch(() -> handle(WritingProjection.class, "on", projection, new Happened("booked"))).commit();
        assertThat(transactions.begun).hasSize(2);

        nanoTime.incrementAndGet();
        inBatch(() -> handle(WritingProjection.class, "on", projection, new Happened("cancelled"))).commit();
        assertThat(transactions.begun).hasSize(2);
        assertThat(projection.handled).containsExactly("booked", "cancelled");
    }

    @Test
    void givenAGroupWithoutADeadLetterQueue_whenItsHandlerHandlesAnEvent_thenNoSavepoint() throws Exception {
        ProjectionWithoutDeadLetters projection = new ProjectionWithoutDeadLetters();

        handle(ProjectionWithoutDeadLetters.class, "on", projection, new Happened("booked"));

        assertThat(projection.handled).containsExactly("booked");
        assertThat(transactions.begun).isEmpty();
    }

    @Test
    void theProcessingGroupIsTheAnnotatedOneOrThePackage() {
        assertThat(SavepointPerEventHandler.processingGroupOf(ProjectionWithoutDeadLetters.class))
                .isEqualTo("no-dead-letters");
        assertThat(SavepointPerEventHandler.processingGroupOf(WritingProjection.class))
                .isEqualTo("com.tripavail.platform.axon");
    }

    @Test
    void givenAHandlerMarkedWithoutSavepoint_whenItHandlesAnEvent_thenNoSavepoint() throws Exception {
        WritingProjection projection = new WritingProjection();

        handle(WritingProjection.class, "buffered", projection, new Happened("booked"));

        assertThat(projection.handled).containsExactly("buffered booked");
        assertThat(transactions.begun).isEmpty();
    }

    @Test
    void givenAClassMarkedWithoutSavepoint_whenItsHandlersHandleEvents_thenNoSavepoint() throws Exception {
        BufferingProjection projection = new BufferingProjection();

        handle(BufferingProjection.class, "on", projection, new Happened("booked"));
        handle(BufferingProjection.class, "on", projection, new Happened("cancelled"));

        assertThat(projection.handled).containsExactly("booked", "cancelled");
        assertThat(transactions.begun).isEmpty();
    }

    @Test
    void givenNoTransaction_whenAHandlerThatWritesHandlesAnEvent_thenNoSavepoint() throws Exception {
        TransactionSynchronizationManager.setActualTransactionActive(false);
        WritingProjection projection = new WritingProjection();

        handle(WritingProjection.class, "on", projection, new Happened("booked"));

        assertThat(projection.handled).containsExactly("booked");
        assertThat(transactions.begun).isEmpty();
    }

    /** A processor's batch: a unit of work with the handling done in it, not yet committed or rolled back. */
    private static UnitOfWork<?> inBatch(HandlerCall call) {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        try {
            call.run();
        } catch (Exception e) {
            // a handler's failure: the dead-letter queue would take it; the test decides the batch's end
        }
        return batch;
    }

    @FunctionalInterface
    interface HandlerCall {
        void run() throws Exception;
    }

    private <T> void handle(Class<T> type, String methodName, T target, Happened event) throws Exception {
        Method method = type.getDeclaredMethod(methodName, Happened.class);
        MessageHandlingMember<T> member = enhancer.wrapHandler(new AnnotatedMessageHandlingMember<>(method,
                EventMessage.class, Happened.class, ClasspathParameterResolverFactory.forClass(type)));
        EventMessage<Happened> message = GenericEventMessage.asEventMessage(event);
        assertThat(member.canHandle(message)).isTrue();
        member.handle(message, target);
    }

    /** Records what the savepoint template asks of the transaction manager. */
    static final class RecordingTransactions implements PlatformTransactionManager {
        final List<Integer> begun = new ArrayList<>();
        int committed;
        int rolledBack;

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            begun.add(definition.getPropagationBehavior());
            return new SimpleTransactionStatus(false);
        }

        @Override
        public void commit(TransactionStatus status) {
            committed++;
        }

        @Override
        public void rollback(TransactionStatus status) {
            rolledBack++;
        }
    }
}
