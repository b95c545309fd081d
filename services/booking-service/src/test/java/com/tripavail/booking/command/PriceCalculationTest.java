package com.tripavail.booking.command;

import static com.tripavail.booking.command.BookingSamples.CHECK_IN;
import static com.tripavail.booking.command.BookingSamples.POLICY;
import static com.tripavail.booking.command.BookingSamples.TERMS;
import static com.tripavail.booking.command.BookingSamples.heldPrice;
import static com.tripavail.booking.command.BookingSamples.inr;
import static com.tripavail.booking.command.BookingSamples.night;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripavail.booking.event.CancellationPolicy;
import com.tripavail.booking.event.CancelledBy;
import com.tripavail.booking.event.PriceBreakdown;
import com.tripavail.booking.event.PriceLine;
import com.tripavail.booking.event.RefundSplit;
import com.tripavail.contracts.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The money rules of a booking, to the minor unit. */
class PriceCalculationTest {

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static PriceLine line(String description, int quantity, Money unitPrice) {
        return new PriceLine(description, null, quantity, unitPrice, unitPrice.times(quantity));
    }

    /** Every part of a breakdown is the given amount with exactly the currency's scale. */
    static void assertAmounts(PriceBreakdown price, String subtotal, String taxes, String fees, String total,
                              String commission, String earnings) {
        assertThat(price.subtotal().amount()).isEqualTo(new BigDecimal(subtotal));
        assertThat(price.taxes().amount()).isEqualTo(new BigDecimal(taxes));
        assertThat(price.fees().amount()).isEqualTo(new BigDecimal(fees));
        assertThat(price.total().amount()).isEqualTo(new BigDecimal(total));
        assertThat(price.commission().amount()).isEqualTo(new BigDecimal(commission));
        assertThat(price.providerEarnings().amount()).isEqualTo(new BigDecimal(earnings));
    }

    @Test
    void givenNightsOfTwoRooms_whenPriced_thenSubtotalTaxesFeesCommissionAndEarnings() {
        PriceBreakdown price = heldPrice();

        assertAmounts(price, "19000.00", "2280.00", "99.00", "21379.00", "2949.00", "18430.00");
        assertThat(price.lines()).hasSize(2);
        assertThat(price.taxRate()).isEqualTo(TERMS.taxRate());
        assertThat(price.commissionRate()).isEqualTo(TERMS.commissionRate());
        assertThat(price.total().currency()).isEqualTo("INR");
    }

    @Test
    void givenHalfCents_whenPriced_thenRoundedHalfEven() {
        // subtotal 10.25: taxes 1.025 → 1.02 (2 is even), commission 3.075 → 3.08 (7 is odd)
        PriceBreakdown price = PriceCalculation.price(List.of(line("museum pass", 1, eur("10.25"))),
                new PricingTerms(new BigDecimal("0.10"), eur("0.50"), new BigDecimal("0.30")));

        assertAmounts(price, "10.25", "1.02", "0.50", "11.77", "3.58", "8.19");
    }

    @Test
    void givenACurrencyWithoutMinorUnits_whenPriced_thenWholeYen() {
        Money seat = Money.of("1234", "JPY");
        PriceBreakdown price = PriceCalculation.price(List.of(line("seat", 3, seat)),
                new PricingTerms(new BigDecimal("0.10"), Money.of("0", "JPY"), new BigDecimal("0.125")));

        // 3,702 × 10 % = 370.2 → 370; × 12.5 % = 462.75 → 463
        assertAmounts(price, "3702", "370", "0", "4072", "463", "3609");
    }

    @Test
    void givenLinesWithFewerDecimals_whenPriced_thenAmountsCarryTheCurrencyScale() {
        PriceBreakdown price = PriceCalculation.price(List.of(line("night", 1, inr("100"))), TERMS);

        assertAmounts(price, "100.00", "12.00", "99.00", "211.00", "114.00", "97.00");
    }

    @Test
    void givenManyAwkwardPrices_whenPriced_thenCommissionPlusEarningsIsAlwaysTheTotal() {
        for (int cents = 1; cents < 2_000; cents += 37) {
            Money unit = eur(BigDecimal.valueOf(cents, 2).toPlainString());
            PriceBreakdown price = PriceCalculation.price(List.of(line("a", 3, unit), line("b", 1, eur("0.05"))),
                    new PricingTerms(new BigDecimal("0.075"), eur("1.99"), new BigDecimal("0.137")));

            assertThat(price.commission().plus(price.providerEarnings()).sameAs(price.total())).isTrue();
            assertThat(price.subtotal().plus(price.taxes()).plus(price.fees()).sameAs(price.total())).isTrue();
            assertThat(price.total().amount().scale()).isEqualTo(2);
        }
    }

    @Test
    void givenLinesInTwoCurrencies_whenPriced_thenABug() {
        assertThatThrownBy(() -> PriceCalculation.price(List.of(night(CHECK_IN, "100.00"),
                line("extra", 1, eur("10.00"))), TERMS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than one currency");
    }

    @Test
    void givenAFeeInAnotherCurrency_orNoLines_orALineThatDoesNotMultiply_whenPriced_thenABug() {
        assertThatThrownBy(() -> PriceCalculation.price(List.of(line("x", 1, eur("10"))), TERMS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("booking fee");
        assertThatThrownBy(() -> PriceCalculation.price(List.of(), TERMS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PriceCalculation.price(
                List.of(new PriceLine("night", CHECK_IN, 2, inr("100.00"), inr("150.00"))), TERMS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not 150.00");
    }

    @Test
    void givenAPrice_whenItsTermsAreTakenBack_thenPricingAgainGivesTheSameBreakdown() {
        PriceBreakdown price = heldPrice();

        assertThat(PriceCalculation.price(price.lines(), PriceCalculation.termsOf(price))).isEqualTo(price);
    }

    // ---- refunds ---------------------------------------------------------------------------------

    @Test
    void givenAGuestCancellingEarly_whenRefunded_thenEverythingBack_splitAsTheSnapshot() {
        PriceBreakdown price = heldPrice();

        RefundSplit refund = PriceCalculation.cancellationRefund(price, POLICY, CancelledBy.GUEST,
                CHECK_IN.minusDays(7), CHECK_IN);

        assertThat(refund).isEqualTo(new RefundSplit(inr("21379.00"), inr("18430.00"), inr("2949.00"),
                inr("0.00")));
    }

    @Test
    void givenAGuestCancellingLate_whenRefunded_thenTheLatePercent_splitInProportion() {
        RefundSplit refund = PriceCalculation.cancellationRefund(heldPrice(), POLICY, CancelledBy.GUEST,
                CHECK_IN.minusDays(6), CHECK_IN);

        // half of 21,379.00; commission 2,949/21,379 of it
        assertThat(refund).isEqualTo(new RefundSplit(inr("10689.50"), inr("9215.00"), inr("1474.50"),
                inr("0.00")));
    }

    @Test
    void givenTheStartDate_whenAGuestCancels_thenTheLatePercent_andAfterItNothing() {
        assertThat(PriceCalculation.refundPercent(POLICY, CancelledBy.GUEST, CHECK_IN, CHECK_IN)).isEqualTo(50);
        assertThat(PriceCalculation.refundPercent(POLICY, CancelledBy.GUEST, CHECK_IN.plusDays(1), CHECK_IN))
                .isZero();
        RefundSplit nothing = PriceCalculation.cancellationRefund(heldPrice(), POLICY, CancelledBy.GUEST,
                CHECK_IN.plusDays(1), CHECK_IN);
        assertThat(nothing).isEqualTo(new RefundSplit(inr("0.00"), inr("0.00"), inr("0.00"), inr("0.00")));
    }

    @Test
    void givenAProviderCancelling_whenRefunded_thenEverythingBack_whateverTheDate() {
        assertThat(PriceCalculation.refundPercent(POLICY, CancelledBy.PROVIDER, CHECK_IN.plusDays(1), CHECK_IN))
                .isEqualTo(100);
        assertThat(PriceCalculation.cancellationRefund(heldPrice(), POLICY, CancelledBy.PROVIDER, CHECK_IN,
                CHECK_IN).amount()).isEqualTo(inr("21379.00"));
    }

    @Test
    void givenARefundThatDoesNotSplitEvenly_whenSplit_thenTheRemainderGoesToTheProvider() {
        // total 100.01 with commission 33.33: half is 50.005 → 50.00 (half-even); 50.00 × 33.33 / 100.01 = 16.663 → 16.66
        PriceBreakdown price = PriceCalculation.price(List.of(line("room", 1, eur("89.01"))),
                new PricingTerms(BigDecimal.ZERO, eur("11.00"), new BigDecimal("0.2509")));
        assertThat(price.total()).isEqualTo(eur("100.01"));
        assertThat(price.commission()).isEqualTo(eur("33.33"));

        RefundSplit half = PriceCalculation.cancellationRefund(price, new CancellationPolicy("strict", 30, 50),
                CancelledBy.GUEST, CHECK_IN.minusDays(1), CHECK_IN);

        assertThat(half.amount()).isEqualTo(eur("50.00"));
        assertThat(half.commissionPart()).isEqualTo(eur("16.66"));
        assertThat(half.providerPart()).isEqualTo(eur("33.34"));
        assertThat(half.providerPart().plus(half.commissionPart()).plus(half.unappliedPart()).sameAs(half.amount()))
                .isTrue();
    }

    @Test
    void givenAnyPercent_whenRefunded_thenThePartsAddUpExactly() {
        PriceBreakdown price = heldPrice();
        for (int percent = 0; percent <= 100; percent++) {
            RefundSplit refund = PriceCalculation.cancellationRefund(price, new CancellationPolicy("p", 30, percent),
                    CancelledBy.GUEST, CHECK_IN.minusDays(1), CHECK_IN);

            assertThat(refund.providerPart().plus(refund.commissionPart()).sameAs(refund.amount()))
                    .as("%d %%", percent).isTrue();
            assertThat(refund.unappliedPart().amount().signum()).isZero();
            assertThat(refund.commissionPart().amount()).isLessThanOrEqualTo(price.commission().amount());
        }
    }

    @Test
    void givenMoneyTheBookingRefused_whenRefunded_thenAllFromUnapplied() {
        assertThat(PriceCalculation.unapplied(inr("21379.00")))
                .isEqualTo(new RefundSplit(inr("21379.00"), inr("0.00"), inr("0.00"), inr("21379.00")));
    }
}
