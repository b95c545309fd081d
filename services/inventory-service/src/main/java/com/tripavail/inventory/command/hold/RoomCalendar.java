package com.tripavail.inventory.command.hold;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tripavail.contracts.Money;
import com.tripavail.inventory.command.hold.HoldOutcome.Held;
import com.tripavail.inventory.command.hold.HoldOutcome.Rejected;
import com.tripavail.inventory.event.AvailabilityRule;
import com.tripavail.inventory.event.DateRange;
import com.tripavail.inventory.event.HoldRejection;
import com.tripavail.inventory.event.HoldStatus;
import com.tripavail.inventory.event.NightPrice;
import com.tripavail.inventory.event.RoomCalendarCreatedEvent;
import com.tripavail.inventory.event.RoomCalendarDetailsChangedEvent;
import com.tripavail.inventory.event.RoomCalendarSaleabilityChangedEvent;
import com.tripavail.inventory.event.RoomHoldConfirmedEvent;
import com.tripavail.inventory.event.RoomHoldRejectedEvent;
import com.tripavail.inventory.event.RoomHoldReleasedEvent;
import com.tripavail.inventory.event.RoomNightChangedEvent;
import com.tripavail.inventory.event.RoomNightsOpenedEvent;
import com.tripavail.inventory.event.RoomsHeldEvent;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The nightly inventory of one room type (id = the room type's id) and every hold on it. The
 * aggregate is the consistency boundary of a hold: a hold takes units of every night of a
 * stay or none, and never more than a night's free units ({@code units - held - sold}),
 * however many requests race, because commands on one calendar run one at a time.
 *
 * <p>Holds are remembered by holdId (granted, sold, released or rejected), so a redelivered
 * hold, release or confirm changes nothing twice. Refusals of holds are events, since booking
 * must learn them; refusals of inventory changes are typed {@link InventoryOutcome}s.
 */
@Aggregate(cache = "holdAggregateCache", snapshotTriggerDefinition = "roomCalendarSnapshotTrigger")
public class RoomCalendar {

    public static final int MAX_NIGHTS_PER_BATCH = 90;
    /** A stay (or package) longer than this is not a hold request we take. */
    public static final int MAX_STAY_NIGHTS = 90;
    /** A sanity cap on units per night (the REST API allows 10,000; benchmarks open more). */
    public static final int MAX_UNITS = 1_000_000;

    @AggregateIdentifier
    private String roomTypeId;
    private String listingId;
    private String providerId;
    private int capacity;
    private Money basePrice;
    private int defaultUnits;
    private boolean saleable;
    private Map<LocalDate, Night> nights = new HashMap<>();
    private Map<String, Hold> holds = new HashMap<>();

    /** One open night. {@code priceOverride} null: the base price is in force. */
    record Night(int units, int held, int sold, Money priceOverride, boolean closed) {

        int free() {
            return units - held - sold;
        }
    }

    /** A hold: {@code nights} consecutive nights from {@code checkIn}. */
    record Hold(String bookingId, LocalDate checkIn, int nights, int units, HoldStatus status) {

        Hold withStatus(HoldStatus newStatus) {
            return new Hold(bookingId, checkIn, nights, units, newStatus);
        }
    }

    protected RoomCalendar() {
        // for Axon
    }

    @CommandHandler
    public RoomCalendar(CreateRoomCalendarCommand command) {
        apply(new RoomCalendarCreatedEvent(command.roomTypeId(), command.listingId(), command.providerId(),
                command.timeZone(), command.capacity(), command.basePrice(), command.defaultUnits(),
                command.saleable(), command.at()));
    }

    @CommandHandler
    public InventoryOutcome handle(UpdateRoomCalendarDetailsCommand command) {
        if (command.capacity() == capacity && command.defaultUnits() == defaultUnits
                && command.basePrice().sameAs(basePrice)) {
            return new InventoryOutcome.Accepted(0, List.of());
        }
        apply(new RoomCalendarDetailsChangedEvent(roomTypeId, command.capacity(), command.basePrice(),
                command.defaultUnits(), command.at()));
        return new InventoryOutcome.Accepted(0, List.of());
    }

    @CommandHandler
    public void handle(ChangeRoomCalendarSaleabilityCommand command) {
        if (command.saleable() != saleable) {
            apply(new RoomCalendarSaleabilityChangedEvent(roomTypeId, command.saleable(), command.at()));
        }
    }

    // ---- nightly inventory -----------------------------------------------------------------------

    @CommandHandler
    public InventoryOutcome handle(OpenRoomNightsCommand command) {
        if (command.from() == null || command.to() == null || command.to().isBefore(command.from())) {
            return invalid("from and to are required, from on or before to");
        }
        long count = ChronoUnit.DAYS.between(command.from(), command.to()) + 1;
        if (count > MAX_NIGHTS_PER_BATCH) {
            return invalid("at most " + MAX_NIGHTS_PER_BATCH + " nights at a time, got " + count);
        }
        int units = command.units() == null ? defaultUnits : command.units();
        if (units < 0 || units > MAX_UNITS) {
            return invalid("units must be between 0 and " + MAX_UNITS);
        }
        String priceProblem = priceProblem(command.price());
        if (priceProblem != null) {
            return invalid(priceProblem);
        }
        List<LocalDate> opened = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (LocalDate night = command.from(); !night.isAfter(command.to()); night = night.plusDays(1)) {
            if (nights.containsKey(night)) {
                notes.add(night + " was already open and keeps its settings");
            } else {
                opened.add(night);
            }
        }
        if (!opened.isEmpty()) {
            boolean overridden = command.price() != null;
            apply(new RoomNightsOpenedEvent(roomTypeId, opened, units, overridden ? command.price() : basePrice,
                    overridden, command.at()));
        }
        return new InventoryOutcome.Accepted(opened.size(), notes);
    }

    @CommandHandler
    public InventoryOutcome handle(ChangeRoomNightCommand command) {
        Night night = command.night() == null ? null : nights.get(command.night());
        if (night == null) {
            return new InventoryOutcome.Refused(InventoryOutcome.Reason.NOT_OPEN,
                    "night " + command.night() + " is not open; open it first");
        }
        int units = command.units() == null ? night.units() : command.units();
        if (units < 0 || units > MAX_UNITS) {
            return invalid("units must be between 0 and " + MAX_UNITS);
        }
        if (units < night.held() + night.sold()) {
            return new InventoryOutcome.Refused(InventoryOutcome.Reason.BELOW_COMMITTED,
                    "night " + command.night() + " has " + night.held() + " held and " + night.sold()
                            + " sold: units cannot go below " + (night.held() + night.sold()));
        }
        if (command.price() != null && command.clearPrice()) {
            return invalid("give a price or clear it, not both");
        }
        String priceProblem = priceProblem(command.price());
        if (priceProblem != null) {
            return invalid(priceProblem);
        }
        Money override = command.clearPrice() ? null
                : command.price() != null ? command.price() : night.priceOverride();
        boolean closed = command.closed() == null ? night.closed() : command.closed();
        boolean samePrice = override == null ? night.priceOverride() == null
                : night.priceOverride() != null && override.sameAs(night.priceOverride());
        if (units == night.units() && closed == night.closed() && samePrice) {
            return new InventoryOutcome.Accepted(0, List.of("nothing to change"));
        }
        apply(new RoomNightChangedEvent(roomTypeId, command.night(), units, override == null ? basePrice : override,
                override != null, closed, command.at()));
        return new InventoryOutcome.Accepted(1, List.of());
    }

    // ---- holds -------------------------------------------------------------------------------------

    @CommandHandler
    public HoldOutcome handle(HoldRoomsCommand command) {
        Hold existing = holds.get(command.holdId());
        if (existing != null) {
            return new HoldOutcome.Unchanged(existing.status());
        }
        PackageTerms terms = command.packageTerms();
        String invalid = invalidRequest(command);
        if (invalid != null) {
            return reject(command, HoldRejection.INVALID_REQUEST, invalid);
        }
        if (!saleable) {
            return reject(command, HoldRejection.NOT_PUBLISHED, "the listing is not on sale");
        }
        if (terms != null && !terms.published()) {
            return reject(command, HoldRejection.NOT_PUBLISHED, "the hotel package is not on sale");
        }
        int stay = terms != null ? terms.nights() : (int) ChronoUnit.DAYS.between(command.checkIn(), command.checkOut());
        List<LocalDate> stayNights = new ArrayList<>(stay);
        List<NightPrice> prices = new ArrayList<>(stay);
        Money total = null;
        for (int i = 0; i < stay; i++) {
            LocalDate date = command.checkIn().plusDays(i);
            Night night = nights.get(date);
            if (night == null) {
                return reject(command, HoldRejection.CLOSED, "night " + date + " is not open for sale");
            }
            if (night.closed()) {
                return reject(command, HoldRejection.CLOSED, "night " + date + " is closed");
            }
            if (night.free() < command.units()) {
                return reject(command, HoldRejection.SOLD_OUT,
                        "night " + date + " has " + Math.max(0, night.free()) + " free, " + command.units() + " asked");
            }
            stayNights.add(date);
            if (terms == null) {
                Money price = priceOf(night);
                prices.add(new NightPrice(date, price));
                total = total == null ? price.times(command.units()) : total.plus(price.times(command.units()));
            }
        }
        if (terms != null) {
            prices.add(new NightPrice(command.checkIn(), terms.pricePerPerson()));
            total = terms.pricePerPerson().times(command.guests());
        }
        apply(new RoomsHeldEvent(roomTypeId, command.holdId(), command.bookingId(), command.productType(),
                command.productId(), providerId, List.copyOf(stayNights), command.units(), command.guests(),
                List.copyOf(prices), total, command.at()));
        return new Held(roomTypeId, prices, total);
    }

    @CommandHandler
    public List<HoldOutcome> handle(HoldRoomsBatchCommand batch) {
        List<HoldOutcome> outcomes = new ArrayList<>(batch.holds().size());
        for (HoldRoomsCommand hold : batch.holds()) {
            outcomes.add(handle(hold));
        }
        return outcomes;
    }

    @CommandHandler
    public HoldOutcome handle(ReleaseRoomHoldCommand command) {
        Hold hold = holds.get(command.holdId());
        if (hold == null) {
            return new HoldOutcome.UnknownHold();
        }
        if (hold.status() != HoldStatus.HELD && hold.status() != HoldStatus.SOLD) {
            return new HoldOutcome.Unchanged(hold.status());
        }
        apply(new RoomHoldReleasedEvent(roomTypeId, command.holdId(), hold.bookingId(), nightsOf(hold), hold.units(),
                hold.status() == HoldStatus.SOLD, command.reason(), command.at()));
        return new HoldOutcome.Released();
    }

    @CommandHandler
    public HoldOutcome handle(ConfirmRoomHoldCommand command) {
        Hold hold = holds.get(command.holdId());
        if (hold == null) {
            return new HoldOutcome.UnknownHold();
        }
        return switch (hold.status()) {
            case HELD -> {
                apply(new RoomHoldConfirmedEvent(roomTypeId, command.holdId(), hold.bookingId(), nightsOf(hold), hold.units(),
                        command.at()));
                yield new HoldOutcome.Confirmed();
            }
            case SOLD -> new HoldOutcome.Unchanged(HoldStatus.SOLD);
            case RELEASED, REJECTED -> new HoldOutcome.Refused(hold.status(),
                    "hold " + command.holdId() + " is " + hold.status() + " and cannot be confirmed");
        };
    }

    private String invalidRequest(HoldRoomsCommand command) {
        if (command.units() < 1 || command.units() > MAX_UNITS) {
            return "units must be between 1 and " + MAX_UNITS;
        }
        if (command.guests() < 1) {
            return "guests must be at least 1";
        }
        if ((long) capacity * command.units() < command.guests()) {
            return command.units() + " room(s) sleep " + (long) capacity * command.units() + ", not "
                    + command.guests() + " guests";
        }
        if (command.checkIn() == null) {
            return "checkIn is required";
        }
        PackageTerms terms = command.packageTerms();
        if (terms == null) {
            if (command.checkOut() == null || !command.checkOut().isAfter(command.checkIn())) {
                return "checkOut must be after checkIn";
            }
            if (ChronoUnit.DAYS.between(command.checkIn(), command.checkOut()) > MAX_STAY_NIGHTS) {
                return "a stay is at most " + MAX_STAY_NIGHTS + " nights";
            }
            return null;
        }
        if (terms.nights() < 1 || terms.nights() > MAX_STAY_NIGHTS) {
            return "the package has no valid number of nights";
        }
        if (terms.rule() == AvailabilityRule.WEEKEND_ONLY) {
            DayOfWeek day = command.checkIn().getDayOfWeek();
            if (day != DayOfWeek.FRIDAY && day != DayOfWeek.SATURDAY) {
                return "this weekend package starts on a Friday or Saturday, not a " + day;
            }
        }
        if (terms.rule() == AvailabilityRule.SEASONAL) {
            LocalDate lastNight = command.checkIn().plusDays(terms.nights() - 1L);
            boolean inSeason = terms.seasons().stream().anyMatch(season -> within(season, command.checkIn())
                    && within(season, lastNight));
            if (!inSeason) {
                return "this seasonal package's nights must lie inside one of its seasons";
            }
        }
        if (!terms.pricePerPerson().currency().equals(basePrice.currency())) {
            return "the package's currency differs from the room type's";
        }
        return null;
    }

    private static boolean within(DateRange range, LocalDate date) {
        return !date.isBefore(range.from()) && !date.isAfter(range.to());
    }

    private Rejected reject(HoldRoomsCommand command, HoldRejection reason, String detail) {
        apply(new RoomHoldRejectedEvent(roomTypeId, command.holdId(), command.bookingId(), command.productType(),
                command.productId(), reason, detail, command.at()));
        return new Rejected(reason, detail);
    }

    private String priceProblem(Money price) {
        if (price == null) {
            return null;
        }
        if (!price.currency().equals(basePrice.currency())) {
            return "the price must be in " + basePrice.currency();
        }
        if (price.isNegative()) {
            return "the price must not be negative";
        }
        return null;
    }

    private static InventoryOutcome invalid(String detail) {
        return new InventoryOutcome.Refused(InventoryOutcome.Reason.INVALID, detail);
    }

    private Money priceOf(Night night) {
        return night.priceOverride() != null ? night.priceOverride() : basePrice;
    }

    private static List<LocalDate> nightsOf(Hold hold) {
        List<LocalDate> dates = new ArrayList<>(hold.nights());
        for (int i = 0; i < hold.nights(); i++) {
            dates.add(hold.checkIn().plusDays(i));
        }
        return dates;
    }

    // ---- state ---------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(RoomCalendarCreatedEvent event) {
        roomTypeId = event.roomTypeId();
        listingId = event.listingId();
        providerId = event.providerId();
        capacity = event.capacity();
        basePrice = event.basePrice();
        defaultUnits = event.defaultUnits();
        saleable = event.saleable();
    }

    @EventSourcingHandler
    void on(RoomCalendarDetailsChangedEvent event) {
        capacity = event.capacity();
        basePrice = event.basePrice();
        defaultUnits = event.defaultUnits();
    }

    @EventSourcingHandler
    void on(RoomCalendarSaleabilityChangedEvent event) {
        saleable = event.saleable();
    }

    @EventSourcingHandler
    void on(RoomNightsOpenedEvent event) {
        Money override = event.priceOverridden() ? event.price() : null;
        for (LocalDate night : event.nights()) {
            nights.put(night, new Night(event.units(), 0, 0, override, false));
        }
    }

    @EventSourcingHandler
    void on(RoomNightChangedEvent event) {
        Night night = nights.get(event.night());
        nights.put(event.night(), new Night(event.units(), night.held(), night.sold(),
                event.priceOverridden() ? event.price() : null, event.closed()));
    }

    @EventSourcingHandler
    void on(RoomsHeldEvent event) {
        for (LocalDate date : event.nights()) {
            Night night = nights.get(date);
            nights.put(date, new Night(night.units(), night.held() + event.units(), night.sold(),
                    night.priceOverride(), night.closed()));
        }
        holds.put(event.holdId(), new Hold(event.bookingId(), event.nights().getFirst(), event.nights().size(),
                event.units(), HoldStatus.HELD));
    }

    @EventSourcingHandler
    void on(RoomHoldRejectedEvent event) {
        holds.put(event.holdId(), new Hold(event.bookingId(), null, 0, 0, HoldStatus.REJECTED));
    }

    @EventSourcingHandler
    void on(RoomHoldReleasedEvent event) {
        for (LocalDate date : event.nights()) {
            Night night = nights.get(date);
            nights.put(date, event.wasSold()
                    ? new Night(night.units(), night.held(), night.sold() - event.units(), night.priceOverride(), night.closed())
                    : new Night(night.units(), night.held() - event.units(), night.sold(), night.priceOverride(), night.closed()));
        }
        holds.put(event.holdId(), holds.get(event.holdId()).withStatus(HoldStatus.RELEASED));
    }

    @EventSourcingHandler
    void on(RoomHoldConfirmedEvent event) {
        for (LocalDate date : event.nights()) {
            Night night = nights.get(date);
            nights.put(date, new Night(night.units(), night.held() - event.units(), night.sold() + event.units(),
                    night.priceOverride(), night.closed()));
        }
        holds.put(event.holdId(), holds.get(event.holdId()).withStatus(HoldStatus.SOLD));
    }
}
