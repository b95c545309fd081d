package com.tripavail.booking.command;

import com.tripavail.booking.event.BookedProduct;
import com.tripavail.booking.event.BookingConfirmedEvent;
import com.tripavail.booking.event.BookingHeldEvent;
import com.tripavail.booking.event.BookingHoldRequestedEvent;
import com.tripavail.booking.event.BookingPaymentStartedEvent;
import com.tripavail.booking.event.BookingQuotedEvent;
import com.tripavail.booking.event.CancellationPolicy;
import com.tripavail.booking.event.PaymentCapturedEvent;
import com.tripavail.booking.event.PaymentInitiatedEvent;
import com.tripavail.booking.event.PriceBreakdown;
import com.tripavail.booking.event.PriceLine;
import com.tripavail.booking.event.ProductType;
import com.tripavail.contracts.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One booking's facts, the same in every command and saga test: a 2-night stay of 2 rooms at
 * Taj View Agra, quoted at 4,500 INR a night, held at 4,500 and 5,000, with a guest policy of
 * a full refund until 7 days before arrival and half after.
 */
public final class BookingSamples {

    public static final String BOOKING = "booking-1";
    public static final String TRAVELER = "traveler-1";
    public static final String PROVIDER = "provider-1";
    public static final String HOLD = "hold-1";
    public static final String PAYMENT = "payment-1";
    public static final String GATEWAY = "simulated";
    public static final String TXN = "txn-1";
    public static final LocalDate CHECK_IN = LocalDate.of(2026, 12, 10);
    public static final LocalDate CHECK_OUT = CHECK_IN.plusDays(2);
    public static final String ZONE = "Asia/Kolkata";
    public static final Instant QUOTED_AT = Instant.parse("2026-11-01T09:00:00Z");
    public static final Instant HOLD_REQUESTED_AT = Instant.parse("2026-11-01T09:01:00Z");
    public static final Instant HELD_AT = Instant.parse("2026-11-01T09:01:02Z");
    public static final Instant HOLD_EXPIRES_AT = Instant.parse("2026-11-01T09:16:02Z");
    public static final Instant PAYING_AT = Instant.parse("2026-11-01T09:05:00Z");
    public static final Instant CAPTURED_AT = Instant.parse("2026-11-01T09:05:03Z");
    public static final PricingTerms TERMS = new PricingTerms(new BigDecimal("0.12"), inr("99.00"),
            new BigDecimal("0.15"));
    public static final CancellationPolicy POLICY = new CancellationPolicy("moderate", 7, 50);
    public static final BookedProduct PRODUCT = new BookedProduct(ProductType.STAY, "room-deluxe", null, "listing-1",
            "Taj View Agra — Deluxe Room", "Agra", CHECK_IN, CHECK_OUT, ZONE);

    private BookingSamples() {
    }

    public static Money inr(String amount) {
        return Money.of(amount, "INR");
    }

    public static PriceLine night(LocalDate date, String price) {
        return new PriceLine("Deluxe Room, night of " + date, date, 2, inr(price), inr(price).times(2));
    }

    public static List<PriceLine> quotedLines() {
        return List.of(night(CHECK_IN, "4500.00"), night(CHECK_IN.plusDays(1), "4500.00"));
    }

    /** Inventory's prices when it held the rooms: the second night went up. */
    public static List<PriceLine> heldLines() {
        return List.of(night(CHECK_IN, "4500.00"), night(CHECK_IN.plusDays(1), "5000.00"));
    }

    public static PriceBreakdown quote() {
        return PriceCalculation.price(quotedLines(), TERMS);
    }

    /** 19,000 + 12 % tax 2,280 + fee 99 = 21,379.00 INR; commission 2,850 + 99 = 2,949.00. */
    public static PriceBreakdown heldPrice() {
        return PriceCalculation.price(heldLines(), TERMS);
    }

    public static CreateBookingQuoteCommand createQuote() {
        return new CreateBookingQuoteCommand(BOOKING, TRAVELER, PROVIDER, PRODUCT, 2, 4, quotedLines(), TERMS, POLICY,
                QUOTED_AT);
    }

    public static BookingQuotedEvent quoted() {
        return new BookingQuotedEvent(BOOKING, TRAVELER, PROVIDER, PRODUCT, 2, 4, quote(), POLICY, QUOTED_AT);
    }

    public static BookingHoldRequestedEvent holdRequested() {
        return new BookingHoldRequestedEvent(BOOKING, HOLD, PRODUCT, 2, 4, HOLD_REQUESTED_AT);
    }

    public static BookingHeldEvent held() {
        return new BookingHeldEvent(BOOKING, HOLD, heldPrice(), HOLD_EXPIRES_AT, HELD_AT);
    }

    public static BookingPaymentStartedEvent paymentStarted(String paymentId) {
        return new BookingPaymentStartedEvent(BOOKING, paymentId, GATEWAY, heldPrice().total(), PAYING_AT);
    }

    public static BookingConfirmedEvent confirmed() {
        return new BookingConfirmedEvent(BOOKING, HOLD, PAYMENT, TRAVELER, PROVIDER, PRODUCT, 2, 4, heldPrice(), POLICY,
                CAPTURED_AT);
    }

    public static PaymentInitiatedEvent paymentInitiated() {
        return new PaymentInitiatedEvent(PAYMENT, BOOKING, TRAVELER, PROVIDER, GATEWAY, heldPrice().total(),
                PAYING_AT);
    }

    public static PaymentCapturedEvent paymentCaptured() {
        return new PaymentCapturedEvent(PAYMENT, BOOKING, GATEWAY, TXN, heldPrice().total(), CAPTURED_AT);
    }
}
