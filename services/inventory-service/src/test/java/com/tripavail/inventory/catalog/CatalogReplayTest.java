package com.tripavail.inventory.catalog;

import static com.tripavail.inventory.catalog.CatalogSupport.hotelPackage;
import static com.tripavail.inventory.catalog.CatalogSupport.roomType;
import static com.tripavail.inventory.catalog.CatalogSupport.tourPackage;
import static com.tripavail.inventory.jooq.Tables.CATALOG_HOTEL_PACKAGE_VIEW;
import static com.tripavail.inventory.jooq.Tables.CATALOG_LISTING_VIEW;
import static com.tripavail.inventory.jooq.Tables.CATALOG_ROOM_TYPE_VIEW;
import static com.tripavail.inventory.jooq.Tables.CATALOG_TOUR_PACKAGE_VIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.inventory.InventoryIntegrationTest;
import com.tripavail.inventory.catalog.CatalogSupport.Provider;
import com.tripavail.inventory.query.catalog.HotelPackageCatalogProjection;
import com.tripavail.inventory.query.catalog.ListingCatalogProjection;
import com.tripavail.inventory.query.catalog.TourPackageCatalogProjection;
import com.tripavail.testsupport.HttpApi;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Replaying each catalogue projection through the admin API rebuilds identical rows. */
@InventoryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogReplayTest {

    /** A projection, its tables and the key each is ordered by. */
    record Projection(String name, List<Table<?>> tables, List<TableField<?, String>> keys) {

        @Override
        public String toString() {
            return name;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;

    private HttpApi api;
    private final String admin = CatalogSupport.admin();

    static Stream<Projection> projections() {
        return Stream.of(
                new Projection(ListingCatalogProjection.PROCESSING_GROUP,
                        List.of(CATALOG_LISTING_VIEW, CATALOG_ROOM_TYPE_VIEW),
                        List.of(CATALOG_LISTING_VIEW.LISTING_ID, CATALOG_ROOM_TYPE_VIEW.ROOM_TYPE_ID)),
                new Projection(HotelPackageCatalogProjection.PROCESSING_GROUP, List.of(CATALOG_HOTEL_PACKAGE_VIEW),
                        List.of(CATALOG_HOTEL_PACKAGE_VIEW.PACKAGE_ID)),
                new Projection(TourPackageCatalogProjection.PROCESSING_GROUP, List.of(CATALOG_TOUR_PACKAGE_VIEW),
                        List.of(CATALOG_TOUR_PACKAGE_VIEW.PACKAGE_ID)));
    }

    /** Products in every status, with room type updates, seasons, pauses by the provider and by a suspension. */
    @BeforeAll
    void products() {
        CatalogSupport s = new CatalogSupport(port, dsl);
        api = s.api;
        String city = CatalogSupport.uniqueCity();
        Provider hotel = s.provider("HOTEL_MANAGER", "APPROVED");
        Provider tours = s.provider("TOUR_OPERATOR", "APPROVED");
        for (int i = 0; i < 4; i++) {
            String[] ids = s.listingWithRoomType(hotel, "Replay " + i, city);
            api.request("PUT", "/api/listings/" + ids[0] + "/room-types/" + ids[1], hotel.token(), "application/json",
                    HttpApi.json(roomType("Deluxe " + i, 3, "4100.5", 4))).expect(202);
            if (i >= 1) {
                api.post("/api/listings/" + ids[0] + "/publish", hotel.token(), null).expect(202);
                var seasonal = new java.util.HashMap<>(hotelPackage(ids[0], ids[1], i == 1 ? "SEASONAL" : "FLEXIBLE"));
                if (i == 1) {
                    seasonal.put("seasons", List.of(Map.of("from", "2027-06-01", "to", "2027-06-30"),
                            Map.of("from", "2027-12-01", "to", "2027-12-31")));
                }
                String packageId = api.post("/api/hotel-packages", hotel.token(), seasonal).expect(201).text("id");
                api.post("/api/hotel-packages/" + packageId + "/publish", hotel.token(), null).expect(202);
            }
            if (i == 2) {
                api.post("/api/listings/" + ids[0] + "/pause", hotel.token(), null).expect(202);
            }
            if (i == 3) {
                api.post("/api/listings/" + ids[0] + "/archive", hotel.token(), null).expect(202);
            }
        }
        for (int i = 0; i < 3; i++) {
            String tourId = api.post("/api/tour-packages", tours.token(), tourPackage(city)).expect(201).text("id");
            api.post("/api/tour-packages/" + tourId + "/departures", tours.token(),
                    CatalogSupport.departure(LocalDate.now(ZoneOffset.UTC).plusDays(30 + i), 10)).expect(201);
            if (i > 0) {
                api.post("/api/tour-packages/" + tourId + "/publish", tours.token(), null).expect(202);
            }
        }
        s.verification(tours.providerId(), tours.userId(), "TOUR_OPERATOR", "SUSPENDED",
                Instant.parse("2026-05-01T00:00:00Z"));
        s.awaitStanding(tours.providerId(), "SUSPENDED");
    }

    @ParameterizedTest
    @MethodSource("projections")
    void replayRebuildsTheSameRows(Projection projection) {
        awaitCaughtUp(projection.name());
        List<List<Record>> before = rows(projection);
        assertThat(before.getFirst()).hasSizeGreaterThanOrEqualTo(3);

        // a row damaged by hand and one deleted: only a rebuild from the events restores them
        for (Table<?> table : projection.tables()) {
            String damagedKey = dsl.select(projection.keys().get(projection.tables().indexOf(table)))
                    .from(table).limit(1).fetchOne(0, String.class);
            dsl.deleteFrom(table).where(projection.keys().get(projection.tables().indexOf(table)).eq(damagedKey))
                    .execute();
        }
        assertThat(rows(projection)).isNotEqualTo(before);

        api.post("/api/admin/processors/" + projection.name() + "/replay", admin, null).expect(202);
        awaitCaughtUp(projection.name());

        assertThat(rows(projection)).isEqualTo(before);
    }

    private void awaitCaughtUp(String processor) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode status = api.get("/api/admin/processors/" + processor, admin).expect(200).body();
            assertThat(status.get("replaying").asBoolean()).as("replaying in %s", status).isFalse();
            assertThat(status.get("lag").asLong()).as("lag in %s", status).isZero();
            assertThat(status.get("error").asBoolean()).as("error in %s", status).isFalse();
        });
    }

    private List<List<Record>> rows(Projection projection) {
        return projection.tables().stream()
                .map(table -> dsl.selectFrom(table)
                        .orderBy(projection.keys().get(projection.tables().indexOf(table)))
                        .fetch().stream().map(r -> (Record) r).toList())
                .toList();
    }
}
