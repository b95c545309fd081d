package com.tripavail.booking.flow;

import static com.tripavail.booking.flow.Marketplace.GOOD_CARD;
import static com.tripavail.booking.flow.Marketplace.WAIT;
import static com.tripavail.booking.flow.Marketplace.admin;
import static com.tripavail.booking.flow.Marketplace.traveller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.booking.BookingIntegrationTest;
import com.tripavail.booking.flow.Marketplace.Hotel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Many travellers, few rooms: travellers quote, then all ask for a hold at the same moment and
 * pay for what they got, each on a thread of their own through the REST API. Inventory grants
 * exactly what it has, booking confirms exactly those, refuses the rest with inventory's reason,
 * and the ledger holds one balanced confirmation per confirmed booking and nothing for the others.
 */
@BookingIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingRaceTest {

    static final LocalDate FIRST_NIGHT = LocalDate.now().plusDays(45);

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;

    Marketplace market;

    @BeforeAll
    void marketplace() {
        InventoryInProcess.context();
        market = new Marketplace(port, dsl);
    }

    /** What one traveller ended with: the booking after the hold, and after paying (null when not held). */
    record Attempt(String traveller, String bookingId, LocalDate checkIn, LocalDate checkOut, JsonNode held,
                   JsonNode paid) {

        String status() {
            return (paid != null ? paid : held).path("status").asString();
        }

        boolean covers(LocalDate night) {
            return !night.isBefore(checkIn) && night.isBefore(checkOut);
        }
    }

    @Test
    void twentyTravellersRaceForThreeRoomsOfTwoNights_exactlyThreeAreConfirmedAndTheOthersAreSoldOut() {
        Hotel hotel = market.hotel(3, "3500.00", FIRST_NIGHT, 2);
        LocalDate checkOut = FIRST_NIGHT.plusDays(2);

        List<Attempt> attempts = race(20, hotel, i -> new LocalDate[] {FIRST_NIGHT, checkOut});

        List<Attempt> confirmed = attempts.stream().filter(a -> a.status().equals("CONFIRMED")).toList();
        List<Attempt> refused = attempts.stream().filter(a -> !a.status().equals("CONFIRMED")).toList();
        assertThat(confirmed).hasSize(3);
        assertThat(refused).hasSize(17).allSatisfy(a -> {
            assertThat(a.status()).as("booking %s", a.bookingId()).isEqualTo("HOLD_REJECTED");
            assertThat(a.held().path("outcomeReason").asString()).isEqualTo("SOLD_OUT");
        });
        // 2 nights × 3,500 = 7,000 + 12 % taxes: every winner pays the same, and the price is fixed
        confirmed.forEach(a -> {
            assertThat(a.paid().at("/price/total/amount").decimalValue()).isEqualByComparingTo("7840");
            assertThat(a.paid().path("priceFixed").asBoolean()).isTrue();
        });
        // what travellers see later is what they were told
        String admin = admin();
        attempts.forEach(a -> assertThat(market.get(admin, a.bookingId()).path("status").asString())
                .as("booking %s", a.bookingId()).isEqualTo(a.status()));

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode nights = market.occupancy(hotel, FIRST_NIGHT, checkOut.minusDays(1));
            assertThat(nights).hasSize(2);
            nights.forEach(night -> {
                assertThat(night.path("sold").asInt()).as("night %s", night).isEqualTo(3);
                assertThat(night.path("held").asInt()).as("night %s", night).isZero();
            });
        });
        assertLedgerBalancedWithOneConfirmationEach(confirmed, refused);
    }

    @Test
    void travellersRaceForOverlappingStays_noNightIsOversoldAndOnlyFullNightsRefuse() {
        // four nights of two rooms; stays of one to four nights starting on different days
        Hotel hotel = market.hotel(2, "2000.00", FIRST_NIGHT, 4);
        List<LocalDate[]> stays = List.of(
                new LocalDate[] {FIRST_NIGHT, FIRST_NIGHT.plusDays(2)},
                new LocalDate[] {FIRST_NIGHT.plusDays(1), FIRST_NIGHT.plusDays(3)},
                new LocalDate[] {FIRST_NIGHT.plusDays(2), FIRST_NIGHT.plusDays(4)},
                new LocalDate[] {FIRST_NIGHT, FIRST_NIGHT.plusDays(4)},
                new LocalDate[] {FIRST_NIGHT.plusDays(3), FIRST_NIGHT.plusDays(4)},
                new LocalDate[] {FIRST_NIGHT.plusDays(1), FIRST_NIGHT.plusDays(2)});

        List<Attempt> attempts = race(18, hotel, i -> stays.get(i % stays.size()));

        List<Attempt> confirmed = attempts.stream().filter(a -> a.status().equals("CONFIRMED")).toList();
        List<Attempt> refused = attempts.stream().filter(a -> !a.status().equals("CONFIRMED")).toList();
        assertThat(confirmed).isNotEmpty();
        assertThat(refused).allSatisfy(a -> {
            assertThat(a.status()).as("booking %s", a.bookingId()).isEqualTo("HOLD_REJECTED");
            assertThat(a.held().path("outcomeReason").asString()).isEqualTo("SOLD_OUT");
        });
        Map<LocalDate, Long> soldPerNight = new HashMap<>();
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode nights = market.occupancy(hotel, FIRST_NIGHT, FIRST_NIGHT.plusDays(3));
            assertThat(nights).hasSize(4);
            nights.forEach(night -> {
                LocalDate date = LocalDate.parse(night.path("night").asString());
                long covering = confirmed.stream().filter(a -> a.covers(date)).count();
                // inventory sold exactly the confirmed bookings' rooms, never more than it has
                assertThat(night.path("sold").asInt()).as("night %s", night).isEqualTo(covering).isLessThanOrEqualTo(2);
                assertThat(night.path("held").asInt()).as("night %s", night).isZero();
                soldPerNight.put(date, covering);
            });
        });
        // nobody was refused while every night of their stay still had a room: holds only grew in this race
        refused.forEach(a -> assertThat(a.checkIn().datesUntil(a.checkOut()).map(soldPerNight::get))
                .as("nights of refused booking %s (%s to %s)", a.bookingId(), a.checkIn(), a.checkOut())
                .contains(2L));
        assertLedgerBalancedWithOneConfirmationEach(confirmed, refused);
    }

    /**
     * {@code travellers} travellers quote a stay each ({@code stayOf} their index), wait for one
     * another, then ask for the hold all at once and pay if they got it.
     */
    private List<Attempt> race(int travellers, Hotel hotel, Function<Integer, LocalDate[]> stayOf) {
        CyclicBarrier everyoneQuoted = new CyclicBarrier(travellers);
        List<Future<Attempt>> futures = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < travellers; i++) {
                LocalDate[] stay = stayOf.apply(i);
                futures.add(threads.submit(() -> {
                    String traveller = traveller();
                    String bookingId = market.quote(traveller, hotel, stay[0], stay[1], 1).path("bookingId")
                            .asString();
                    everyoneQuoted.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                    JsonNode held = market.hold(traveller, bookingId);
                    JsonNode paid = held.path("status").asString().equals("HOLD")
                            ? market.pay(traveller, bookingId, GOOD_CARD).expect(202).body() : null;
                    return new Attempt(traveller, bookingId, stay[0], stay[1], held, paid);
                }));
            }
        }
        return futures.stream().map(BookingRaceTest::outcome).toList();
    }

    private static Attempt outcome(Future<Attempt> attempt) {
        try {
            return attempt.get();
        } catch (ExecutionException e) {
            throw new AssertionError("a traveller's attempt failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** One confirmation posting per confirmed booking, balanced; nothing for refused ones; the whole ledger balanced. */
    private void assertLedgerBalancedWithOneConfirmationEach(List<Attempt> confirmed, List<Attempt> refused) {
        String admin = admin();
        await().atMost(WAIT).untilAsserted(() -> confirmed.forEach(a -> {
            JsonNode page = market.booking.get("/api/admin/ledger?bookingId=" + a.bookingId(), admin).expect(200)
                    .body();
            JsonNode entries = page.path("entries");
            List<JsonNode> travellerDebits = new ArrayList<>();
            entries.forEach(e -> {
                if (e.path("account").asString().equals("TRAVELER") && e.path("side").asString().equals("DEBIT")) {
                    travellerDebits.add(e);
                }
            });
            assertThat(travellerDebits).as("confirmation charges of %s", a.bookingId()).singleElement()
                    .satisfies(e -> assertThat(e.path("amount").decimalValue())
                            .isEqualByComparingTo(a.paid().at("/price/total/amount").decimalValue()));
            // traveller charge, provider earnings, commission: one posting of three lines
            assertThat(entries).as("entries of %s", a.bookingId()).hasSize(3);
            assertThat(page.path("balanced").asBoolean()).as("ledger of %s", a.bookingId()).isTrue();
            BigDecimal credits = page.at("/totals/0/credits").decimalValue();
            assertThat(credits).isEqualByComparingTo(a.paid().at("/price/total/amount").decimalValue());
        }));
        refused.forEach(a -> assertThat(market.booking.get("/api/admin/ledger?bookingId=" + a.bookingId(), admin)
                .expect(200).body().path("totalEntries").asLong()).as("entries of %s", a.bookingId()).isZero());
        JsonNode balance = market.booking.get("/api/admin/ledger/balance", admin).expect(200).body();
        assertThat(balance.path("balanced").asBoolean()).as("ledger balance %s", balance).isTrue();
        assertThat(balance.path("unbalancedBookings")).isEmpty();
    }
}
