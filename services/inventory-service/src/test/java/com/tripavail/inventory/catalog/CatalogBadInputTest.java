package com.tripavail.inventory.catalog;

import static com.tripavail.inventory.catalog.CatalogSupport.departure;
import static com.tripavail.inventory.catalog.CatalogSupport.hotelPackage;
import static com.tripavail.inventory.catalog.CatalogSupport.listing;
import static com.tripavail.inventory.catalog.CatalogSupport.roomType;
import static com.tripavail.inventory.catalog.CatalogSupport.tourPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.inventory.InventoryIntegrationTest;
import com.tripavail.inventory.catalog.CatalogSupport.Provider;
import com.tripavail.testsupport.HttpApi;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad input on every catalogue endpoint is a 4xx problem that says what is wrong, never a 500,
 * and changes nothing: no catalogue event is stored.
 */
@InventoryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogBadInputTest {

    /** One bad request; {@code path} may name {listing}, {roomType}, {tour}. {@code body} null: raw text. */
    record Bad(String name, boolean tourOperator, String method, String path, String body, int status) {

        @Override
        public String toString() {
            return method + " " + path + ": " + name + " → " + status;
        }
    }

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;

    private CatalogSupport s;
    private Provider hotel;
    private Provider tours;
    private String listingId;
    private String roomTypeId;
    private String tourId;

    @BeforeAll
    void fixture() {
        s = new CatalogSupport(port, dsl);
        hotel = s.provider("HOTEL_MANAGER", "APPROVED");
        tours = s.provider("TOUR_OPERATOR", "APPROVED");
        String[] ids = s.listingWithRoomType(hotel, "Bad Input Hotel", "Jodhpur");
        listingId = ids[0];
        roomTypeId = ids[1];
        tourId = s.api.post("/api/tour-packages", tours.token(), tourPackage("Jodhpur")).expect(201).text("id");
    }

    static String with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return HttpApi.json(copy);
    }

    static Stream<Bad> badRequests() {
        Map<String, Object> l = listing("Hotel", "Jodhpur");
        Map<String, Object> r = roomType("Room", 2, "100", 1);
        Map<String, Object> p = hotelPackage("{listing}", "{roomType}", "FLEXIBLE");
        Map<String, Object> seasonal = new HashMap<>(p);
        seasonal.put("availabilityRule", "SEASONAL");
        Map<String, Object> t = tourPackage("Jodhpur");
        Map<String, Object> d = departure(TODAY.plusDays(5), 5);
        return Stream.of(
                new Bad("not JSON", false, "POST", "/api/listings", "{name:", 400),
                new Bad("empty body", false, "POST", "/api/listings", "", 400),
                new Bad("no name", false, "POST", "/api/listings", with(l, "name", null), 400),
                new Bad("blank city", false, "POST", "/api/listings", with(l, "city", " "), 400),
                new Bad("NUL in name", false, "POST", "/api/listings", with(l, "name", "a\u0000b"), 400),
                new Bad("unknown time zone", false, "POST", "/api/listings", with(l, "timeZone", "Mars/Base"), 422),
                new Bad("latitude 91", false, "POST", "/api/listings",
                        with(l, "location", Map.of("latitude", 91, "longitude", 0)), 400),
                new Bad("check-in not a time", false, "POST", "/api/listings", with(l, "checkInTime", "2pm"), 400),
                new Bad("country not ISO", false, "PUT", "/api/listings/{listing}", with(l, "countryCode", "India"),
                        400),
                new Bad("time zone change with room types", false, "PUT", "/api/listings/{listing}",
                        with(l, "timeZone", "Europe/Paris"), 422),
                new Bad("capacity 0", false, "POST", "/api/listings/{listing}/room-types", with(r, "capacity", 0), 400),
                new Bad("units 1001", false, "POST", "/api/listings/{listing}/room-types", with(r, "units", 1001),
                        400),
                new Bad("price as text", false, "POST", "/api/listings/{listing}/room-types",
                        with(r, "basePrice", Map.of("amount", "ten", "currency", "INR")), 400),
                new Bad("negative price", false, "POST", "/api/listings/{listing}/room-types",
                        with(r, "basePrice", Map.of("amount", -1, "currency", "INR")), 400),
                new Bad("lowercase currency", false, "POST", "/api/listings/{listing}/room-types",
                        with(r, "basePrice", Map.of("amount", 10, "currency", "inr")), 400),
                new Bad("other currency than the listing's", false, "POST", "/api/listings/{listing}/room-types",
                        with(r, "basePrice", Map.of("amount", 10, "currency", "EUR")), 422),
                new Bad("duplicate room type name", false, "POST", "/api/listings/{listing}/room-types",
                        with(r, "name", "deluxe"), 422),
                new Bad("unknown room type", false, "PUT", "/api/listings/{listing}/room-types/nope", HttpApi.json(r),
                        404),
                new Bad("unknown listing", false, "POST", "/api/listings/nope/archive", "", 404),
                new Bad("pause a draft", false, "POST", "/api/listings/{listing}/pause", "", 409),
                new Bad("unknown template", false, "POST", "/api/hotel-packages", with(p, "template", "SPACE"), 400),
                new Bad("no room types", false, "POST", "/api/hotel-packages", with(p, "roomTypeIds", List.of()), 400),
                new Bad("0 nights", false, "POST", "/api/hotel-packages", with(p, "nights", 0), 400),
                new Bad("seasonal without seasons", false, "POST", "/api/hotel-packages",
                        with(p, "availabilityRule", "SEASONAL"), 422),
                new Bad("season ends before it starts", false, "POST", "/api/hotel-packages",
                        with(seasonal, "seasons", List.of(Map.of("from", "2027-02-01", "to", "2027-01-01"))), 422),
                new Bad("a room type of nobody's listing", false, "POST", "/api/hotel-packages",
                        with(p, "roomTypeIds", List.of("nope")), 422),
                new Bad("unknown listing for a package", false, "POST", "/api/hotel-packages",
                        with(p, "listingId", "nope"), 404),
                new Bad("0 days", true, "POST", "/api/tour-packages", with(t, "durationDays", 0), 400),
                new Bad("no pickups", true, "POST", "/api/tour-packages", with(t, "pickups", List.of()), 400),
                new Bad("itinerary day after the tour", true, "POST", "/api/tour-packages",
                        with(t, "itinerary", List.of(Map.of("day", 4, "title", "x"))), 422),
                new Bad("501 seats", true, "POST", "/api/tour-packages", with(t, "maxSeats", 501), 400),
                new Bad("departure in the past", true, "POST", "/api/tour-packages/{tour}/departures",
                        with(d, "departureDate", TODAY.minusDays(1).toString()), 422),
                new Bad("more seats than the tour", true, "POST", "/api/tour-packages/{tour}/departures",
                        with(d, "seats", 13), 422),
                new Bad("departure not a date", true, "POST", "/api/tour-packages/{tour}/departures",
                        with(d, "departureDate", "tomorrow"), 400),
                new Bad("departure of an unknown tour", true, "POST", "/api/tour-packages/nope/departures",
                        HttpApi.json(d), 404),
                new Bad("search without dates", false, "GET", "/api/catalog/listings?city=Jodhpur", null, 400),
                new Bad("check-out before check-in", false, "GET",
                        "/api/catalog/listings?city=Jodhpur&checkIn=2027-01-05&checkOut=2027-01-01", null, 400),
                new Bad("31 nights", false, "GET",
                        "/api/catalog/listings?city=Jodhpur&checkIn=2027-01-01&checkOut=2027-02-01", null, 400),
                new Bad("0 guests", false, "GET",
                        "/api/catalog/listings?city=Jodhpur&checkIn=2027-01-01&checkOut=2027-01-02&guests=0", null,
                        400),
                new Bad("not a date", false, "GET",
                        "/api/catalog/hotel-packages?city=Jodhpur&from=soon&to=2027-01-02", null, 400),
                new Bad("to before from", false, "GET",
                        "/api/catalog/tour-packages?city=Jodhpur&from=2027-01-05&to=2027-01-01", null, 400),
                new Bad("unknown status", false, "GET", "/api/provider/products?status=GONE", null, 400));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void isAProblemAndChangesNothing(Bad bad) {
        long before = catalogEvents();
        String path = bad.path().replace("{listing}", listingId).replace("{roomType}", roomTypeId)
                .replace("{tour}", tourId);
        String body = bad.body() == null ? null
                : bad.body().replace("{listing}", listingId).replace("{roomType}", roomTypeId);
        String token = bad.tourOperator() ? tours.token() : hotel.token();
        var response = "GET".equals(bad.method()) ? s.api.get(path, token)
                : s.api.request(bad.method(), path, token, "application/json", body);
        response.expectProblem(bad.status());
        assertThat(catalogEvents()).as("catalogue events after %s", bad).isEqualTo(before);
    }

    private long catalogEvents() {
        return dsl.fetchCount(DSL.table("domainevententry"), DSL.field("payloadtype").in(
                Stream.of("ListingCreatedEvent", "ListingDetailsUpdatedEvent", "RoomTypeAddedEvent",
                        "RoomTypeUpdatedEvent", "ListingPublishedEvent", "ListingPausedEvent", "ListingArchivedEvent",
                        "HotelPackageCreatedEvent", "TourPackageCreatedEvent", "TourDepartureScheduledEvent")
                        .map(name -> "com.tripavail.inventory.event." + name).toList()));
    }
}
