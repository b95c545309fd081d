package com.tripavail.inventory.command.hold;

import com.tripavail.inventory.command.hold.HoldTables.HotelPackage;
import com.tripavail.inventory.command.hold.HoldTables.Kind;
import com.tripavail.inventory.command.hold.HoldTables.RegisteredHold;
import com.tripavail.inventory.event.HoldRejection;
import com.tripavail.inventory.event.HoldRequestRejectedEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;

/**
 * The one way into holds, for Kafka and REST alike: finds the calendar or departure a request
 * is for, remembers which aggregate keeps the hold (so release and confirm, which carry only
 * the holdId, find it) and sends the command — room holds through the {@link HoldBatcher}, so a
 * crowd on one calendar shares locks and commits. A request for a product nobody knows is
 * answered with a {@link HoldRequestRejectedEvent}, so booking always gets an answer.
 */
@Component
public class HoldDesk {

    private final CommandGateway commands;
    private final EventGateway events;
    private final HoldTables tables;
    private final HoldBatcher batcher;
    private final Clock clock;
    /** Room types known to exist (a room type never goes away, so a positive answer can be kept). */
    private final Set<String> knownRoomTypes = ConcurrentHashMap.newKeySet();

    public HoldDesk(CommandGateway commands, EventGateway events, HoldTables tables, HoldBatcher batcher,
                    Clock clock) {
        this.commands = commands;
        this.events = events;
        this.tables = tables;
        this.batcher = batcher;
        this.clock = clock;
    }

    public HoldOutcome hold(HoldRequest request) {
        Instant at = clock.instant();
        if (blank(request.holdId()) || blank(request.bookingId()) || blank(request.productId())) {
            return rejectUnrouted(request, HoldRejection.INVALID_REQUEST, "holdId, bookingId and productId are required", at);
        }
        String type = request.productType() == null ? "" : request.productType();
        return switch (type) {
            case HoldRequest.STAY -> holdStay(request, at);
            case HoldRequest.HOTEL_PACKAGE -> holdHotelPackage(request, at);
            case HoldRequest.TOUR_PACKAGE -> holdSeats(request, at);
            default -> rejectUnrouted(request, HoldRejection.INVALID_REQUEST,
                    "productType must be STAY, HOTEL_PACKAGE or TOUR_PACKAGE", at);
        };
    }

    public HoldOutcome release(String holdId, String reason) {
        Optional<RegisteredHold> hold = blank(holdId) ? Optional.empty() : tables.registered(holdId);
        if (hold.isEmpty()) {
            return new HoldOutcome.UnknownHold();
        }
        Instant at = clock.instant();
        return commands.sendAndWait(hold.get().kind() == Kind.ROOM
                ? new ReleaseRoomHoldCommand(hold.get().aggregateId(), holdId, reason, at)
                : new ReleaseSeatHoldCommand(hold.get().aggregateId(), holdId, reason, at));
    }

    public HoldOutcome confirm(String holdId) {
        Optional<RegisteredHold> hold = blank(holdId) ? Optional.empty() : tables.registered(holdId);
        if (hold.isEmpty()) {
            return new HoldOutcome.UnknownHold();
        }
        Instant at = clock.instant();
        return commands.sendAndWait(hold.get().kind() == Kind.ROOM
                ? new ConfirmRoomHoldCommand(hold.get().aggregateId(), holdId, at)
                : new ConfirmSeatHoldCommand(hold.get().aggregateId(), holdId, at));
    }

    /** Which aggregate keeps this hold, if any. */
    public Optional<RegisteredHold> find(String holdId) {
        return blank(holdId) ? Optional.empty() : tables.registered(holdId);
    }

    private HoldOutcome holdStay(HoldRequest request, Instant at) {
        if (!roomTypeExists(request.productId())) {
            return rejectUnrouted(request, HoldRejection.UNKNOWN_PRODUCT, "no room type " + request.productId(), at);
        }
        return send(request, request.productId(), Kind.ROOM, new HoldRoomsCommand(request.productId(),
                request.holdId(), request.bookingId(), request.productType(), request.productId(), request.checkIn(),
                request.checkOut(), request.units(), request.guests(), null, at));
    }

    private HoldOutcome holdHotelPackage(HoldRequest request, Instant at) {
        String packageId = request.productId();
        String roomTypeId = null;
        int separator = packageId.indexOf(HoldRequest.ROOM_TYPE_SEPARATOR);
        if (separator >= 0) {
            roomTypeId = packageId.substring(separator + 1);
            packageId = packageId.substring(0, separator);
        }
        Optional<HotelPackage> found = tables.hotelPackage(packageId);
        if (found.isEmpty()) {
            return rejectUnrouted(request, HoldRejection.UNKNOWN_PRODUCT, "no hotel package " + packageId, at);
        }
        HotelPackage hotelPackage = found.get();
        if (roomTypeId == null) {
            roomTypeId = hotelPackage.roomTypeIds().getFirst();
        } else if (!hotelPackage.roomTypeIds().contains(roomTypeId)) {
            return rejectUnrouted(request, HoldRejection.INVALID_REQUEST,
                    "room type " + roomTypeId + " is not part of hotel package " + packageId, at);
        }
        if (!roomTypeExists(roomTypeId)) {
            return rejectUnrouted(request, HoldRejection.UNKNOWN_PRODUCT, "no room type " + roomTypeId, at);
        }
        PackageTerms terms = new PackageTerms(packageId, hotelPackage.nights(), hotelPackage.rule(),
                hotelPackage.seasons(), hotelPackage.pricePerPerson(), tables.isPublished(packageId));
        return send(request, roomTypeId, Kind.ROOM, new HoldRoomsCommand(roomTypeId, request.holdId(),
                request.bookingId(), request.productType(), request.productId(), request.checkIn(), null,
                request.units(), request.guests(), terms, at));
    }

    private HoldOutcome holdSeats(HoldRequest request, Instant at) {
        var departure = blank(request.departureId()) ? Optional.<HoldTables.DepartureOwner>empty()
                : tables.departure(request.departureId());
        if (departure.isEmpty() || !departure.get().packageId().equals(request.productId())) {
            return rejectUnrouted(request, HoldRejection.UNKNOWN_PRODUCT,
                    "no departure " + request.departureId() + " of tour package " + request.productId(), at);
        }
        return send(request, request.departureId(), Kind.SEAT, new HoldSeatsCommand(request.departureId(),
                request.holdId(), request.bookingId(), request.productId(), request.units(), request.guests(), at));
    }

    private HoldOutcome send(HoldRequest request, String aggregateId, Kind kind, Object command) {
        if (command instanceof HoldRoomsCommand rooms) {
            return batcher.hold(rooms); // registers the hold with its batch
        }
        RegisteredHold registered = tables.register(request.holdId(), aggregateId, kind, request.bookingId());
        if (!registered.aggregateId().equals(aggregateId)) {
            // The holdId belongs to another product's hold: leave that hold alone, answer nothing new.
            return new HoldOutcome.Refused(null, "hold " + request.holdId() + " was already requested for another product");
        }
        return commands.sendAndWait(command);
    }

    private boolean roomTypeExists(String roomTypeId) {
        if (knownRoomTypes.contains(roomTypeId)) {
            return true;
        }
        boolean exists = tables.roomType(roomTypeId).isPresent();
        if (exists) {
            knownRoomTypes.add(roomTypeId);
        }
        return exists;
    }

    private HoldOutcome rejectUnrouted(HoldRequest request, HoldRejection reason, String detail, Instant at) {
        events.publish(new HoldRequestRejectedEvent(request.holdId(), request.bookingId(), request.productType(),
                request.productId(), reason, detail, at));
        return new HoldOutcome.Rejected(reason, detail);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
