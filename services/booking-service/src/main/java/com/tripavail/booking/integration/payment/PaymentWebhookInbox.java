package com.tripavail.booking.integration.payment;

import static com.tripavail.booking.jooq.Tables.PAYMENT_WEBHOOK_EVENT;

import com.tripavail.booking.command.PaymentOutcome;
import com.tripavail.booking.command.RecordPaymentCapturedCommand;
import com.tripavail.booking.command.RecordPaymentDeclinedCommand;
import com.tripavail.booking.command.RecordRefundPaidCommand;
import java.time.Clock;
import java.time.ZoneOffset;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Acts on verified webhooks, once per event. The event's id is recorded in
 * {@code payment_webhook_event} in the same transaction as the command it causes (Axon's unit of
 * work joins this transaction), so a redelivered event — providers deliver at least once — finds
 * its row and changes nothing, and an event whose command failed leaves no row and is handled when
 * the provider retries it.
 *
 * <p>An event for a payment this service does not know is acknowledged and logged, not refused:
 * a 4xx or 5xx would only make the provider retry it for days (an account's events reach every
 * endpoint registered on it, a test environment's included), and retrying cannot make the payment
 * appear, because payments are opened before the provider is called.
 */
@Component
public class PaymentWebhookInbox {

    /** What became of a webhook. */
    public enum Receipt {
        /** The payment recorded what the event says. */
        HANDLED,
        /** The event was handled before; nothing changed. */
        DUPLICATE,
        /** The payment refused the event's news (it does not fit its state); recorded, nothing changed. */
        REFUSED_BY_PAYMENT,
        /** No such payment here; nothing changed. */
        UNKNOWN_PAYMENT,
        /** A type of event this service does not act on. */
        IGNORED
    }

    private static final Logger log = LoggerFactory.getLogger(PaymentWebhookInbox.class);

    private final DSLContext dsl;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public PaymentWebhookInbox(DSLContext dsl, CommandGateway commands, PlatformTransactionManager transactionManager,
                               Clock clock) {
        this.dsl = dsl;
        this.commands = commands;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public Receipt receive(String provider, PaymentNotification notification) {
        Object command = switch (notification) {
            case PaymentNotification.PaymentSucceeded succeeded -> new RecordPaymentCapturedCommand(
                    succeeded.paymentId(), succeeded.providerTxnId(), succeeded.amount(), succeeded.at());
            case PaymentNotification.PaymentFailed failed -> new RecordPaymentDeclinedCommand(failed.paymentId(),
                    failed.providerTxnId(), failed.reason(), failed.at());
            case PaymentNotification.RefundSucceeded refunded -> new RecordRefundPaidCommand(refunded.paymentId(),
                    refunded.refundId(), refunded.at());
            case PaymentNotification.Unhandled unhandled -> null;
        };
        if (command == null) {
            log.debug("{} webhook {} of type {} ignored", provider, notification.eventId(),
                    ((PaymentNotification.Unhandled) notification).type());
            return Receipt.IGNORED;
        }
        String paymentId = paymentId(notification);
        return transaction.execute(status -> {
            int recorded = dsl.insertInto(PAYMENT_WEBHOOK_EVENT)
                    .set(PAYMENT_WEBHOOK_EVENT.PROVIDER, provider)
                    .set(PAYMENT_WEBHOOK_EVENT.EVENT_ID, notification.eventId())
                    .set(PAYMENT_WEBHOOK_EVENT.TYPE, command.getClass().getSimpleName())
                    .set(PAYMENT_WEBHOOK_EVENT.PAYMENT_ID, paymentId)
                    .set(PAYMENT_WEBHOOK_EVENT.RECEIVED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                    .onConflictDoNothing()
                    .execute();
            if (recorded == 0) {
                return Receipt.DUPLICATE;
            }
            Object result;
            try {
                result = commands.sendAndWait(command);
            } catch (AggregateNotFoundException unknown) {
                status.setRollbackOnly();
                log.warn("{} webhook {} names payment {}, which this service does not have; acknowledged, ignored",
                        provider, notification.eventId(), paymentId);
                return Receipt.UNKNOWN_PAYMENT;
            }
            return switch (result) {
                case PaymentOutcome.Refused refused -> {
                    log.info("{} webhook {} refused by payment {}: {} {}", provider, notification.eventId(),
                            paymentId, refused.reason(), refused.detail());
                    yield Receipt.REFUSED_BY_PAYMENT;
                }
                // the same fact under another event id (a provider may send one twice): nothing changed
                case PaymentOutcome.Unchanged unchanged -> Receipt.DUPLICATE;
                case null, default -> Receipt.HANDLED;
            };
        });
    }

    private static String paymentId(PaymentNotification notification) {
        return switch (notification) {
            case PaymentNotification.PaymentSucceeded succeeded -> succeeded.paymentId();
            case PaymentNotification.PaymentFailed failed -> failed.paymentId();
            case PaymentNotification.RefundSucceeded refunded -> refunded.paymentId();
            case PaymentNotification.Unhandled unhandled -> null;
        };
    }
}
