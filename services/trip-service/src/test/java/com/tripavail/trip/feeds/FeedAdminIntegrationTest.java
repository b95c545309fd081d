package com.tripavail.trip.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.testsupport.HttpApi;
import com.tripavail.testsupport.MutableClock;
import com.tripavail.testsupport.TestJwt;
import com.tripavail.trip.TripIntegrationTest;
import com.tripavail.trip.routing.ActiveNetwork;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Feed imports through the admin API: a good feed joins the network in service, a broken one changes nothing. */
@TripIntegrationTest
class FeedAdminIntegrationTest {

    /** A one-line test feed: a daily bus from Mysuru to Bengaluru, which no demo feed has. */
    private static final Map<String, String> MYSURU_FEED = Map.of(
            "agency.txt", """
                    agency_id,agency_name,agency_url,agency_timezone
                    MYS,Mysuru Test Shuttle (TEST DATA),https://tripavail.local/test-mysuru,Asia/Kolkata
                    """,
            "stops.txt", """
                    stop_id,stop_name,stop_lat,stop_lon
                    MYS,Mysuru Junction (test),12.3169,76.6455
                    BLR_CITY,Bengaluru City test stop,12.9775,77.5700
                    """,
            "routes.txt", """
                    route_id,agency_id,route_short_name,route_long_name,route_type
                    SHUTTLE,MYS,M1,Mysuru - Bengaluru test shuttle,3
                    """,
            "trips.txt", """
                    route_id,service_id,trip_id
                    SHUTTLE,DAILY,M1-0700
                    """,
            "calendar.txt", """
                    service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date
                    DAILY,1,1,1,1,1,1,1,20260101,20271231
                    """,
            "stop_times.txt", """
                    trip_id,arrival_time,departure_time,stop_id,stop_sequence
                    M1-0700,07:00:00,07:00:00,MYS,1
                    M1-0700,10:00:00,10:00:00,BLR_CITY,2
                    """);

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    ActiveNetwork activeNetwork;

    HttpApi api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        admin = TestJwt.token("admin-" + UUID.randomUUID(), "ADMIN");
    }

    @Test
    void givenTheDemoFeeds_whenListingFeeds_thenEachIsActiveWithItsVersion_andOnlyAdminsMayLook() {
        JsonNode feeds = api.get("/api/admin/feeds", admin).expect(200).body();

        for (String demo : List.of("rail-demo", "bus-demo", "air-demo")) {
            JsonNode feed = active(feeds, demo);
            assertThat(feed.path("version").asString()).isEqualTo("demo-2026.1");
            assertThat(feed.path("stops").asInt()).isPositive();
            assertThat(feed.path("stopTimes").asLong()).isPositive();
            assertThat(feed.path("source").asString()).isEqualTo("classpath:demo-feeds/" + demo);
        }
        api.get("/api/admin/feeds", TestJwt.token("someone", "TRAVELER")).expectProblem(403);
        api.get("/api/admin/feeds", null).expectProblem(401);
    }

    @Test
    void givenAGoodFeedOnTheServer_whenImported_thenTheNetworkIsSwappedAndFindsItsRoute() throws IOException {
        Map<String, Object> mysuruToBangalore = search("Mysuru", "Bangalore");
        assertThat(api.post("/api/routes/search", null, mysuruToBangalore).expectProblem(422).detail()).contains("Mysuru");
        String versionBefore = activeNetwork.current().orElseThrow().version();
        Path feed = writeFeed("mysuru-" + UUID.randomUUID(), MYSURU_FEED);

        JsonNode started = api.post("/api/admin/feeds/imports", admin,
                Map.of("feeds", List.of(Map.of("name", "mysuru-test", "path", feed.toString())))).expect(202).body();
        JsonNode done = awaitFinished(started.path("importId").asString());

        assertThat(done.path("status").asString()).as("%s", done).isEqualTo("SUCCEEDED");
        assertThat(done.path("percent").asInt()).isEqualTo(100);
        assertThat(done.path("counts").path("feeds").asInt()).isEqualTo(4);
        assertThat(done.path("log").toString()).contains("mysuru-test read and valid", "in service");
        assertThat(activeNetwork.current().orElseThrow().version()).isNotEqualTo(versionBefore);
        JsonNode answer = api.post("/api/routes/search", null, mysuruToBangalore).expect(200).body();
        assertThat(answer.path("routes").get(0).path("legs").get(0).path("operator").asString())
                .isEqualTo("Mysuru Test Shuttle (TEST DATA)");
        assertThat(api.post("/api/routes/search", null, search("Noida", "Agra")).expect(200).body().path("routes").size())
                .as("the demo feeds stay in service").isPositive();
        JsonNode mysuru = active(api.get("/api/admin/feeds", admin).expect(200).body(), "mysuru-test");
        assertThat(mysuru.path("version").asString()).as("no feed_info: a content hash").startsWith("sha256:");
        assertThat(mysuru.path("importId").asString()).isEqualTo(started.path("importId").asString());
    }

    @Test
    void givenABrokenFeedUploaded_whenImported_thenTheReportSaysWhatIsWrong_andNothingChanges() throws IOException {
        String versionBefore = activeNetwork.current().orElseThrow().version();
        Map<String, String> broken = new HashMap<>(MYSURU_FEED);
        broken.put("stop_times.txt", """
                trip_id,arrival_time,departure_time,stop_id,stop_sequence
                M1-0700,07:00:00,07:00:00,MYS,1
                M1-0700,10:00:00,10:00:00,NOWHERE,2
                """);
        byte[] zip = zip(broken);

        JsonNode started = upload("broken-test", zip).expect(202).body();
        JsonNode done = awaitFinished(started.path("importId").asString());

        assertThat(done.path("status").asString()).isEqualTo("FAILED");
        JsonNode report = done.path("report").get(0);
        assertThat(report.path("feed").asString()).isEqualTo("broken-test");
        assertThat(report.path("totalProblems").asInt()).isPositive();
        JsonNode problem = report.path("problems").get(0);
        assertThat(problem.path("file").asString()).isEqualTo("stop_times.txt");
        assertThat(problem.path("line").asLong()).isEqualTo(3);
        assertThat(problem.path("problem").asString()).contains("NOWHERE");
        assertThat(done.path("log").toString()).contains("Nothing changed");
        assertThat(activeNetwork.current().orElseThrow().version()).isEqualTo(versionBefore);
        JsonNode feeds = api.get("/api/admin/feeds", admin).expect(200).body();
        List<String> statuses = new ArrayList<>();
        feeds.forEach(f -> {
            if (f.path("name").asString().equals("broken-test")) {
                statuses.add(f.path("status").asString());
            }
        });
        assertThat(statuses).containsExactly("REJECTED");
    }

    @Test
    void givenBadImportRequests_thenProblems() {
        api.post("/api/admin/feeds/imports", admin, Map.of("feeds", List.of())).expectProblem(400);
        api.post("/api/admin/feeds/imports", admin,
                Map.of("feeds", List.of(Map.of("name", "bad:name", "path", "/tmp")))).expectProblem(400);
        api.post("/api/admin/feeds/imports", admin,
                Map.of("feeds", List.of(Map.of("name", "missing", "path", "/nonexistent/feed.zip")))).expectProblem(422);
        api.get("/api/admin/feeds/imports/" + UUID.randomUUID(), admin).expectProblem(404);
        api.post("/api/admin/feeds/imports", TestJwt.token("someone", "TRAVELER"),
                Map.of("feeds", List.of(Map.of("name", "x", "path", "/tmp")))).expectProblem(403);
    }

    private JsonNode awaitFinished(String importId) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = api.get("/api/admin/feeds/imports/" + importId, admin).expect(200).body();
            return !last[0].path("status").asString().equals("RUNNING");
        });
        return last[0];
    }

    private HttpApi.Response upload(String name, byte[] zip) {
        String boundary = "tripavail-" + UUID.randomUUID();
        List<byte[]> parts = List.of(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + name + "\r\n")
                        .getBytes(StandardCharsets.UTF_8),
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + ".zip\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8),
                zip,
                ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.request("POST", "/api/admin/feeds/imports", admin, "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArrays(parts), Map.of());
    }

    private Map<String, Object> search(String origin, String destination) {
        LocalDate date = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Kolkata")).plusWeeks(1)
                .with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        return Map.of("origin", origin, "destination", destination, "date", date.toString(), "time", "06:00",
                "preference", "FASTEST");
    }

    private static JsonNode active(JsonNode feeds, String name) {
        for (JsonNode feed : feeds) {
            if (feed.path("name").asString().equals(name) && feed.path("active").asBoolean()) {
                return feed;
            }
        }
        throw new AssertionError("no active feed " + name + " in " + feeds);
    }

    /** Under target/, not a temporary folder: the feed stays in service and later imports read it again. */
    private static Path writeFeed(String name, Map<String, String> files) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "test-feeds", name)).toAbsolutePath();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        return folder;
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry("gtfs/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
