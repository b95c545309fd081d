package com.tripavail.booking.saga;

import static com.tripavail.booking.command.BookingSamples.POLICY;
import static com.tripavail.booking.command.BookingSamples.PRODUCT;
import static com.tripavail.booking.command.BookingSamples.TERMS;
import static com.tripavail.booking.command.BookingSamples.heldLines;
import static com.tripavail.booking.command.BookingSamples.heldPrice;
import static com.tripavail.booking.command.BookingSamples.quotedLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.booking.BookingIntegrationTest;
import com.tripavail.booking.command.BookingOutcome;
import com.tripavail.booking.command.CreateBookingQuoteCommand;
import com.tripavail.booking.command.InitiatePaymentCommand;
import com.tripavail.booking.command.PaymentOutcome;
import com.tripavail.booking.command.PaymentStatus;
import com.tripavail.booking.command.RecordHoldGrantedCommand;
import com.tripavail.booking.command.RecordPaymentCapturedCommand;
import com.tripavail.booking.command.RequestHoldCommand;
import com.tripavail.booking.command.StartPaymentCommand;
import com.tripavail.booking.event.BookingConfirmedEvent;
import com.tripavail.booking.event.BookingHoldExpiredEvent;
import com.tripavail.booking.event.BookingStatus;
import com.tripavail.booking.event.PaymentRefundRequestedEvent;
import com.tripavail.contracts.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The saga on the real stack (JDBC event store, tracking processor, db-scheduler deadlines in
 * PostgreSQL): a captured payment confirms its booking, an unpaid hold expires by its
 * persistent deadline, and a payment captured after that is refunded whole. Commands go in through the command gateway, as the REST layer and the
 * Kafka consumers send them.
 */
@BookingIntegrationTest
class BookingSagaIntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;

    static String id(String kind) {
        return kind + "-" + UUID.randomUUID();
    }

    List<Object> eventsOf(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }

    /** A booking quoted, asked for and granted a hold until {@code holdExpiresAt}; returns its traveller. */
    String heldBooking(String bookingId, Instant holdExpiresAt) {
        String traveler = id("traveler");
        Instant now = Instant.now();
        commands.sendAndWait(new CreateBookingQuoteCommand(bookingId, traveler, "provider-saga-it", PRODUCT, 2, 4,
                quotedLines(), TERMS, POLICY, now));
        String holdId = id("hold");
        assertThat((BookingOutcome) commands.sendAndWait(new RequestHoldCommand(bookingId, traveler, holdId, now)))
                .isEqualTo(BookingOutcome.accepted(BookingStatus.HOLD_PENDING));
        assertThat((BookingOutcome) commands.sendAndWait(new RecordHoldGrantedCommand(bookingId, holdId, heldLines(),
                holdExpiresAt, Instant.now()))).isEqualTo(BookingOutcome.accepted(BookingStatus.HOLD));
        return traveler;
    }

    @Test
    void givenAHeldBooking_whenItsPaymentIsCaptured_thenTheSagaConfirmsIt() {
        String bookingId = id("booking");
        String traveler = heldBooking(bookingId, Instant.now().plus(Duration.ofMinutes(15)));
        String paymentId = id("payment");
        Money total = heldPrice().total();

        assertThat((BookingOutcome) commands.sendAndWait(new StartPaymentCommand(bookingId, traveler, paymentId,
                "simulated", Instant.now()))).isEqualTo(BookingOutcome.accepted(BookingStatus.PAYMENT_PENDING));
        commands.sendAndWait(new InitiatePaymentCommand(paymentId, bookingId, traveler, "provider-saga-it",
                "simulated", total, Instant.now()));
        assertThat((PaymentOutcome) commands.sendAndWait(new RecordPaymentCapturedCommand(paymentId, "txn-" + paymentId,
                total, Instant.now()))).isEqualTo(new PaymentOutcome.Accepted(PaymentStatus.CAPTURED));

        await().atMost(WAIT).untilAsserted(() -> assertThat(eventsOf(bookingId))
                .filteredOn(BookingConfirmedEvent.class::isInstance)
                .singleElement()
                .satisfies(e -> {
                    BookingConfirmedEvent confirmed = (BookingConfirmedEvent) e;
                    assertThat(confirmed.paymentId()).isEqualTo(paymentId);
                    assertThat(confirmed.priceSnapshot()).isEqualTo(heldPrice());
                }));
    }

    @Test
    void givenAHoldThatRunsOutInASecond_whenNobodyPays_thenThePersistentDeadlineExpiresIt() {
        String bookingId = id("booking");
        Instant holdExpiresAt = Instant.now().plusSeconds(1);
        heldBooking(bookingId, holdExpiresAt);

        await().atMost(WAIT).untilAsserted(() -> assertThat(eventsOf(bookingId))
                .filteredOn(BookingHoldExpiredEvent.class::isInstance)
                .singleElement()
                .satisfies(e -> {
                    BookingHoldExpiredEvent expired = (BookingHoldExpiredEvent) e;
                    assertThat(expired.pendingPaymentId()).isNull();
                    assertThat(expired.at()).isAfterOrEqualTo(holdExpiresAt);
                }));
    }

    @Test
    void givenAHoldThatExpiresWhilePaying_whenThePaymentIsCapturedLate_thenTheMoneyIsRefundedWhole() {
        String bookingId = id("booking");
        String traveler = heldBooking(bookingId, Instant.now().plusSeconds(1));
        String paymentId = id("payment");
        Money total = heldPrice().total();
        commands.sendAndWait(new StartPaymentCommand(bookingId, traveler, paymentId, "simulated", Instant.now()));
        commands.sendAndWait(new InitiatePaymentCommand(paymentId, bookingId, traveler, "provider-saga-it",
                "simulated", total, Instant.now()));
        await().atMost(WAIT).until(() -> eventsOf(bookingId).stream().anyMatch(e ->
                e instanceof BookingHoldExpiredEvent expired && paymentId.equals(expired.pendingPaymentId())));

        commands.sendAndWait(new RecordPaymentCapturedCommand(paymentId, "txn-" + paymentId, total, Instant.now()));

        await().atMost(WAIT).untilAsserted(() -> assertThat(eventsOf(paymentId))
                .filteredOn(PaymentRefundRequestedEvent.class::isInstance)
                .singleElement()
                .satisfies(e -> {
                    PaymentRefundRequestedEvent refund = (PaymentRefundRequestedEvent) e;
                    assertThat(refund.refundId()).isEqualTo(paymentId + "-refund-refused");
                    assertThat(refund.refund().unappliedPart()).isEqualTo(total);
                }));
        assertThat(eventsOf(bookingId)).noneMatch(BookingConfirmedEvent.class::isInstance);
    }
}
