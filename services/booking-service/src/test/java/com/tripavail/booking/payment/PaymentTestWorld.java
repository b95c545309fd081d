package com.tripavail.booking.payment;

import static com.tripavail.booking.jooq.Tables.PAYMENT_WEBHOOK_EVENT;
import static org.awaitility.Awaitility.await;

import com.tripavail.booking.command.InitiatePaymentCommand;
import com.tripavail.contracts.Money;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jooq.DSLContext;

/** Payments opened through the real Payment aggregate, and what its event stream says. */
record PaymentTestWorld(CommandGateway commands, EventStore eventStore, DSLContext dsl, Clock clock) {

    static final Money AMOUNT = Money.of("4520.00", "INR");

    /** A payment opened as the booking API opens one, before the provider is called. */
    record OpenPayment(String paymentId, String bookingId, Money amount) {
    }

    OpenPayment openPayment(Money amount) {
        OpenPayment payment = new OpenPayment(id("pay"), id("booking"), amount);
        commands.sendAndWait(new InitiatePaymentCommand(payment.paymentId(), payment.bookingId(), id("traveler"),
                id("provider"), "simulated", amount, clock.instant()));
        return payment;
    }

    /** The payloads of the payment's events, in order. */
    List<Object> events(String paymentId) {
        return eventStore.readEvents(paymentId).asStream().<Object>map(EventMessage::getPayload).toList();
    }

    <T> List<T> events(String paymentId, Class<T> type) {
        return events(paymentId).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Waits until the payment's stream has an event of {@code type}, and returns it. */
    <T> T awaitEvent(String paymentId, Class<T> type) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> events(paymentId, type), events -> !events.isEmpty())
                .getFirst();
    }

    int recordedWebhookEvents(String eventId) {
        return dsl.fetchCount(PAYMENT_WEBHOOK_EVENT, PAYMENT_WEBHOOK_EVENT.EVENT_ID.eq(eventId));
    }

    static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
