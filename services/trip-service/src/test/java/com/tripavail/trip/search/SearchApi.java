package com.tripavail.trip.search;

import com.tripavail.testsupport.HttpApi;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Route search requests for tests, each test class from a client address of its own (sent as X-Forwarded-For,
 * which the service trusts from the loopback proxy), so that per-address rate limits do not mix between classes.
 */
final class SearchApi {

    static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    private final HttpApi http;
    private final String clientAddress;

    SearchApi(int port) {
        this(port, "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255));
    }

    SearchApi(int port, String clientAddress) {
        this.http = new HttpApi(port);
        this.clientAddress = clientAddress;
    }

    HttpApi http() {
        return http;
    }

    String clientAddress() {
        return clientAddress;
    }

    HttpApi.Response search(Map<String, Object> body) {
        return search(body, null);
    }

    HttpApi.Response search(Map<String, Object> body, String token) {
        return raw(HttpApi.json(body), token);
    }

    HttpApi.Response raw(String body, String token) {
        Map<String, String> headers = new HashMap<>();
        headers.put("X-Forwarded-For", clientAddress);
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return http.postRaw("/api/routes/search", null, body, headers);
    }

    HttpApi.Response click(String searchId, int index, String token) {
        Map<String, String> headers = new HashMap<>();
        headers.put("X-Forwarded-For", clientAddress);
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return http.postRaw("/api/routes/search/" + searchId + "/routes/" + index + "/click", null, "", headers);
    }

    /** A Tuesday one to two weeks after the service's clock, within the demo feeds' calendar (2026–2027). */
    static LocalDate travelDate(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), IST).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
    }

    /** The walkthrough: Noida → Bangalore with a night in Agra. */
    static Map<String, Object> noidaToBangaloreViaAgra(LocalDate date, String preference) {
        Map<String, Object> body = new HashMap<>();
        body.put("origin", "Noida");
        body.put("destination", "Bangalore");
        body.put("stops", List.of(Map.of("place", "Agra", "minStayNights", 1)));
        body.put("date", date.toString());
        body.put("time", "05:00");
        body.put("passengers", 2);
        body.put("preference", preference);
        return body;
    }
}
