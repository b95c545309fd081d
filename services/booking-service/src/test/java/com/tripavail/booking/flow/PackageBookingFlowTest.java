package com.tripavail.booking.flow;

import static com.tripavail.booking.flow.Marketplace.GOOD_CARD;
import static com.tripavail.booking.flow.Marketplace.WAIT;
import static com.tripavail.booking.flow.Marketplace.admin;
import static com.tripavail.booking.flow.Marketplace.traveller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.booking.BookingIntegrationTest;
import com.tripavail.booking.flow.Marketplace.Hotel;
import com.tripavail.booking.flow.Marketplace.Tour;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The two other product types end to end, with the real inventory service: a hotel package
 * (persons × price per person, its nights taken from the room type) and a tour departure
 * (seats × seat price), each quoted, held, paid and confirmed, with their type's rates.
 */
@BookingIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackageBookingFlowTest {

    static final LocalDate CHECK_IN = LocalDate.now().plusDays(50);

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

    @Test
    void aHotelPackageForTwoIsQuotedPerPersonHeldOnTheRoomsNightsPaidAndConfirmed() {
        Hotel hotel = market.hotel(2, "4000.00", CHECK_IN, 5);
        String packageId = market.hotelPackage(hotel, "5000.00", 2);
        String traveller = traveller();

        JsonNode quote = market.quote(traveller, Map.of("productType", "HOTEL_PACKAGE",
                "productId", packageId + "#" + hotel.roomTypeId(), "checkIn", CHECK_IN.toString(), "units", 1,
                "guests", 2));
        String bookingId = quote.path("bookingId").asString();
        assertThat(quote.path("productType").asString()).isEqualTo("HOTEL_PACKAGE");
        assertThat(quote.path("endDate").asString()).isEqualTo(CHECK_IN.plusDays(2).toString());
        // 2 persons × 5,000 = 10,000 (not the room's nightly price); taxes 12 % = 1,200; commission 12 % = 1,200
        assertPrice(quote, "10000", "1200", "11200", "1200", "10000");

        JsonNode held = market.hold(traveller, bookingId);
        assertThat(held.path("status").asString()).isEqualTo("HOLD");
        assertPrice(held, "10000", "1200", "11200", "1200", "10000");

        JsonNode paid = market.pay(traveller, bookingId, GOOD_CARD).expect(202).body();
        assertThat(paid.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(paid.path("priceFixed").asBoolean()).isTrue();
        assertPrice(paid, "10000", "1200", "11200", "1200", "10000");

        // inventory sold one room on both of the package's nights, and the night after is untouched
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode nights = market.occupancy(hotel, CHECK_IN, CHECK_IN.plusDays(2));
            assertThat(nights).hasSize(3);
            assertThat(sold(nights)).containsExactly(1, 1, 0);
            nights.forEach(night -> assertThat(night.path("held").asInt()).isZero());
        });
        assertConfirmationPosted(bookingId, "11200", "10000", "1200");
    }

    @Test
    void twoSeatsOfATourDepartureAreQuotedPerSeatHeldPaidAndConfirmed() {
        Tour tour = market.tour(CHECK_IN.plusDays(3), 3, 10, "2500.00");
        String traveller = traveller();

        JsonNode quote = market.quote(traveller, Map.of("productType", "TOUR_PACKAGE", "productId", tour.packageId(),
                "departureId", tour.departureId(), "units", 2, "guests", 2));
        String bookingId = quote.path("bookingId").asString();
        assertThat(quote.path("departureId").asString()).isEqualTo(tour.departureId());
        assertThat(quote.path("startDate").asString()).isEqualTo(tour.departureDate().toString());
        assertThat(quote.path("endDate").asString()).isEqualTo(tour.departureDate().plusDays(2).toString());
        // 2 seats × 2,500 = 5,000; taxes 5 % = 250; commission 10 % = 500
        assertPrice(quote, "5000", "250", "5250", "500", "4750");

        JsonNode held = market.hold(traveller, bookingId);
        assertThat(held.path("status").asString()).isEqualTo("HOLD");
        assertPrice(held, "5000", "250", "5250", "500", "4750");

        JsonNode paid = market.pay(traveller, bookingId, GOOD_CARD).expect(202).body();
        assertThat(paid.path("status").asString()).isEqualTo("CONFIRMED");
        assertPrice(paid, "5000", "250", "5250", "500", "4750");

        // the operator sees two of ten seats sold, none held
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode departures = market.inventory.get("/api/provider/departures?from=" + tour.departureDate()
                    + "&to=" + tour.departureDate(), tour.operator().token()).expect(200).body();
            assertThat(departures).hasSize(1);
            JsonNode departure = departures.get(0);
            assertThat(departure.path("departureId").asString()).isEqualTo(tour.departureId());
            assertThat(departure.path("sold").asInt()).isEqualTo(2);
            assertThat(departure.path("held").asInt()).isZero();
            assertThat(departure.path("free").asInt()).isEqualTo(8);
        });
        assertThat(market.get(tour.operator().token(), bookingId).path("status").asString()).isEqualTo("CONFIRMED");
        assertConfirmationPosted(bookingId, "5250", "4750", "500");
    }

    private static void assertPrice(JsonNode booking, String subtotal, String taxes, String total, String commission,
                                    String providerEarnings) {
        assertThat(booking.at("/price/subtotal/amount").decimalValue()).as("subtotal").isEqualByComparingTo(subtotal);
        assertThat(booking.at("/price/taxes/amount").decimalValue()).as("taxes").isEqualByComparingTo(taxes);
        assertThat(booking.at("/price/total/amount").decimalValue()).as("total").isEqualByComparingTo(total);
        assertThat(booking.at("/price/commission/amount").decimalValue()).as("commission")
                .isEqualByComparingTo(commission);
        assertThat(booking.at("/price/providerEarnings/amount").decimalValue()).as("provider earnings")
                .isEqualByComparingTo(providerEarnings);
    }

    private static List<Integer> sold(JsonNode nights) {
        List<Integer> sold = new ArrayList<>();
        nights.forEach(night -> sold.add(night.path("sold").asInt()));
        return sold;
    }

    /** DEBIT TRAVELER total = CREDIT PROVIDER_EARNINGS + CREDIT COMMISSION, once. */
    private void assertConfirmationPosted(String bookingId, String total, String earnings, String commission) {
        String admin = admin();
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode page = market.booking.get("/api/admin/ledger?bookingId=" + bookingId, admin).expect(200).body();
            List<String> lines = new ArrayList<>();
            page.path("entries").forEach(e -> lines.add(e.path("side").asString() + " " + e.path("account").asString()
                    + " " + e.path("amount").decimalValue().stripTrailingZeros().toPlainString()));
            assertThat(lines).containsExactlyInAnyOrder("DEBIT TRAVELER " + total,
                    "CREDIT PROVIDER_EARNINGS " + earnings, "CREDIT COMMISSION " + commission);
            assertThat(page.path("balanced").asBoolean()).isTrue();
        });
    }
}
