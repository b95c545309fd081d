package com.tripavail.booking.command;

import com.tripavail.booking.event.CancellationPolicy;
import com.tripavail.booking.event.CancelledBy;
import com.tripavail.booking.event.PriceBreakdown;
import com.tripavail.booking.event.PriceLine;
import com.tripavail.booking.event.RefundSplit;
import com.tripavail.contracts.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;

/**
 * The booking's money rules, exact to the currency's minor unit (banker's rounding, HALF_EVEN):
 * <ul>
 *   <li>a price: {@code subtotal = Σ lines}, {@code taxes = round(subtotal × taxRate)},
 *       {@code fees = bookingFee}, {@code total = subtotal + taxes + fees},
 *       {@code commission = round(subtotal × commissionRate) + fees},
 *       {@code providerEarnings = total − commission};</li>
 *   <li>a refund: what a cancellation gives back by the policy, split between the provider's
 *       earnings and the commission in the price snapshot's proportions.</li>
 * </ul>
 * Inputs that break these rules (mixed currencies, a line whose amount is not quantity × unit price,
 * negative amounts) are bugs of the caller and raise {@link IllegalArgumentException}.
 */
public final class PriceCalculation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PriceCalculation() {
    }

    /** The breakdown of {@code lines} under {@code terms}. */
    public static PriceBreakdown price(List<PriceLine> lines, PricingTerms terms) {
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("a price needs at least one line");
        }
        String currency = lines.getFirst().amount().currency();
        int scale = scaleOf(currency);
        BigDecimal subtotal = BigDecimal.ZERO;
        for (PriceLine line : lines) {
            checkLine(line, currency);
            subtotal = subtotal.add(line.amount().amount());
        }
        if (!terms.bookingFee().currency().equals(currency)) {
            throw new IllegalArgumentException("booking fee in " + terms.bookingFee().currency() + ", lines in " + currency);
        }
        requireRate("tax rate", terms.taxRate(), false);
        requireRate("commission rate", terms.commissionRate(), true);
        if (terms.bookingFee().isNegative()) {
            throw new IllegalArgumentException("negative booking fee " + terms.bookingFee());
        }
        subtotal = subtotal.setScale(scale, RoundingMode.HALF_EVEN);
        BigDecimal taxes = round(subtotal.multiply(terms.taxRate()), scale);
        BigDecimal fees = round(terms.bookingFee().amount(), scale);
        BigDecimal total = subtotal.add(taxes).add(fees);
        BigDecimal commission = round(subtotal.multiply(terms.commissionRate()), scale).add(fees);
        return new PriceBreakdown(List.copyOf(lines), money(subtotal, currency), terms.taxRate(),
                money(taxes, currency), money(fees, currency), money(total, currency), terms.commissionRate(),
                money(commission, currency), money(total.subtract(commission), currency));
    }

    /** The terms {@code price} was calculated with (the booking fee is its fees). */
    public static PricingTerms termsOf(PriceBreakdown price) {
        return new PricingTerms(price.taxRate(), price.fees(), price.commissionRate());
    }

    /**
     * The percentage of the price a cancellation gives back. A provider's cancellation gives back
     * everything. A guest gets everything while the start date is at least
     * {@code fullRefundDaysBefore} days away, {@code latePercent} from then until the start date
     * (the start date included), and nothing after it.
     */
    public static int refundPercent(CancellationPolicy policy, CancelledBy by, LocalDate today, LocalDate startDate) {
        if (by == CancelledBy.PROVIDER) {
            return 100;
        }
        long daysBefore = ChronoUnit.DAYS.between(today, startDate);
        if (daysBefore < 0) {
            return 0;
        }
        if (daysBefore >= policy.fullRefundDaysBefore()) {
            return 100;
        }
        return Math.clamp(policy.latePercent(), 0, 100);
    }

    /** What cancelling a booking with price {@code snapshot} gives back, split as the price was. */
    public static RefundSplit cancellationRefund(PriceBreakdown snapshot, CancellationPolicy policy, CancelledBy by,
                                                 LocalDate today, LocalDate startDate) {
        int percent = refundPercent(policy, by, today, startDate);
        Money total = snapshot.total();
        int scale = scaleOf(total.currency());
        BigDecimal amount = percent == 100 ? total.amount().setScale(scale, RoundingMode.HALF_EVEN)
                : round(total.amount().multiply(BigDecimal.valueOf(percent)).divide(HUNDRED), scale);
        return refundOf(snapshot, money(amount, total.currency()));
    }

    /**
     * {@code amount} of a confirmed booking's price, taken from the commission and the provider's
     * earnings in the snapshot's proportions. The commission part is rounded; the provider part is
     * the rest, so the parts add up to the amount exactly (a full refund reverses the snapshot exactly).
     */
    public static RefundSplit refundOf(PriceBreakdown snapshot, Money amount) {
        Money total = snapshot.total();
        if (!amount.currency().equals(total.currency())) {
            throw new IllegalArgumentException("refund in " + amount.currency() + " of a price in " + total.currency());
        }
        if (amount.isNegative() || amount.amount().compareTo(total.amount()) > 0) {
            throw new IllegalArgumentException("refund of " + amount.amount() + " of a price of " + total.amount());
        }
        int scale = scaleOf(total.currency());
        BigDecimal refund = amount.amount().setScale(scale, RoundingMode.HALF_EVEN);
        BigDecimal commissionPart = total.amount().signum() == 0 ? BigDecimal.ZERO.setScale(scale)
                : refund.multiply(snapshot.commission().amount()).divide(total.amount(), scale, RoundingMode.HALF_EVEN);
        String currency = total.currency();
        return new RefundSplit(money(refund, currency), money(refund.subtract(commissionPart), currency),
                money(commissionPart, currency), money(BigDecimal.ZERO.setScale(scale), currency));
    }

    /** A payment the booking could not take, given back whole from the unapplied payments. */
    public static RefundSplit unapplied(Money amount) {
        int scale = scaleOf(amount.currency());
        Money zero = money(BigDecimal.ZERO.setScale(scale), amount.currency());
        return new RefundSplit(amount, zero, zero, amount);
    }

    /** Minor-unit digits of an ISO-4217 currency (2 for INR and EUR, 0 for JPY); 2 for codes without one. */
    public static int scaleOf(String currency) {
        int digits;
        try {
            digits = Currency.getInstance(currency).getDefaultFractionDigits();
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("unknown currency " + currency, unknown);
        }
        return digits < 0 ? 2 : digits;
    }

    private static void checkLine(PriceLine line, String currency) {
        if (!line.amount().currency().equals(currency) || !line.unitPrice().currency().equals(currency)) {
            throw new IllegalArgumentException("price lines in more than one currency: " + currency + " and "
                    + line.amount().currency() + "/" + line.unitPrice().currency());
        }
        if (line.quantity() <= 0 || line.unitPrice().isNegative()) {
            throw new IllegalArgumentException("line '" + line.description() + "' has quantity " + line.quantity()
                    + " at " + line.unitPrice().amount());
        }
        if (!line.unitPrice().times(line.quantity()).sameAs(line.amount())) {
            throw new IllegalArgumentException("line '" + line.description() + "': " + line.quantity() + " × "
                    + line.unitPrice().amount() + " is not " + line.amount().amount());
        }
    }

    private static void requireRate(String what, BigDecimal rate, boolean atMostOne) {
        if (rate == null || rate.signum() < 0 || (atMostOne && rate.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException(what + " out of range: " + rate);
        }
    }

    private static BigDecimal round(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_EVEN);
    }

    private static Money money(BigDecimal amount, String currency) {
        return new Money(amount, currency);
    }
}
