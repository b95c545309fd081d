package com.tripavail.platform.kafka;

import com.tripavail.contracts.ContractJson;
import com.tripavail.contracts.EventEnvelope;
import com.tripavail.contracts.Topics;
import com.tripavail.platform.tracing.TraceContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes the contract form of this service's public events to Kafka. It is a tracking
 * event processor over the service's own event store, so the event table plus the
 * processor's token form the outbox: the token advances only after Kafka acknowledged
 * every record of the batch, which makes publication at-least-once and in aggregate order.
 */
@ProcessingGroup(KafkaEventPublication.PROCESSING_GROUP)
public class KafkaEventPublication {

    public static final String PROCESSING_GROUP = "kafka-publication";
    private static final String PENDING_SENDS = KafkaEventPublication.class.getName() + ".pending";

    private final KafkaTemplate<String, String> kafka;
    private final List<PublicEventTranslator> translators;
    private final Function<String, String> topicOfType;
    private final Duration sendTimeout;

    public KafkaEventPublication(KafkaTemplate<String, String> kafka, List<PublicEventTranslator> translators,
                                 Function<String, String> topicOfType, Duration sendTimeout) {
        this.kafka = kafka;
        this.translators = List.copyOf(translators);
        this.topicOfType = topicOfType;
        this.sendTimeout = sendTimeout;
    }

    @EventHandler
    @DisallowReplay
    public void on(Object payload, EventMessage<?> event) {
        List<Object> contracts = translate(payload);
        String aggregateId = event instanceof DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier() : event.getIdentifier();
        long sequence = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0L;
        for (int i = 0; i < contracts.size(); i++) {
            EventEnvelope envelope = ContractJson.wrap(eventId(event.getIdentifier(), i), event.getTimestamp(),
                    aggregateId, sequence, contracts.get(i));
            ProducerRecord<String, String> record =
                    new ProducerRecord<>(topicOfType.apply(envelope.type()), aggregateId, ContractJson.write(envelope));
            record.headers().add(Topics.TYPE_HEADER, envelope.type().getBytes(StandardCharsets.UTF_8));
            Object traceparent = event.getMetaData().get(TraceContext.METADATA_KEY);
            if (traceparent instanceof String value && TraceContext.isValid(value)) {
                record.headers().add(Topics.TRACEPARENT_HEADER, value.getBytes(StandardCharsets.UTF_8));
            }
            awaitBeforeCommit(kafka.send(record));
        }
    }

    /** The first contract of an event carries the event's id; the others ids derived from it, the same every time. */
    static String eventId(String domainEventId, int index) {
        return index == 0 ? domainEventId
                : UUID.nameUUIDFromBytes((domainEventId + "/" + index).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private List<Object> translate(Object payload) {
        for (PublicEventTranslator translator : translators) {
            List<Object> contracts = translator.translateAll(payload);
            if (!contracts.isEmpty()) {
                return contracts;
            }
        }
        return List.of();
    }

    /**
     * Sends of one batch run concurrently; the batch's unit of work waits for all of them
     * before the token is stored. A failed send fails the batch, which is retried.
     */
    private void awaitBeforeCommit(CompletableFuture<SendResult<String, String>> send) {
        if (!CurrentUnitOfWork.isStarted()) {
            await(List.of(send));
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        List<CompletableFuture<SendResult<String, String>>> pending = unitOfWork.getOrComputeResource(PENDING_SENDS, key -> {
            List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> await(sends));
            return sends;
        });
        pending.add(send);
    }

    private void await(List<CompletableFuture<SendResult<String, String>>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("publishing failed; the batch will be retried", e);
        }
    }
}
