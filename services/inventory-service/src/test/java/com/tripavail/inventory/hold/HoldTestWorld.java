package com.tripavail.inventory.hold;

import static com.tripavail.inventory.jooq.Tables.PROVIDER_STANDING;

import com.tripavail.contracts.Money;
import com.tripavail.inventory.command.hold.ChangeDepartureSaleabilityCommand;
import com.tripavail.inventory.command.hold.ChangeRoomCalendarSaleabilityCommand;
import com.tripavail.inventory.command.hold.CreateDepartureSeatsCommand;
import com.tripavail.inventory.command.hold.CreateRoomCalendarCommand;
import com.tripavail.inventory.command.hold.HoldTables;
import com.tripavail.inventory.command.hold.OpenRoomNightsCommand;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jooq.DSLContext;

/**
 * Calendars and departures for integration tests, made the way the catalogue follower makes
 * them (routing row + create command + saleability), with unique ids so tests never collide.
 */
final class HoldTestWorld {

    static final Money BASE = Money.of("100.00", "INR");
    static final Instant AT = Instant.parse("2026-11-01T09:00:00Z");

    private final CommandGateway commands;
    private final HoldTables tables;
    private final DSLContext dsl;

    HoldTestWorld(CommandGateway commands, HoldTables tables, DSLContext dsl) {
        this.commands = commands;
        this.tables = tables;
        this.dsl = dsl;
    }

    static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** A saleable calendar of {@code providerId} with nights {@code from}..{@code from + nights - 1} open at {@code units}. */
    String publishedCalendar(String providerId, LocalDate from, int nights, int units) {
        String roomTypeId = id("room");
        String listingId = id("listing");
        tables.addRoomType(roomTypeId, listingId, providerId);
        commands.sendAndWait(new CreateRoomCalendarCommand(roomTypeId, listingId, providerId, "Asia/Kolkata", 4, BASE,
                units, false, AT));
        commands.sendAndWait(new ChangeRoomCalendarSaleabilityCommand(roomTypeId, true, AT));
        commands.sendAndWait(new OpenRoomNightsCommand(roomTypeId, from, from.plusDays(nights - 1L), units, null, AT));
        return roomTypeId;
    }

    /** A saleable departure of a tour package; returns {packageId, departureId}. */
    String[] publishedDeparture(String providerId, LocalDate date, int seats) {
        String packageId = id("tour");
        String departureId = id("dep");
        tables.addDeparture(departureId, packageId, providerId);
        commands.sendAndWait(new CreateDepartureSeatsCommand(departureId, packageId, providerId, date, seats,
                Money.of("1500", "INR"), false, AT));
        commands.sendAndWait(new ChangeDepartureSaleabilityCommand(departureId, true, AT));
        return new String[] {packageId, departureId};
    }

    /** The catalogue's record that {@code userId} is provider {@code providerId}. */
    void providerUser(String providerId, String userId) {
        dsl.insertInto(PROVIDER_STANDING)
                .set(PROVIDER_STANDING.PROVIDER_ID, providerId)
                .set(PROVIDER_STANDING.USER_ID, userId)
                .set(PROVIDER_STANDING.PROVIDER_TYPE, "HOTEL_MANAGER")
                .set(PROVIDER_STANDING.STATUS, "APPROVED")
                .set(PROVIDER_STANDING.UPDATED_AT, OffsetDateTime.now())
                .onConflictDoNothing()
                .execute();
    }
}
