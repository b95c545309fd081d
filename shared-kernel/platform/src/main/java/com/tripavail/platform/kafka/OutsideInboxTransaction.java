package com.tripavail.platform.kafka;

import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a consumer's command outside the transaction that records the message's eventId
 * ({@link IntegrationEventConsumer#handle} runs inside it). An aggregate's lock must last until
 * its event is committed, and Axon releases it when the command's unit of work ends — which,
 * inside a surrounding transaction, would come before that transaction's commit. Should the
 * eventId's transaction then fail, the redelivered message meets the aggregate's own idempotency.
 */
public class OutsideInboxTransaction {

    private final TransactionTemplate notSupported;

    public OutsideInboxTransaction(PlatformTransactionManager transactionManager) {
        this.notSupported = new TransactionTemplate(transactionManager);
        this.notSupported.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    public <T> T run(Supplier<T> command) {
        return notSupported.execute(status -> command.get());
    }
}
