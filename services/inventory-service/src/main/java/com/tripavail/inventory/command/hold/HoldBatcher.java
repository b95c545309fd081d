package com.tripavail.inventory.command.hold;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Group commit for hot calendars. Commands on one calendar run one at a time (its lock is held
 * until the hold's event is committed), so under a crowd of requests for one room type the lock
 * and the commit are the bottleneck. Requests that arrive while a calendar is busy queue up; the
 * thread that finds the calendar free takes everything queued (up to {@value #MAX_BATCH}) and
 * sends it as one {@link HoldRoomsBatchCommand}: one lock, one append, one commit for the lot,
 * each hold decided on its own and answered to its own caller. With no crowd a batch is a single
 * hold, so a quiet calendar pays nothing.
 *
 * <p>If the batch fails as a whole (the transaction rolls back), every hold in it fails with the
 * same exception, and the callers retry as they would a single hold; holds are idempotent by
 * holdId, so nothing is taken twice.
 */
@Component
public class HoldBatcher {

    static final int MAX_BATCH = 128;
    /** A safety net only: a queued hold is always taken by the thread holding the lane (see {@link #lead}). */
    private static final long FOLLOWER_WAIT_MILLIS = 50;

    private final CommandGateway commands;
    private final HoldTables tables;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();

    public HoldBatcher(CommandGateway commands, HoldTables tables) {
        this.commands = commands;
        this.tables = tables;
    }

    /** A queued hold: its answer, and {@code turn}, completed when its thread is handed the lane. */
    private record Pending(HoldRoomsCommand command, CompletableFuture<HoldOutcome> outcome,
                           CompletableFuture<Void> turn) {
    }

    private static final class Lane {
        final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
        final AtomicBoolean busy = new AtomicBoolean();
    }

    public HoldOutcome hold(HoldRoomsCommand command) {
        Lane lane = lanes.computeIfAbsent(command.roomTypeId(), id -> new Lane());
        Pending pending = new Pending(command, new CompletableFuture<>(), new CompletableFuture<>());
        lane.queue.add(pending);
        while (true) {
            lead(lane, pending);
            try {
                CompletableFuture.anyOf(pending.outcome(), pending.turn()).get(FOLLOWER_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillQueued) {
                // a safety net: try to take the lane again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a hold", e);
            } catch (ExecutionException failed) {
                // the outcome failed: reported below
            }
            if (pending.outcome().isDone()) {
                try {
                    return pending.outcome().getNow(null);
                } catch (java.util.concurrent.CompletionException e) {
                    throw rethrow(e.getCause());
                }
            }
        }
    }

    /**
     * Takes the lane if it is free and sends what is queued until the caller's own hold is
     * answered; then lets go and hands the lane to the oldest queued hold's thread, so no caller
     * serves the crowd for long and no queued hold waits for nobody. A hold queued while the lane
     * is being let go is seen either here (the queue is looked at again) or by its own thread
     * (which tries to take the lane after queuing).
     */
    private void lead(Lane lane, Pending own) {
        while (lane.busy.compareAndSet(false, true)) {
            try {
                while (!own.outcome().isDone() && sendBatch(lane)) {
                    // keep going until our own hold is answered
                }
            } finally {
                lane.busy.set(false);
            }
            Pending next = lane.queue.peek();
            if (next == null) {
                return;
            }
            if (own.outcome().isDone()) {
                next.turn().complete(null);
                return;
            }
        }
    }

    /** Sends one batch of what is queued; false if nothing was. */
    private boolean sendBatch(Lane lane) {
        List<Pending> batch = new ArrayList<>();
        for (Pending next; batch.size() < MAX_BATCH && (next = lane.queue.poll()) != null; ) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return false;
        }
        send(batch);
        return true;
    }

    /**
     * Registers the batch's holds (hold registry, one statement) and sends those whose holdId is
     * not another product's. A hold registered before for the same calendar goes on: the calendar
     * answers a repeated holdId with {@link HoldOutcome.Unchanged}.
     */
    private void send(List<Pending> all) {
        List<Pending> batch = all;
        try {
            var registered = tables.registerAll(all.stream().map(p -> new HoldTables.RegisteredHold(
                    p.command().holdId(), p.command().roomTypeId(), HoldTables.Kind.ROOM, p.command().bookingId()))
                    .toList());
            if (!registered.isEmpty()) {
                batch = new ArrayList<>();
                for (Pending pending : all) {
                    String holdId = pending.command().holdId();
                    if (registered.contains(holdId) && !tables.registered(holdId).map(HoldTables.RegisteredHold::aggregateId)
                            .orElse("").equals(pending.command().roomTypeId())) {
                        pending.outcome().complete(new HoldOutcome.Refused(null,
                                "hold " + holdId + " was already requested for another product"));
                    } else {
                        batch.add(pending);
                    }
                }
                if (batch.isEmpty()) {
                    return;
                }
            }
            if (batch.size() == 1) {
                HoldOutcome outcome = commands.sendAndWait(batch.getFirst().command());
                batch.getFirst().outcome().complete(outcome);
                return;
            }
            List<HoldOutcome> outcomes = commands.sendAndWait(new HoldRoomsBatchCommand(
                    batch.getFirst().command().roomTypeId(), batch.stream().map(Pending::command).toList()));
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome().complete(outcomes.get(i));
            }
        } catch (RuntimeException | Error e) {
            all.forEach(p -> p.outcome().completeExceptionally(e));
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
