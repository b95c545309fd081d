package com.tripavail.booking.api.booking;

import com.tripavail.booking.api.booking.BookingRequests.CancelRequest;
import com.tripavail.booking.api.booking.BookingRequests.PaymentRequest;
import com.tripavail.booking.api.booking.BookingRequests.QuoteRequest;
import com.tripavail.booking.command.CancelBookingCommand;
import com.tripavail.booking.command.RequestHoldCommand;
import com.tripavail.booking.config.BookingProperties;
import com.tripavail.booking.event.CancelledBy;
import com.tripavail.booking.query.booking.BookingDetails;
import com.tripavail.booking.query.booking.BookingParties;
import com.tripavail.booking.query.booking.BookingViews;
import com.tripavail.booking.query.catalog.BookableCatalogue;
import com.tripavail.platform.idempotency.IdempotencyKeyRequired;
import com.tripavail.platform.security.CurrentUser;
import com.tripavail.platform.web.BadRequestException;
import com.tripavail.platform.web.NotFoundException;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A traveller's bookings: quote, hold, pay, cancel. Hold and payment answer 202 at once with the
 * booking in its transitional state; {@code waitSeconds} (up to the configured maximum) makes the
 * request wait until the booking leaves it, and GET takes the same parameter.
 *
 * <p>A booking is visible to its traveller, to the users of its product's provider, and to
 * admins; to anyone else it does not exist (404).
 */
@RestController
@RequestMapping("/api/bookings")
public class BookingController {

    private final BookingQuotes quotes;
    private final BookingPayments payments;
    private final BookingViews views;
    private final BookableCatalogue catalogue;
    private final CommandGateway commands;
    private final BookingProperties properties;
    private final Clock clock;

    public BookingController(BookingQuotes quotes, BookingPayments payments, BookingViews views,
                             BookableCatalogue catalogue, CommandGateway commands, BookingProperties properties,
                             Clock clock) {
        this.quotes = quotes;
        this.payments = payments;
        this.views = views;
        this.catalogue = catalogue;
        this.commands = commands;
        this.properties = properties;
        this.clock = clock;
    }

    @PostMapping
    @IdempotencyKeyRequired
    public ResponseEntity<BookingResponse> quote(@Valid @RequestBody QuoteRequest request, CurrentUser user) {
        String bookingId = UUID.randomUUID().toString();
        commands.sendAndWait(quotes.quote(bookingId, user.userId(), request));
        return ResponseEntity.created(URI.create("/api/bookings/" + bookingId)).body(response(visible(bookingId, user)));
    }

    @GetMapping("/{bookingId}")
    public BookingResponse get(@PathVariable String bookingId,
                               @RequestParam(required = false) Integer waitSeconds, CurrentUser user) {
        visible(bookingId, user);
        return response(settled(bookingId, waitSeconds));
    }

    @PostMapping("/{bookingId}/hold")
    public ResponseEntity<BookingResponse> hold(@PathVariable String bookingId,
                                                @RequestParam(required = false) Integer waitSeconds,
                                                CurrentUser user) {
        Duration wait = waitOf(waitSeconds);
        BookingParties booking = ownBooking(bookingId, user);
        BookingResults.requireAccepted(bookingId, commands.sendAndWait(new RequestHoldCommand(booking.bookingId(),
                user.userId(), UUID.randomUUID().toString(), clock.instant())));
        return ResponseEntity.accepted().body(response(views.awaitSettled(bookingId, wait).orElseThrow()));
    }

    @PostMapping("/{bookingId}/payment")
    public ResponseEntity<BookingResponse> pay(@PathVariable String bookingId,
                                               @Valid @RequestBody PaymentRequest request,
                                               @RequestParam(required = false) Integer waitSeconds,
                                               CurrentUser user) {
        Duration wait = waitOf(waitSeconds);
        payments.pay(ownBooking(bookingId, user), user, request);
        return ResponseEntity.accepted().body(response(views.awaitSettled(bookingId, wait).orElseThrow()));
    }

    /** Cancelled by its traveller (the policy's refund) or by its product's provider (a full refund). */
    @PostMapping("/{bookingId}/cancel")
    public BookingResponse cancel(@PathVariable String bookingId, @Valid @RequestBody(required = false)
                                  CancelRequest request, CurrentUser user) {
        BookingDetails booking = visible(bookingId, user);
        String reason = request == null ? null : request.reason();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(booking.timeZone())));
        CancelBookingCommand command;
        if (booking.travelerId().equals(user.userId())) {
            command = new CancelBookingCommand(bookingId, CancelledBy.GUEST, user.userId(), reason, today,
                    clock.instant());
        } else if (catalogue.providersOf(user.userId()).contains(booking.providerId())) {
            command = new CancelBookingCommand(bookingId, CancelledBy.PROVIDER, booking.providerId(), reason, today,
                    clock.instant());
        } else {
            throw new NotFoundException("no booking " + bookingId);
        }
        BookingResults.requireAccepted(bookingId, commands.sendAndWait(command));
        return response(views.find(bookingId).orElseThrow());
    }

    private BookingDetails settled(String bookingId, Integer waitSeconds) {
        return views.awaitSettled(bookingId, waitOf(waitSeconds)).orElseThrow();
    }

    private Duration waitOf(Integer waitSeconds) {
        if (waitSeconds == null) {
            return Duration.ZERO;
        }
        if (waitSeconds < 0 || waitSeconds > properties.maxWait().toSeconds()) {
            throw new BadRequestException("waitSeconds must be between 0 and " + properties.maxWait().toSeconds());
        }
        return Duration.ofSeconds(waitSeconds);
    }

    /** The traveller's own booking: the only one they may hold or pay. */
    private BookingParties ownBooking(String bookingId, CurrentUser user) {
        return views.parties(bookingId).filter(b -> b.travelerId().equals(user.userId()))
                .orElseThrow(() -> new NotFoundException("no booking " + bookingId));
    }

    private BookingDetails visible(String bookingId, CurrentUser user) {
        return views.find(bookingId)
                .filter(b -> b.travelerId().equals(user.userId()) || user.isAdmin()
                        || catalogue.providersOf(user.userId()).contains(b.providerId()))
                .orElseThrow(() -> new NotFoundException("no booking " + bookingId));
    }

    private BookingResponse response(BookingDetails booking) {
        return BookingResponse.of(booking, clock.instant());
    }
}
