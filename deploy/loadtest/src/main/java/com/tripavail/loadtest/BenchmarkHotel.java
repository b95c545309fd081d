package com.tripavail.loadtest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * The hotel the benchmark books: a fresh listing of the seeded hotel manager with many room
 * types, each with many rooms open on a range of nights, created and published through
 * inventory's REST API as a provider would. Booking learns of it over Kafka; it is ready when
 * booking quotes every room type (201 instead of 422).
 *
 * @param firstNight the first open night
 * @param nights     open nights from {@code firstNight}
 */
record BenchmarkHotel(String listingId, List<String> roomTypeIds, LocalDate firstNight, int nights) {

    /** Inventory opens at most this many nights per call. */
    static final int MAX_NIGHTS_PER_CALL = 90;
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    static BenchmarkHotel create(BenchmarkHttp http, String inventory, String booking, String hotelToken,
                                 String travellerToken, int roomTypes, int units, LocalDate firstNight, int nights) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        BenchmarkHttp.Reply listing = http.post(inventory + "/api/listings", hotelToken, Map.of(
                        "name", "Benchmark Hotel " + run, "description", "Rooms for the booking benchmark",
                        "addressLine", "1 Benchmark Road", "city", "Agra", "countryCode", "IN",
                        "location", Map.of("latitude", 27.17, "longitude", 78.04), "timeZone", "Asia/Kolkata",
                        "checkInTime", "14:00", "checkOutTime", "11:00", "amenities", List.of("wifi")),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        OtpLogins.expect(listing, 201, "listing");
        String listingId = listing.field("id");

        List<String> roomTypeIds = new ArrayList<>();
        for (int i = 0; i < roomTypes; i++) {
            BenchmarkHttp.Reply roomType = http.post(inventory + "/api/listings/" + listingId + "/room-types",
                    hotelToken, Map.of("name", "Benchmark room " + (i + 1), "capacity", 2,
                            "bedConfiguration", "1 king",
                            "basePrice", Map.of("amount", BigDecimal.valueOf(3000 + 10L * i), "currency", "INR"),
                            "units", units));
            OtpLogins.expect(roomType, 201, "room type " + (i + 1));
            roomTypeIds.add(roomType.field("createdId"));
        }
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        for (String roomTypeId : roomTypeIds) {
            for (int offset = 0; offset < nights; offset += MAX_NIGHTS_PER_CALL) {
                LocalDate from = firstNight.plusDays(offset);
                LocalDate to = firstNight.plusDays(Math.min(offset + MAX_NIGHTS_PER_CALL, nights) - 1L);
                // the room type's calendar follows the listing's events: retry until it is there
                untilStatus(deadline, 202, "opening nights of " + roomTypeId, () -> http.post(
                        inventory + "/api/room-types/" + roomTypeId + "/inventory", hotelToken,
                        Map.of("from", from.toString(), "to", to.toString())));
            }
        }
        OtpLogins.expect(http.post(inventory + "/api/listings/" + listingId + "/publish", hotelToken, null), 202,
                "publishing the listing");

        BenchmarkHotel hotel = new BenchmarkHotel(listingId, List.copyOf(roomTypeIds), firstNight, nights);
        for (String roomTypeId : roomTypeIds) {
            untilStatus(deadline, 201, "booking's catalogue to quote " + roomTypeId,
                    () -> quote(http, booking, travellerToken, roomTypeId, firstNight, firstNight.plusDays(1)));
        }
        return hotel;
    }

    /** A random stay of 1 to {@code maxStay} nights in a random room type, inside the open nights. */
    Stay randomStay(int maxStay) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int length = 1 + random.nextInt(Math.min(maxStay, nights));
        LocalDate checkIn = firstNight.plusDays(random.nextInt(nights - length + 1));
        return new Stay(roomTypeIds.get(random.nextInt(roomTypeIds.size())), checkIn, checkIn.plusDays(length));
    }

    record Stay(String roomTypeId, LocalDate checkIn, LocalDate checkOut) {
    }

    static BenchmarkHttp.Reply quote(BenchmarkHttp http, String booking, String travellerToken, String roomTypeId,
                                     LocalDate checkIn, LocalDate checkOut) {
        return http.post(booking + "/api/bookings", travellerToken, Map.of("productType", "STAY",
                        "productId", roomTypeId, "checkIn", checkIn.toString(), "checkOut", checkOut.toString(),
                        "units", 1, "guests", 1),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    private static void untilStatus(long deadline, int status, String what,
                                    java.util.function.Supplier<BenchmarkHttp.Reply> call) {
        while (true) {
            BenchmarkHttp.Reply reply = call.get();
            if (reply.status() == status) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + ": still " + reply.summary());
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
    }
}
