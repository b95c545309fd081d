package com.tripavail.booking.ledger;

import com.tripavail.booking.event.BookedProduct;
import com.tripavail.booking.event.BookingCancelledEvent;
import com.tripavail.booking.event.BookingConfirmedEvent;
import com.tripavail.booking.event.BookingHeldEvent;
import com.tripavail.booking.event.BookingHoldExpiredEvent;
import com.tripavail.booking.event.BookingHoldRejectedEvent;
import com.tripavail.booking.event.BookingHoldRequestedEvent;
import com.tripavail.booking.event.BookingPaymentRefusedEvent;
import com.tripavail.booking.event.BookingPaymentStartedEvent;
import com.tripavail.booking.event.BookingQuotedEvent;
import com.tripavail.booking.event.CancellationPolicy;
import com.tripavail.booking.event.CancelledBy;
import com.tripavail.booking.event.PaymentCapturedEvent;
import com.tripavail.booking.event.PaymentInitiatedEvent;
import com.tripavail.booking.event.PaymentRefundedEvent;
import com.tripavail.booking.event.PriceBreakdown;
import com.tripavail.booking.event.PriceLine;
import com.tripavail.booking.event.ProductType;
import com.tripavail.booking.event.RefundSplit;
import com.tripavail.contracts.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Bookings told as the domain events the Booking and Payment aggregates apply, appended to the
 * service's event store in one unit of work each (so the tracking projections read them as they
 * read real ones). Stories leave out {@code BookingHoldRequestedEvent} unless they need it: it
 * starts the booking saga, which has no aggregate to command here.
 *
 * <p>Prices: 2 nights × 2 rooms × 2,500 = 10,000 INR, 12 % tax 1,200, fee 100, total 11,300;
 * commission 10 % of 10,000 plus the fee = 1,100; the provider earns 10,200.
 */
public final class BookingEventStories {

    public static final Money TOTAL = inr("11300.00");
    public static final Money COMMISSION = inr("1100.00");
    public static final Money EARNINGS = inr("10200.00");
    static final CancellationPolicy POLICY = new CancellationPolicy("moderate", 7, 50);

    private final EventStore eventStore;
    private final TransactionManager transactions;
    private final DSLContext dsl;

    public BookingEventStories(EventStore eventStore, TransactionManager transactions, DSLContext dsl) {
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.dsl = dsl;
    }

    /** One booking's ids and facts. */
    public record Story(String bookingId, String travelerId, String providerId, String paymentId, String holdId,
                        BookedProduct product, Instant at) {

        public Story withProduct(BookedProduct other) {
            return new Story(bookingId, travelerId, providerId, paymentId, holdId, other, at);
        }
    }

    public static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public static Money inr(String amount) {
        return Money.of(amount, "INR");
    }

    public static Story story(String travelerId, String providerId, LocalDate checkIn, Instant at) {
        String bookingId = id("booking");
        BookedProduct product = new BookedProduct(ProductType.STAY, "room-" + providerId, null, "listing-" + providerId,
                "Lake View — Deluxe Room", "Udaipur", checkIn, checkIn.plusDays(2), "Asia/Kolkata");
        return new Story(bookingId, travelerId, providerId, id("payment"), id("hold"), product, at);
    }

    public static PriceBreakdown price(BookedProduct product) {
        List<PriceLine> lines = new ArrayList<>();
        lines.add(new PriceLine("Deluxe Room, night of " + product.startDate(), product.startDate(), 2,
                inr("2500.00"), inr("5000.00")));
        lines.add(new PriceLine("Deluxe Room, night of " + product.startDate().plusDays(1),
                product.startDate().plusDays(1), 2, inr("2500.00"), inr("5000.00")));
        return new PriceBreakdown(lines, inr("10000.00"), new BigDecimal("0.12"), inr("1200.00"), inr("100.00"),
                TOTAL, new BigDecimal("0.10"), COMMISSION, EARNINGS);
    }

    /** The user owns the provider profile (the catalogue's {@code provider_account}, as onboarding events fill it). */
    public void providerAccount(String providerId, String userId) {
        dsl.insertInto(DSL.table("provider_account"))
                .set(DSL.field("provider_id"), providerId)
                .set(DSL.field("user_id"), userId)
                .set(DSL.field("provider_type"), "HOTEL_MANAGER")
                .set(DSL.field("business_name"), "Hotel of " + userId)
                .set(DSL.field("registered_at"), OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute();
    }

    public BookingQuotedEvent quoted(Story s) {
        return new BookingQuotedEvent(s.bookingId(), s.travelerId(), s.providerId(), s.product(), 2, 3,
                price(s.product()), POLICY, s.at());
    }

    public BookingHeldEvent held(Story s, Instant expiresAt) {
        return new BookingHeldEvent(s.bookingId(), s.holdId(), price(s.product()), expiresAt, s.at().plusSeconds(60));
    }

    public BookingConfirmedEvent confirmed(Story s) {
        return new BookingConfirmedEvent(s.bookingId(), s.holdId(), s.paymentId(), s.travelerId(), s.providerId(),
                s.product(), 2, 3, price(s.product()), POLICY, s.at().plusSeconds(300));
    }

    /** Quoted, held, paid and confirmed: the payment's events on the Payment aggregate. */
    public void confirm(Story s) {
        append("Booking", s.bookingId(), 0, quoted(s), held(s, s.at().plusSeconds(960)),
                new BookingPaymentStartedEvent(s.bookingId(), s.paymentId(), "simulated", TOTAL, s.at().plusSeconds(200)),
                confirmed(s));
        append("Payment", s.paymentId(), 0,
                new PaymentInitiatedEvent(s.paymentId(), s.bookingId(), s.travelerId(), s.providerId(), "simulated",
                        TOTAL, s.at().plusSeconds(200)),
                new PaymentCapturedEvent(s.paymentId(), s.bookingId(), "simulated", "txn-" + s.paymentId(), TOTAL,
                        s.at().plusSeconds(290)));
    }

    /** Quoted and held until {@code expiresAt}, not paid yet. */
    public void hold(Story s, Instant expiresAt) {
        append("Booking", s.bookingId(), 0, quoted(s), held(s, expiresAt));
    }

    /** Quoted, hold asked, inventory refused. */
    public void rejected(Story s) {
        append("Booking", s.bookingId(), 0, quoted(s),
                new BookingHoldRequestedEvent(s.bookingId(), s.holdId(), s.product(), 2, 3, s.at().plusSeconds(30)),
                new BookingHoldRejectedEvent(s.bookingId(), s.holdId(), "SOLD_OUT", "no room left", s.at().plusSeconds(31)));
    }

    /** A confirmed booking cancelled by {@code by}, with {@code refund} paid back (events 4 and 2 on). */
    public void cancel(Story s, CancelledBy by, RefundSplit refund, String refundId) {
        Instant at = s.at().plusSeconds(3600);
        append("Booking", s.bookingId(), 4, new BookingCancelledEvent(s.bookingId(), s.holdId(), by,
                by == CancelledBy.GUEST ? "change of plans" : "hotel closed for repairs", s.paymentId(), refund,
                s.travelerId(), s.providerId(), at));
        append("Payment", s.paymentId(), 2, new PaymentRefundedEvent(s.paymentId(), s.bookingId(), refundId,
                s.travelerId(), s.providerId(), refund, "cancelled by " + by.name().toLowerCase(), at.plusSeconds(5)));
    }

    /** Held, not paid in time: expired; then the payment arrives, is kept as unapplied and refunded whole. */
    public void latePaymentRefunded(Story s, String refundId) {
        Instant expired = s.at().plusSeconds(960);
        append("Booking", s.bookingId(), 0, quoted(s), held(s, expired),
                new BookingPaymentStartedEvent(s.bookingId(), s.paymentId(), "simulated", TOTAL, s.at().plusSeconds(900)),
                new BookingHoldExpiredEvent(s.bookingId(), s.holdId(), s.paymentId(), expired),
                new BookingPaymentRefusedEvent(s.bookingId(), s.paymentId(), s.travelerId(), s.providerId(), TOTAL,
                        "the hold had expired", expired.plusSeconds(20)));
        append("Payment", s.paymentId(), 0,
                new PaymentInitiatedEvent(s.paymentId(), s.bookingId(), s.travelerId(), s.providerId(), "simulated",
                        TOTAL, s.at().plusSeconds(900)),
                new PaymentCapturedEvent(s.paymentId(), s.bookingId(), "simulated", "txn-" + s.paymentId(), TOTAL,
                        expired.plusSeconds(15)),
                new PaymentRefundedEvent(s.paymentId(), s.bookingId(), refundId, s.travelerId(), s.providerId(),
                        new RefundSplit(TOTAL, inr("0.00"), inr("0.00"), TOTAL), "the hold had expired",
                        expired.plusSeconds(60)));
    }

    /** Appends the events of one aggregate from {@code firstSequence} on, in one transaction. */
    public void append(String aggregateType, String aggregateId, long firstSequence, Object... payloads) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < payloads.length; i++) {
            messages.add(new GenericDomainEventMessage<>(aggregateType, aggregateId, firstSequence + i, payloads[i]));
        }
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.execute(() -> eventStore.publish(messages));
    }
}
