package com.tripavail.onboarding.integration.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Keeps the last messages in memory instead of sending them, so a developer (or a test)
 * reads login codes from {@code GET /api/dev/messages?to=…}. Local profile only.
 */
public class DevMailbox implements OutboundMessages {

    public record Message(String to, String subject, String body, Instant sentAt) {
    }

    private static final int CAPACITY = 500;
    private final Deque<Message> messages = new ArrayDeque<>();
    private final Clock clock;

    public DevMailbox(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void send(String to, String subject, String body) {
        if (messages.size() == CAPACITY) {
            messages.removeFirst();
        }
        messages.addLast(new Message(to, subject, body, clock.instant()));
    }

    /** Newest first. */
    public synchronized List<Message> messagesTo(String to, int limit) {
        return messages.reversed().stream().filter(m -> m.to().equalsIgnoreCase(to)).limit(limit).toList();
    }
}
