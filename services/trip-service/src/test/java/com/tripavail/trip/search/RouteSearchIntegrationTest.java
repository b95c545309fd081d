package com.tripavail.trip.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.testsupport.MutableClock;
import com.tripavail.testsupport.TestJwt;
import com.tripavail.trip.TripIntegrationTest;
import com.tripavail.trip.event.RouteSnapshot;
import com.tripavail.trip.query.search.SearchResults;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Route search over the demo feeds through REST: places, routes, stays, discounts and the result cache. */
@TripIntegrationTest
class RouteSearchIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    SearchResults searchResults;

    SearchApi api;
    LocalDate date;

    @BeforeEach
    void setUp() {
        api = new SearchApi(port);
        date = SearchApi.travelDate(clock);
    }

    @Test
    void givenTheDemoFeeds_whenSearchingNoidaToBangaloreWithANightInAgra_thenRoutesHaveLegsAStayAndPrices() {
        JsonNode fastest = api.search(SearchApi.noidaToBangaloreViaAgra(date, "FASTEST"), TestJwt.token(newUser(), "TRAVELER"))
                .expect(200).body();
        JsonNode cheapest = api.search(SearchApi.noidaToBangaloreViaAgra(date, "CHEAPEST")).expect(200).body();

        assertThat(fastest.path("origin").path("kind").asString()).isEqualTo("CITY");
        assertThat(fastest.path("origin").path("name").asString()).isEqualTo("Noida");
        assertThat(stopIds(fastest.path("origin"))).contains("bus-demo:NOIDA_S37");
        assertThat(fastest.path("destination").path("name").asString()).isEqualTo("Bengaluru");
        assertThat(stopIds(fastest.path("stops").get(0).path("place"))).contains("bus-demo:AGRA_ISBT", "rail-demo:AGC");
        assertThat(fastest.path("routes").size()).isGreaterThan(1);
        for (JsonNode route : fastest.path("routes")) {
            JsonNode legs = route.path("legs");
            assertThat(legs.get(0).path("fromStopId").asString()).isEqualTo("bus-demo:NOIDA_S37");
            JsonNode stay = only(legs, "STAY");
            assertThat(stay.path("city").asString()).isEqualTo("Agra");
            assertThat(stay.path("bookingPlatform").asString()).isEqualTo("TripAvail");
            assertThat(stay.path("durationMinutes").asLong()).isGreaterThan(8 * 60);
            long perPassenger = 0;
            for (int i = 0; i < legs.size(); i++) {
                JsonNode leg = legs.get(i);
                assertThat(leg.path("index").asInt()).isEqualTo(i);
                if (leg.path("kind").asString().equals("TRANSIT")) {
                    assertThat(leg.path("bookingPlatform").asString()).isNotBlank();
                    assertThat(leg.path("pricePerPassenger").path("amount").decimalValue()).isPositive();
                    perPassenger += leg.path("pricePerPassenger").path("amount").decimalValue().movePointRight(2).longValueExact();
                }
            }
            assertThat(route.path("totalPrice").path("amount").decimalValue().movePointRight(2).longValueExact())
                    .isEqualTo(perPassenger * 2);
            assertThat(route.path("totalPrice").path("currency").asString()).isEqualTo("INR");
        }
        JsonNode fastestFirst = fastest.path("routes").get(0);
        JsonNode cheapestFirst = cheapest.path("routes").get(0);
        assertThat(modes(fastestFirst)).contains("AIR");
        assertThat(transitLeg(fastestFirst, "AIR").path("bookingPlatform").asString()).isEqualTo("SkyDemo Airways (DEMO DATA)");
        assertThat(modes(cheapestFirst)).doesNotContain("AIR").contains("RAIL");
        assertThat(transitLeg(cheapestFirst, "RAIL").path("bookingPlatform").asString()).isEqualTo("IRCTC");
        assertThat(transitLeg(cheapestFirst, "RAIL").path("deepLink").asString())
                .startsWith("https://www.irctc.co.in/").contains("from=AGC", "to=SBC", "passengers=2");
        assertThat(amount(cheapestFirst)).isLessThan(amount(fastestFirst));
        assertThat(cheapestFirst.path("arrival").asString()).isGreaterThan(fastestFirst.path("arrival").asString());
        assertThat(fastest.path("staySuggestions").get(0).path("city").asString()).isEqualTo("Agra");
    }

    @Test
    void givenPlacesAsStopIdsNamesAndCoordinates_whenSearching_thenEachIsResolvedToItsStops() {
        Map<String, Object> byIds = request("bus-demo:NOIDA_S37", "SBC");
        JsonNode answer = api.search(byIds).expect(200).body();
        assertThat(answer.path("origin").path("kind").asString()).isEqualTo("STOP");
        assertThat(stopIds(answer.path("destination"))).containsExactly("rail-demo:SBC");
        assertThat(answer.path("routes").size()).isPositive();

        JsonNode byStopName = api.search(request("Majestic", "Agra Cantt railway station")).expect(200).body();
        assertThat(stopIds(byStopName.path("origin"))).containsExactly("bus-demo:MAJESTIC");
        assertThat(stopIds(byStopName.path("destination"))).containsExactly("rail-demo:AGC");

        Map<String, Object> byCoordinates = request("28.5672,77.3260", Map.of("lat", 12.9781, "lon", 77.5697));
        JsonNode near = api.search(byCoordinates).expect(200).body();
        assertThat(near.path("origin").path("kind").asString()).isEqualTo("COORDINATES");
        assertThat(stopIds(near.path("origin"))).containsExactly("bus-demo:NOIDA_S37");
        assertThat(stopIds(near.path("destination"))).contains("rail-demo:SBC", "bus-demo:MAJESTIC");
        assertThat(near.path("routes").size()).isPositive();
    }

    @Test
    void givenAStudent_whenSearching_thenRailLegsCostTenPercentLess() {
        Map<String, Object> body = SearchApi.noidaToBangaloreViaAgra(date, "CHEAPEST");
        JsonNode full = api.search(body).expect(200).body();
        body.put("profession", "STUDENT");
        JsonNode student = api.search(body).expect(200).body();

        assertThat(student.path("searchId").asString()).isNotEqualTo(full.path("searchId").asString());
        JsonNode discounted = student.path("routes").get(0);
        JsonNode same = sameRoute(full, discounted);
        assertThat(discounted.path("discountProfession").asString()).isEqualTo("STUDENT");
        assertThat(amount(discounted)).isLessThan(amount(same));
        assertThat(discounted.path("totalPriceBeforeDiscount").path("amount").decimalValue()).isEqualByComparingTo(amount(same));
        for (int i = 0; i < discounted.path("legs").size(); i++) {
            JsonNode leg = discounted.path("legs").get(i);
            BigDecimal before = same.path("legs").get(i).path("pricePerPassenger").path("amount").decimalValue();
            BigDecimal after = leg.path("pricePerPassenger").path("amount").decimalValue();
            if (leg.path("mode").asString().equals("RAIL")) {
                assertThat(after).isEqualByComparingTo(before.multiply(new BigDecimal("0.9")).setScale(2, RoundingMode.HALF_UP));
            } else if (leg.path("mode").asString().equals("COACH")) {
                assertThat(after).isLessThan(before);
            } else if (!leg.path("kind").asString().equals("TRANSIT")) {
                assertThat(after).isEqualByComparingTo(BigDecimal.ZERO);
            }
        }
    }

    @Test
    void givenAnEqualRequest_withinFifteenMinutes_thenTheSameSearchIsAnswered_andAfterwardsANewOne() {
        Map<String, Object> body = request("Delhi", "Goa");
        body.put("time", "09:30:20");
        JsonNode first = api.search(body).expect(200).body();
        body.put("time", "09:30:50");
        JsonNode again = api.search(body).expect(200).body();
        Map<String, Object> sameStops = request("Delhi", "Goa");
        sameStops.put("time", "09:30");
        sameStops.put("origin", "New Delhi");
        JsonNode byOtherName = api.search(sameStops).expect(200).body();

        String searchId = first.path("searchId").asString();
        assertThat(first.path("cached").asBoolean()).isFalse();
        assertThat(again.path("searchId").asString()).isEqualTo(searchId);
        assertThat(again.path("cached").asBoolean()).isTrue();
        assertThat(byOtherName.path("searchId").asString()).isEqualTo(searchId);
        assertThat(again.path("routes")).isEqualTo(first.path("routes"));
        RouteSnapshot offered = searchResults.route(searchId, 0).orElseThrow();
        assertThat(offered.searchId()).isEqualTo(searchId);
        assertThat(offered.totalPrice().amount()).isEqualByComparingTo(amount(first.path("routes").get(0)));

        clock.advance(Duration.ofMinutes(16));
        JsonNode later = api.search(body).expect(200).body();
        assertThat(later.path("searchId").asString()).isNotEqualTo(searchId);
        assertThat(later.path("cached").asBoolean()).isFalse();
        assertThat(searchResults.route(searchId, 0)).as("kept for trips after the cache expired").isPresent();

        clock.advance(Duration.ofHours(24));
        assertThat(searchResults.route(searchId, 0)).isEmpty();
        api.click(searchId, 0, null).expectProblem(404);
    }

    @Test
    void givenBadInput_whenSearching_thenProblemsSayWhatIsWrong() {
        Map<String, Object> unknown = request("Atlantis", "Agra");
        assertThat(api.search(unknown).expectProblem(422).detail()).contains("Atlantis");

        Map<String, Object> past = request("Delhi", "Agra");
        past.put("date", date.minusYears(1).minusWeeks(2).toString());
        assertThat(api.search(past).expectProblem(422).detail()).contains("past");

        Map<String, Object> none = request("Delhi", "Agra");
        none.put("passengers", 0);
        assertThat(api.search(none).expectProblem(400).detail()).contains("passengers");
        Map<String, Object> crowd = request("Delhi", "Agra");
        crowd.put("passengers", 10);
        api.search(crowd).expectProblem(400);

        Map<String, Object> tooManyStops = request("Delhi", "Bangalore");
        List<Map<String, Object>> stops = new ArrayList<>();
        for (String city : List.of("Agra", "Jaipur", "Mumbai", "Goa", "Agra", "Jaipur")) {
            stops.add(Map.of("place", city, "minStayHours", 2));
        }
        tooManyStops.put("stops", stops);
        assertThat(api.search(tooManyStops).expectProblem(400).detail()).contains("5");

        assertThat(api.search(request("Agra", "agra")).expectProblem(422).detail()).contains("same place");
        assertThat(api.search(request("Agra", "Agra Cantt railway station")).expectProblem(422).detail()).contains("same place");

        Map<String, Object> noDate = request("Delhi", "Agra");
        noDate.remove("date");
        api.search(noDate).expectProblem(400);
        Map<String, Object> numberAsPlace = request("Delhi", "Agra");
        numberAsPlace.put("origin", 42);
        api.search(numberAsPlace).expectProblem(400);
        Map<String, Object> badCoordinates = request("Delhi", "Agra");
        badCoordinates.put("origin", Map.of("lat", 123.0, "lon", 77.0));
        api.search(badCoordinates).expectProblem(400);
        Map<String, Object> badPreference = request("Delhi", "Agra");
        badPreference.put("preference", "SLOWEST");
        api.search(badPreference).expectProblem(400);
        api.raw("{\"origin\": ", null).expectProblem(400);
    }

    private Map<String, Object> request(Object origin, Object destination) {
        Map<String, Object> body = new HashMap<>();
        body.put("origin", origin);
        body.put("destination", destination);
        body.put("date", date.toString());
        body.put("time", "06:00");
        body.put("passengers", 1);
        body.put("preference", "FASTEST");
        return body;
    }

    static String newUser() {
        return "traveller-" + UUID.randomUUID();
    }

    static List<String> stopIds(JsonNode place) {
        List<String> ids = new ArrayList<>();
        place.path("stops").forEach(stop -> ids.add(stop.path("id").asString()));
        return ids;
    }

    static List<String> modes(JsonNode route) {
        List<String> modes = new ArrayList<>();
        route.path("legs").forEach(leg -> modes.add(leg.path("mode").asString()));
        return modes;
    }

    static BigDecimal amount(JsonNode route) {
        return route.path("totalPrice").path("amount").decimalValue();
    }

    private static JsonNode only(JsonNode legs, String kind) {
        List<JsonNode> found = new ArrayList<>();
        legs.forEach(leg -> {
            if (leg.path("kind").asString().equals(kind)) {
                found.add(leg);
            }
        });
        assertThat(found).as("%s legs in %s", kind, legs).hasSize(1);
        return found.getFirst();
    }

    private static JsonNode transitLeg(JsonNode route, String mode) {
        for (JsonNode leg : route.path("legs")) {
            if (leg.path("mode").asString().equals(mode)) {
                return leg;
            }
        }
        throw new AssertionError("no " + mode + " leg in " + route);
    }

    /** The route of {@code answer} with the same legs (vehicles and times) as {@code route}. */
    private static JsonNode sameRoute(JsonNode answer, JsonNode route) {
        for (JsonNode candidate : answer.path("routes")) {
            if (signature(candidate).equals(signature(route))) {
                return candidate;
            }
        }
        throw new AssertionError("no route like " + route + " in " + answer);
    }

    private static List<String> signature(JsonNode route) {
        List<String> legs = new ArrayList<>();
        route.path("legs").forEach(leg -> legs.add(leg.path("routeName").asString() + "@" + leg.path("departure").asString()));
        return legs;
    }
}
