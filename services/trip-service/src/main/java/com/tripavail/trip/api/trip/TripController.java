package com.tripavail.trip.api.trip;

import com.tripavail.contracts.Money;
import com.tripavail.platform.idempotency.IdempotencyKeyRequired;
import com.tripavail.platform.security.CurrentUser;
import com.tripavail.platform.web.ConflictException;
import com.tripavail.platform.web.NotFoundException;
import com.tripavail.platform.web.UnprocessableException;
import com.tripavail.trip.api.trip.TripRequests.CancelTripRequest;
import com.tripavail.trip.api.trip.TripRequests.ConversionRequest;
import com.tripavail.trip.api.trip.TripRequests.CreateTripRequest;
import com.tripavail.trip.api.trip.TripRequests.LegBookingRequest;
import com.tripavail.trip.api.trip.TripRequests.MarketplaceBookingRequest;
import com.tripavail.trip.command.CancelTripCommand;
import com.tripavail.trip.command.LinkMarketplaceBookingCommand;
import com.tripavail.trip.command.MarkConversionCommand;
import com.tripavail.trip.command.MarkLegBookedCommand;
import com.tripavail.trip.command.PlanTripCommand;
import com.tripavail.trip.command.RecordBookingClickCommand;
import com.tripavail.trip.command.TripOutcome;
import com.tripavail.trip.command.UnmarkLegBookedCommand;
import com.tripavail.trip.config.TripProperties;
import com.tripavail.trip.event.RouteSnapshot;
import com.tripavail.trip.integration.booking.MarketplaceBooking;
import com.tripavail.trip.integration.booking.MarketplaceBookings;
import com.tripavail.trip.query.search.SearchResults;
import com.tripavail.trip.query.trip.TripDetails;
import com.tripavail.trip.query.trip.TripSummary;
import com.tripavail.trip.query.trip.TripViews;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A traveller's trips: made from a search result's route, listed, read, cancelled; legs marked booked (or not),
 * booking links followed (302 to the platform with affiliate parameters), conversions, and marketplace bookings
 * linked to STAY legs. A trip exists only for its traveller: to anyone else it is 404.
 *
 * <p>Commands answer with the trip as the read model shows it once it has caught up with the change (waiting
 * at most {@code tripavail.trip.trips.view-wait}).
 */
@RestController
@RequestMapping("/api/trips")
public class TripController {

    private final SearchResults searchResults;
    private final TripViews views;
    private final CommandGateway commands;
    private final AffiliateLinks affiliateLinks;
    private final MarketplaceBookings marketplaceBookings;
    private final TripProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    public TripController(SearchResults searchResults, TripViews views, CommandGateway commands,
                          AffiliateLinks affiliateLinks, MarketplaceBookings marketplaceBookings,
                          TripProperties properties, Clock clock, PlatformTransactionManager transactionManager) {
        this.searchResults = searchResults;
        this.views = views;
        this.commands = commands;
        this.affiliateLinks = affiliateLinks;
        this.marketplaceBookings = marketplaceBookings;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @PostMapping
    @IdempotencyKeyRequired
    public ResponseEntity<TripDetails> create(@Valid @RequestBody CreateTripRequest request, CurrentUser user) {
        RouteSnapshot route = searchResults.route(request.searchId(), request.routeIndex())
                .orElseThrow(() -> new UnprocessableException("search " + request.searchId() + " has no route "
                        + request.routeIndex() + " (or its results have expired): search again"));
        String tripId = UUID.randomUUID().toString();
        String name = request.name() == null || request.name().isBlank()
                ? route.legs().getFirst().fromName() + " → " + route.legs().getLast().toName()
                : request.name().strip();
        commands.sendAndWait(new PlanTripCommand(tripId, user.userId(), name, route, clock.instant()));
        return ResponseEntity.created(URI.create("/api/trips/" + tripId)).body(shown(tripId, 0));
    }

    @GetMapping
    public List<TripSummary> list(CurrentUser user) {
        return views.listOf(user.userId());
    }

    @GetMapping("/{tripId}")
    public TripDetails get(@PathVariable String tripId, CurrentUser user) {
        return own(tripId, user);
    }

    @PostMapping("/{tripId}/cancel")
    public TripDetails cancel(@PathVariable String tripId,
                              @Valid @RequestBody(required = false) CancelTripRequest request, CurrentUser user) {
        String reason = request == null ? null : request.reason();
        return send(tripId, () -> new CancelTripCommand(tripId, user.userId(), reason, clock.instant()));
    }

    /** Marks the leg booked; a second mark replaces the first. */
    @PutMapping("/{tripId}/legs/{legIndex}/booking")
    public TripDetails markBooked(@PathVariable String tripId, @PathVariable int legIndex,
                                  @Valid @RequestBody LegBookingRequest request, CurrentUser user) {
        return send(tripId, () -> new MarkLegBookedCommand(tripId, user.userId(), legIndex, request.platform().strip(),
                request.bookingReference().strip(), request.cost().toMoney(), clock.instant()));
    }

    @DeleteMapping("/{tripId}/legs/{legIndex}/booking")
    public TripDetails unmarkBooked(@PathVariable String tripId, @PathVariable int legIndex, CurrentUser user) {
        return send(tripId, () -> new UnmarkLegBookedCommand(tripId, user.userId(), legIndex, clock.instant()));
    }

    /** Follows the leg's booking link: records the click and redirects to the platform with affiliate parameters. */
    @GetMapping("/{tripId}/legs/{legIndex}/book")
    public ResponseEntity<Void> book(@PathVariable String tripId, @PathVariable int legIndex, CurrentUser user) {
        TripDetails trip = own(tripId, user);
        TripDetails.LegDetails leg = trip.legs().stream().filter(l -> l.index() == legIndex).findFirst()
                .orElseThrow(() -> new NotFoundException("trip " + tripId + " has no leg " + legIndex));
        if (leg.deepLink() == null || leg.deepLink().isBlank()) {
            throw new UnprocessableException("leg " + legIndex + " has no booking link");
        }
        String clickId = UUID.randomUUID().toString();
        String target = affiliateLinks.link(leg.deepLink(), leg.bookingPlatform(), clickId);
        accepted(tripId, () -> new RecordBookingClickCommand(tripId, user.userId(), legIndex, clickId, target,
                clock.instant()));
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(target))
                .header("Cache-Control", "no-store").build();
    }

    /** "I booked it" after following the booking link; with a booking reference the leg is marked booked too. */
    @PostMapping("/{tripId}/legs/{legIndex}/conversion")
    public TripDetails conversion(@PathVariable String tripId, @PathVariable int legIndex,
                                  @Valid @RequestBody(required = false) ConversionRequest request, CurrentUser user) {
        String clickId = request == null ? null : request.clickId();
        String reference = request == null || request.bookingReference() == null
                || request.bookingReference().isBlank() ? null : request.bookingReference().strip();
        Money cost = request == null || request.cost() == null ? null : request.cost().toMoney();
        return send(tripId, () -> new MarkConversionCommand(tripId, user.userId(), legIndex, clickId, reference, cost,
                clock.instant()));
    }

    /**
     * Links a booking the traveller made with the booking API to a STAY leg. If the booking service has already
     * confirmed it, the leg is booked at once; otherwise when the confirmation arrives. The link and what is
     * known of the booking are written in the command's transaction (see {@link MarketplaceBookings}).
     */
    @PostMapping("/{tripId}/legs/{legIndex}/marketplace-booking")
    public TripDetails linkMarketplaceBooking(@PathVariable String tripId, @PathVariable int legIndex,
                                              @Valid @RequestBody MarketplaceBookingRequest request,
                                              CurrentUser user) {
        String bookingId = request.bookingId().strip();
        Instant now = clock.instant();
        TripOutcome.Accepted accepted = transaction.execute(status -> {
            MarketplaceBooking booking = marketplaceBookings.link(bookingId, tripId, legIndex, now);
            if (booking.travelerId() != null && !booking.travelerId().equals(user.userId())) {
                throw new UnprocessableException("booking " + bookingId + " is not a booking of yours");
            }
            if (!tripId.equals(booking.tripId()) || legIndex != booking.legIndex()) {
                throw new ConflictException("booking " + bookingId + " is linked to another trip leg");
            }
            if (booking.cancelled()) {
                throw new ConflictException("booking " + bookingId + " was cancelled");
            }
            Money confirmedTotal = booking.confirmed() ? booking.total() : null;
            return accepted(tripId, () -> new LinkMarketplaceBookingCommand(tripId, user.userId(), legIndex,
                    bookingId, confirmedTotal, now));
        });
        return shown(tripId, accepted.version());
    }

    private TripDetails own(String tripId, CurrentUser user) {
        return views.find(tripId).filter(trip -> trip.travelerId().equals(user.userId()))
                .orElseThrow(() -> new NotFoundException("no trip " + tripId));
    }

    private TripDetails send(String tripId, Supplier<Object> command) {
        return shown(tripId, accepted(tripId, command).version());
    }

    private TripOutcome.Accepted accepted(String tripId, Supplier<Object> command) {
        try {
            return TripResults.requireAccepted(tripId, commands.sendAndWait(command.get()));
        } catch (AggregateNotFoundException e) {
            throw new NotFoundException("no trip " + tripId);
        }
    }

    /** The trip once the view shows {@code version}; as it is if the view is slower than the configured wait. */
    private TripDetails shown(String tripId, long version) {
        return views.awaitVersion(tripId, version, properties.viewWait())
                .orElseThrow(() -> new NotFoundException("no trip " + tripId));
    }
}
