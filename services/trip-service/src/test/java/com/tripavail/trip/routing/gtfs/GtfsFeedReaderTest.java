package com.tripavail.trip.routing.gtfs;

import com.tripavail.trip.routing.TestFeeds;
import com.tripavail.trip.routing.network.NetworkImport;
import com.tripavail.trip.routing.network.NetworkImporter;
import com.tripavail.trip.routing.network.RoutingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class GtfsFeedReaderTest {

    private final GtfsFeedReader reader = new GtfsFeedReader();

    private GtfsFeed loaded(FeedSource source) {
        FeedReadResult result = reader.read(source);
        assertThat(result).isInstanceOf(FeedReadResult.Loaded.class);
        return ((FeedReadResult.Loaded) result).feed();
    }

    @Test
    void givenTheBasicFeed_whenRead_thenEveryFileIsTakenIn() {
        GtfsFeed feed = loaded(TestFeeds.source("basic"));

        assertThat(feed.version()).isEqualTo("2026.03-test");
        assertThat(feed.agencies()).hasSize(3);
        assertThat(feed.stops()).hasSize(10);
        // BOM stripped from the first header, quoted comma kept inside the name
        assertThat(feed.stops().getFirst().id()).isEqualTo("A");
        assertThat(feed.stops().getFirst().name()).isEqualTo("Alpha, Junction");
        assertThat(feed.stops()).filteredOn(s -> s.parentStation().equals("C")).hasSize(2);
        assertThat(feed.routes()).extracting(GtfsFeed.Route::mode).containsExactly(TransitMode.RAIL, TransitMode.RAIL,
                TransitMode.BUS, TransitMode.BUS, TransitMode.AIR, TransitMode.RAIL);
        assertThat(feed.trips()).hasSize(10);
        assertThat(feed.stopTimes().size()).isEqualTo(24);
        assertThat(feed.transfers()).containsExactly(new GtfsFeed.Transfer("C_R", "C_B", 2, 600));
        assertThat(feed.fareAttributes()).extracting(GtfsFeed.FareAttribute::priceMinor)
                .containsExactly(4_000L, 10_000L, 30_000L, 2_000L, 6_000L, 350_000L);
        assertThat(feed.fareRules()).hasSize(6);
        assertThat(feed.services().get("DAILY").runsOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(feed.services().get("DAILY").runsOn(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void givenANonTimepointStop_whenRead_thenItsTimeIsInterpolatedByDistance() {
        GtfsFeed feed = loaded(TestFeeds.source("basic"));
        int trip = indexOfTrip(feed, "B4-0805");
        int row = feed.stopTimes().tripStart()[trip] + 1;

        // X lies halfway between A (08:05) and D (10:30): 08:05 + 72.5 min
        assertThat(feed.stopTimes().arrival()[row]).isEqualTo(9 * 3600 + 17 * 60 + 30);
        assertThat(feed.stopTimes().departure()[row]).isEqualTo(feed.stopTimes().arrival()[row]);
    }

    @Test
    void givenTimesPastMidnight_whenRead_thenTheyStayOnTheServiceDay() {
        GtfsFeed feed = loaded(TestFeeds.source("basic"));
        int start = feed.stopTimes().tripStart()[indexOfTrip(feed, "N1-2330")];

        assertThat(feed.stopTimes().arrival()[start + 1]).isEqualTo(24 * 3600 + 40 * 60);
        assertThat(feed.stopTimes().departure()[start + 1]).isEqualTo(24 * 3600 + 42 * 60);
        assertThat(feed.stopTimes().arrival()[start + 2]).isEqualTo(25 * 3600 + 10 * 60);
    }

    @Test
    void givenFrequencies_whenRead_thenTripsAreExpandedAndTemplatesDropped() {
        GtfsFeed feed = loaded(TestFeeds.source("frequencies"));

        // 06:00–08:00 every 15 min = 8 trips; 17:00–18:00 every 20 min = 3 trips
        assertThat(feed.trips()).hasSize(11);
        assertThat(feed.trips()).extracting(GtfsFeed.Trip::id).contains("HEADWAY@06:00:00", "HEADWAY@07:45:00",
                "EXACT@17:40:00").doesNotContain("HEADWAY", "EXACT", "HEADWAY@08:00:00");
        assertThat(feed.stopTimes().size()).isEqualTo(22);
    }

    @Test
    void givenACalendarDatesOnlyFeed_whenRead_thenServiceDaysComeFromTheExceptions() {
        GtfsFeed.ServiceDays festival = loaded(TestFeeds.source("dates-only")).services().get("FESTIVAL");

        assertThat(festival.runsOn(LocalDate.of(2026, 5, 1))).isTrue();
        assertThat(festival.runsOn(LocalDate.of(2026, 5, 2))).isFalse();
        assertThat(festival.runsOn(LocalDate.of(2026, 5, 3))).isTrue();
        assertThat(festival.runsOn(LocalDate.of(2026, 5, 4))).isFalse();
    }

    @Test
    void givenAZipWithTheFilesInASubFolder_whenRead_thenItLoadsLikeTheDirectory(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("basic.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipped = new ZipOutputStream(out);
             Stream<Path> files = Files.list(TestFeeds.directory("basic"))) {
            for (Path file : files.toList()) {
                zipped.putNextEntry(new ZipEntry("gtfs/" + file.getFileName()));
                Files.copy(file, zipped);
                zipped.closeEntry();
            }
        }

        GtfsFeed feed = loaded(FeedSource.of("basic", zip));

        assertThat(feed.stopTimes().size()).isEqualTo(24);
        assertThat(feed.stops()).hasSize(10);
    }

    @Test
    void givenExtendedRouteTypes_whenMapped_thenTheyBecomeModes() {
        assertThat(TransitMode.fromRouteType(1100)).contains(TransitMode.AIR);
        assertThat(TransitMode.fromRouteType(1102)).contains(TransitMode.AIR);
        assertThat(TransitMode.fromRouteType(700)).contains(TransitMode.BUS);
        assertThat(TransitMode.fromRouteType(109)).contains(TransitMode.RAIL);
        assertThat(TransitMode.fromRouteType(401)).contains(TransitMode.METRO);
        assertThat(TransitMode.fromRouteType(405)).contains(TransitMode.MONORAIL);
        assertThat(TransitMode.fromRouteType(200)).contains(TransitMode.COACH);
        assertThat(TransitMode.fromRouteType(1200)).contains(TransitMode.FERRY);
        assertThat(TransitMode.fromRouteType(900)).contains(TransitMode.TRAM);
        assertThat(TransitMode.fromRouteType(1)).contains(TransitMode.METRO);
        assertThat(TransitMode.fromRouteType(8)).isEmpty();
        assertThat(TransitMode.fromRouteType(2000)).isEmpty();
    }

    // ---- broken feeds: each problem reported with file and line, nothing loaded

    @Test
    void givenAMissingRequiredFile_whenImported_thenItIsReportedAndNoNetworkIsBuilt(@TempDir Path dir) throws IOException {
        Path feed = TestFeeds.copy("basic", dir.resolve("broken"));
        Files.delete(feed.resolve("stops.txt"));

        List<FeedProblem> problems = rejected(feed);

        assertThat(problems).contains(new FeedProblem("stops.txt", 0, "required file is missing"));
        assertThat(problems).anyMatch(p -> p.file().equals("stop_times.txt") && p.problem().contains("is not in stops.txt"));
    }

    @Test
    void givenNoCalendarAtAll_whenImported_thenItIsReported(@TempDir Path dir) throws IOException {
        Path feed = TestFeeds.copy("basic", dir.resolve("broken"));
        Files.delete(feed.resolve("calendar.txt"));

        assertThat(rejected(feed)).anyMatch(p -> p.problem().contains("neither calendar.txt nor calendar_dates.txt"))
                .anyMatch(p -> p.file().equals("trips.txt") && p.line() == 2 && p.problem().contains("service_id DAILY"));
    }

    @Test
    void givenAMissingRequiredColumn_whenImported_thenTheHeaderIsReported(@TempDir Path dir) throws IOException {
        Path feed = TestFeeds.copy("basic", dir.resolve("broken"));
        replace(feed.resolve("stop_times.txt"), "stop_sequence", "seq");

        assertThat(rejected(feed)).contains(new FeedProblem("stop_times.txt", 1, "required column stop_sequence is missing"));
    }

    @Test
    void givenUnknownReferences_whenImported_thenEachIsReportedOnItsLine(@TempDir Path dir) throws IOException {
        Path feed = TestFeeds.copy("basic", dir.resolve("broken"));
        replace(feed.resolve("stop_times.txt"), "R1-0810,08:30:00,08:30:00,B,2", "R1-0810,08:30:00,08:30:00,NOWHERE,2");
        replace(feed.resolve("trips.txt"), "R2,DAILY,B22-1300", "R9,DAILY,B22-1300");
        replace(feed.resolve("stops.txt"), "28.2009,77.0000,0,C,Z2", "28.2009,77.0000,0,CX,Z2");

        List<FeedProblem> problems = rejected(feed);

        assertThat(problems).contains(
                new FeedProblem("stop_times.txt", 3, "stop_id NOWHERE is not in stops.txt"),
                new FeedProblem("trips.txt", 8, "route_id R9 of trip B22-1300 is not in routes.txt"),
                new FeedProblem("stops.txt", 7, "parent_station CX of stop C_B is not in stops.txt"));
        // the stop times of the dropped trip refer to a trip that is not there
        assertThat(problems).anyMatch(p -> p.line() == 16 && p.problem().equals("trip_id B22-1300 is not in trips.txt"));
    }

    @Test
    void givenATripGoingBackInTime_whenImported_thenTheLineIsReported(@TempDir Path dir) throws IOException {
        Path feed = TestFeeds.copy("basic", dir.resolve("broken"));
        replace(feed.resolve("stop_times.txt"), "EX-0820,08:40:00,08:40:00,C_R,2", "EX-0820,08:10:00,08:10:00,C_R,2");

        assertThat(rejected(feed)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("stop_times.txt");
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.problem()).contains("EX-0820 goes back in time");
        });
    }

    @Test
    void givenBadDatesAndTimes_whenImported_thenEachIsReported(@TempDir Path dir) throws IOException {
        Path badDate = TestFeeds.copy("basic", dir.resolve("bad-date"));
        replace(badDate.resolve("calendar.txt"), "20261231", "2026-12-31");
        Path badTime = TestFeeds.copy("basic", dir.resolve("bad-time"));
        replace(badTime.resolve("stop_times.txt"), "SH101,09:00:00,09:00:00", "SH101,9h00,09:00:00");

        assertThat(rejected(badDate)).contains(new FeedProblem("calendar.txt", 2, "end_date '2026-12-31' is not a date (YYYYMMDD)"));
        // the row is dropped, so the trip is also reported as too short: the first problem is the cause
        assertThat(rejected(badTime)).first().satisfies(p -> {
            assertThat(p.file()).isEqualTo("stop_times.txt");
            assertThat(p.line()).isEqualTo(22);
            assertThat(p.problem()).contains("is not HH:MM:SS");
        });
    }

    @Test
    void givenABrokenFeedAmongGoodOnes_whenImported_thenNothingIsLoaded(@TempDir Path dir) throws IOException {
        Path broken = TestFeeds.copy("basic", dir.resolve("broken"));
        replace(broken.resolve("routes.txt"), "FL,AIR,SH101,,1100", "FL,AIR,SH101,,99");

        NetworkImport result = new NetworkImporter(RoutingSettings.defaults(), ImportProgress.SILENT)
                .importFeeds(List.of(TestFeeds.source("metro-a"), FeedSource.of("broken", broken), TestFeeds.source("bus-b")));

        assertThat(result).isInstanceOfSatisfying(NetworkImport.Rejected.class, r -> assertThat(r.feeds())
                .singleElement().satisfies(feed -> {
                    assertThat(feed.feedName()).isEqualTo("broken");
                    assertThat(feed.problems()).contains(new FeedProblem("routes.txt", 6,
                            "route_type '99' of route FL is not a GTFS route type"));
                }));
    }

    @Test
    void givenFaresInAnotherCurrency_whenImported_thenTheFeedIsRejected(@TempDir Path dir) throws IOException {
        Path feed = TestFeeds.copy("basic", dir.resolve("euro"));
        replace(feed.resolve("fare_attributes.txt"), "FLIGHT,3500.00,INR", "FLIGHT,35.00,EUR");

        NetworkImport result = new NetworkImporter(RoutingSettings.defaults(), ImportProgress.SILENT)
                .importFeeds(List.of(FeedSource.of("euro", feed)));

        assertThat(result).isInstanceOfSatisfying(NetworkImport.Rejected.class, r ->
                assertThat(r.feeds().getFirst().problems().getFirst().problem()).contains("EUR"));
    }

    private List<FeedProblem> rejected(Path feed) {
        FeedReadResult result = reader.read(FeedSource.of("broken", feed));
        assertThat(result).isInstanceOf(FeedReadResult.Rejected.class);
        return new ArrayList<>(((FeedReadResult.Rejected) result).problems());
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String content = Files.readString(file);
        assertThat(content).contains(from);
        Files.writeString(file, content.replace(from, to));
    }

    private static int indexOfTrip(GtfsFeed feed, String tripId) {
        for (int i = 0; i < feed.trips().size(); i++) {
            if (feed.trips().get(i).id().equals(tripId)) {
                return i;
            }
        }
        throw new AssertionError(tripId);
    }
}
