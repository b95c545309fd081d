package com.tripavail.booking.event;

import com.tripavail.contracts.Money;

/**
 * Which ledger accounts a refund takes its money from: {@code providerPart + commissionPart +
 * unappliedPart = amount}. A refund of a confirmed booking comes from the provider's earnings
 * and the commission in the booking's proportions; a payment that arrived too late to be applied
 * (the hold had expired) comes back whole from unapplied payments.
 */
public record RefundSplit(Money amount, Money providerPart, Money commissionPart, Money unappliedPart) {
}
