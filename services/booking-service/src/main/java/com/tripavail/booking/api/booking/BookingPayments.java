package com.tripavail.booking.api.booking;

import com.tripavail.booking.command.InitiatePaymentCommand;
import com.tripavail.booking.command.RecordPaymentDeclinedCommand;
import com.tripavail.booking.command.RecordPaymentIntentCommand;
import com.tripavail.booking.command.StartPaymentCommand;
import com.tripavail.booking.integration.payment.CreateIntentRequest;
import com.tripavail.booking.integration.payment.PaymentCard;
import com.tripavail.booking.integration.payment.PaymentGateway;
import com.tripavail.booking.integration.payment.PaymentGateways;
import com.tripavail.booking.integration.payment.PaymentIntent;
import com.tripavail.booking.integration.payment.PaymentProviderUnavailableException;
import com.tripavail.booking.integration.payment.PaymentRequestRefusedException;
import com.tripavail.booking.query.booking.BookingParties;
import com.tripavail.booking.query.booking.BookingViews;
import com.tripavail.contracts.Money;
import com.tripavail.platform.security.CurrentUser;
import com.tripavail.platform.web.ServiceUnavailableException;
import com.tripavail.platform.web.UnprocessableException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Paying a held booking: the booking moves to PAYMENT_PENDING, the payment record is opened, and
 * only then is the provider asked, so its webhook always finds the payment. A provider refusal
 * (an invalid card) or outage declines the payment at once, which puts the booking back in HOLD.
 * Should the service stop between the steps, the hold's expiry ends the booking, and a payment
 * the provider captured after that is refunded.
 */
@Component
public class BookingPayments {

    private final CommandGateway commands;
    private final PaymentGateways gateways;
    private final BookingViews views;
    private final Clock clock;

    public BookingPayments(CommandGateway commands, PaymentGateways gateways, BookingViews views, Clock clock) {
        this.commands = commands;
        this.gateways = gateways;
        this.views = views;
        this.clock = clock;
    }

    public void pay(BookingParties booking, CurrentUser user, BookingRequests.PaymentRequest request) {
        String provider = request.provider() == null || request.provider().isBlank()
                ? gateways.defaultProvider() : request.provider();
        PaymentGateway gateway = gateways.find(provider)
                .orElseThrow(() -> new UnprocessableException("unknown payment provider " + provider
                        + "; the providers are " + gateways.providers()));
        PaymentCard card = new PaymentCard(request.cardNumber());
        if (!passesLuhn(card.digits())) {
            throw new UnprocessableException("the card number is not valid");
        }
        String paymentId = UUID.randomUUID().toString();
        BookingResults.requireAccepted(booking.bookingId(), commands.sendAndWait(
                new StartPaymentCommand(booking.bookingId(), user.userId(), paymentId, provider, clock.instant())));
        // Read after the payment started: only then is the booking surely held, at the held prices.
        Money amount = views.price(booking.bookingId()).orElseThrow().total();
        commands.sendAndWait(new InitiatePaymentCommand(paymentId, booking.bookingId(), booking.travelerId(),
                booking.providerId(), provider, amount, clock.instant()));
        try {
            PaymentIntent intent = gateway.createIntent(new CreateIntentRequest(paymentId, booking.bookingId(),
                    amount, card));
            commands.sendAndWait(new RecordPaymentIntentCommand(paymentId, intent.providerTxnId(), clock.instant()));
        } catch (PaymentRequestRefusedException e) {
            commands.sendAndWait(new RecordPaymentDeclinedCommand(paymentId, null, e.code(), clock.instant()));
            throw new UnprocessableException("the payment provider refused the payment: " + e.getMessage());
        } catch (PaymentProviderUnavailableException e) {
            commands.sendAndWait(new RecordPaymentDeclinedCommand(paymentId, null, "provider_unavailable",
                    clock.instant()));
            throw new ServiceUnavailableException("the payment provider cannot be reached; the booking stays held",
                    Duration.ofSeconds(5));
        }
    }

    /** The card networks' check digit: catches a mistyped number before anything is changed. */
    static boolean passesLuhn(String digits) {
        if (digits.length() < 12 || digits.length() > 19 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
