package com.tripavail.booking.integration.payment;

import com.tripavail.booking.event.PaymentRefundRequestedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Asks the payment's provider to pay a requested refund back. The refund id is the provider's
 * idempotency key, so a redelivered event (after a crash between the provider's answer and the
 * token's commit) refunds nothing twice; the provider confirms by webhook
 * ({@code refund.succeeded} → {@code RecordRefundPaidCommand}). A provider that is unavailable or
 * refuses parks the event in this group's dead-letter queue, to be retried by an admin.
 */
@Component
@ProcessingGroup(PaymentRefunds.PROCESSING_GROUP)
public class PaymentRefunds {

    public static final String PROCESSING_GROUP = "payment-gateway";

    private final PaymentGateways gateways;

    public PaymentRefunds(PaymentGateways gateways) {
        this.gateways = gateways;
    }

    @EventHandler
    @DisallowReplay
    void on(PaymentRefundRequestedEvent event) {
        gateways.gateway(event.provider()).refund(new RefundRequest(event.refundId(), event.paymentId(),
                event.bookingId(), event.providerTxnId(), event.refund().amount()));
    }
}
