package com.tripavail.platform.admin;

import com.tripavail.platform.kafka.InboxHandler;
import com.tripavail.platform.kafka.IntegrationEventConsumer;
import com.tripavail.platform.kafka.ParkedMessages;
import com.tripavail.platform.kafka.ParkedMessages.ParkedMessage;
import com.tripavail.platform.web.ConflictException;
import com.tripavail.platform.web.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations on a service's event processors, the same in every service (ADMIN only; the
 * security configuration guards {@code /api/admin/**}): status and lag, replay of a
 * projection, and the dead letters of Axon processing groups and Kafka consumers.
 */
@RestController
@RequestMapping("/api/admin")
public class ProcessorAdminController {

    public record SegmentView(int segment, long position, Long resetPosition, boolean caughtUp, boolean replaying,
                              boolean error, String errorMessage) {
    }

    public record ProcessorView(String name, String kind, boolean running, boolean error, boolean supportsReplay,
                                int segments, Long position, Long head, Long lag, boolean replaying,
                                Double replayProgressPercent, List<SegmentView> segmentStatus, long deadLetters) {
    }

    public record ReplayResponse(String name, String status) {
    }

    public record DeadLetterView(String eventId, String sequence, String payloadType, String cause,
                                 String enqueuedAt, String lastTouched) {
    }

    public record RetryResponse(int sequencesProcessed) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final ParkedMessages parked;
    private final InboxHandler inbox;
    private final List<IntegrationEventConsumer> consumers;

    public ProcessorAdminController(EventProcessingConfiguration processing, EventStore eventStore,
                                    ParkedMessages parked, InboxHandler inbox, List<IntegrationEventConsumer> consumers) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.parked = parked;
        this.inbox = inbox;
        this.consumers = consumers;
    }

    @GetMapping("/processors")
    public List<ProcessorView> processors() {
        Long head = position(eventStore.createHeadToken());
        return processing.eventProcessors().values().stream()
                .sorted(Comparator.comparing(EventProcessor::getName))
                .map(processor -> view(processor, head))
                .toList();
    }

    @GetMapping("/processors/{name}")
    public ProcessorView processor(@PathVariable String name) {
        return view(find(name), position(eventStore.createHeadToken()));
    }

    /**
     * Resets the processor's tokens and lets it rebuild its projection from the first event.
     * The projection's {@code @ResetHandler} clears its tables first. With several instances
     * of a service, the processor must be stopped on all of them: the reset needs every
     * segment's claim.
     */
    @PostMapping("/processors/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ReplayResponse replay(@PathVariable String name) {
        StreamingEventProcessor processor = streaming(name);
        if (!processor.supportsReset()) {
            throw new ConflictException("processor " + name + " cannot be replayed: its handlers have side effects");
        }
        processor.shutDown();
        try {
            processor.resetTokens();
        } finally {
            processor.start();
        }
        return new ReplayResponse(name, "REPLAYING");
    }

    @GetMapping("/processors/{name}/dead-letters")
    public List<DeadLetterView> deadLetters(@PathVariable String name) {
        List<DeadLetterView> letters = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : deadLetterQueue(name).deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                letters.add(new DeadLetterView(letter.message().getIdentifier(),
                        String.valueOf(sequenceOf(letter)),
                        letter.message().getPayloadType().getName(),
                        letter.cause().map(c -> c.type() + ": " + c.message()).orElse(null),
                        String.valueOf(letter.enqueuedAt()), String.valueOf(letter.lastTouched())));
            }
        }
        return letters;
    }

    /** Hands every parked sequence back to the processing group's handlers. */
    @PostMapping("/processors/{name}/dead-letters/retry")
    public RetryResponse retryDeadLetters(@PathVariable String name) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(name)
                .orElseThrow(() -> new NotFoundException("processing group " + name + " has no dead-letter queue"));
        long sequences = deadLetterQueue(name).amountOfSequences();
        int processed = 0;
        for (long i = 0; i < sequences && processor.processAny(); i++) {
            processed++;
        }
        return new RetryResponse(processed);
    }

    @DeleteMapping("/processors/{name}/dead-letters/{eventId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void dropDeadLetter(@PathVariable String name, @PathVariable String eventId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = deadLetterQueue(name);
        boolean found = queue.process(letter -> letter.message().getIdentifier().equals(eventId),
                letter -> Decisions.evict());
        if (!found) {
            throw new NotFoundException("no dead letter " + eventId + " in " + name);
        }
    }

    @GetMapping("/parked-messages")
    public List<ParkedMessage> parkedMessages() {
        return parked.list();
    }

    /** Runs the parked message through its consumer again; on success it leaves the parking table. */
    @PostMapping("/parked-messages/{id}/retry")
    public ParkedMessage retryParked(@PathVariable long id) {
        ParkedMessage message = parked.find(id).orElseThrow(() -> new NotFoundException("no parked message " + id));
        IntegrationEventConsumer consumer = consumers.stream().filter(c -> c.name().equals(message.consumer()))
                .findFirst()
                .orElseThrow(() -> new ConflictException("consumer " + message.consumer() + " no longer exists"));
        ConsumerRecord<String, String> record = parked.asRecord(id).orElseThrow();
        try {
            inbox.handle(consumer, record);
        } catch (RuntimeException e) {
            throw new ConflictException("retry failed: " + e.getMessage());
        }
        parked.drop(id);
        return message;
    }

    @DeleteMapping("/parked-messages/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void dropParked(@PathVariable long id) {
        if (!parked.drop(id)) {
            throw new NotFoundException("no parked message " + id);
        }
    }

    private ProcessorView view(EventProcessor processor, Long head) {
        long deadLetters = processing.deadLetterQueue(processor.getName())
                .map(SequencedDeadLetterQueue::size).orElse(0L);
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProcessorView(processor.getName(), "subscribing", processor.isRunning(), processor.isError(),
                    false, 0, null, head, null, false, null, List.of(), deadLetters);
        }
        Map<Integer, EventTrackerStatus> status = streaming.processingStatus();
        List<SegmentView> segments = status.values().stream()
                .sorted(Comparator.comparingInt(s -> s.getSegment().getSegmentId()))
                .map(ProcessorAdminController::segmentView)
                .toList();
        Long position = segments.isEmpty() ? null
                : segments.stream().mapToLong(SegmentView::position).min().orElse(-1);
        boolean replaying = segments.stream().anyMatch(SegmentView::replaying);
        Double progress = replaying ? replayProgress(segments) : null;
        Long lag = head == null || position == null ? null : Math.max(0, head - position);
        // a tracking processor reports isError() only when its worker launcher failed; a failing segment counts too
        boolean error = processor.isError() || segments.stream().anyMatch(SegmentView::error);
        return new ProcessorView(processor.getName(), "streaming", processor.isRunning(), error,
                streaming.supportsReset(), segments.size(), position, head, lag, replaying, progress, segments,
                deadLetters);
    }

    /**
     * Axon keeps a segment's replay token until an event beyond the reset position arrives;
     * for an operator the replay is over once the segment has reached that position.
     */
    private static SegmentView segmentView(EventTrackerStatus status) {
        long position = status.getCurrentPosition().orElse(-1);
        Long resetPosition = status.getResetPosition().isPresent() ? status.getResetPosition().getAsLong() : null;
        boolean replaying = status.isReplaying() && (resetPosition == null || position < resetPosition);
        return new SegmentView(status.getSegment().getSegmentId(), position, resetPosition, status.isCaughtUp(),
                replaying, status.isErrorState(), status.getError() == null ? null : status.getError().getMessage());
    }

    /** Progress of a replay: how far the slowest segment is towards the position it was reset at. */
    private static Double replayProgress(List<SegmentView> segments) {
        return segments.stream().filter(SegmentView::replaying)
                .filter(s -> s.resetPosition() != null && s.resetPosition() > 0)
                .mapToDouble(s -> Math.min(100.0, 100.0 * Math.max(0, s.position()) / s.resetPosition()))
                .min().orElse(0.0);
    }

    private EventProcessor find(String name) {
        return processing.eventProcessor(name)
                .orElseThrow(() -> new NotFoundException("no event processor named " + name));
    }

    private StreamingEventProcessor streaming(String name) {
        if (find(name) instanceof StreamingEventProcessor streaming) {
            return streaming;
        }
        throw new ConflictException("processor " + name + " is subscribing and keeps no position to replay from");
    }

    private SequencedDeadLetterQueue<EventMessage<?>> deadLetterQueue(String name) {
        find(name);
        return processing.deadLetterQueue(name)
                .orElseThrow(() -> new NotFoundException("processing group " + name + " has no dead-letter queue"));
    }

    private static Object sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter.message() instanceof org.axonframework.eventhandling.DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier() : letter.message().getIdentifier();
    }

    private static Long position(TrackingToken token) {
        return token == null ? null : Optional.ofNullable(token.position())
                .filter(p -> p.isPresent()).map(p -> p.getAsLong()).orElse(null);
    }
}
