package com.tripavail.trip.routing.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic GTFS feed shaped like a big city's bus and metro network (deterministic for a seed):
 * a square grid of stops 400 m apart around Delhi, bus routes wandering across the grid with a turn now and
 * then, metro lines crossing it with a station every 1.6 km, both directions, weekday and weekend services
 * with peak and off-peak headways from 05:00 to past midnight (times beyond 24:00:00).
 */
public final class MetropolitanFeedGenerator {

    private static final double ORIGIN_LAT = 28.45;
    private static final double ORIGIN_LON = 77.00;
    private static final double SPACING_METERS = 400;

    private final int side;
    private final int busRoutes;
    private final int metroRoutes;
    private final Random random;
    private long stopTimes;
    private int trips;

    public MetropolitanFeedGenerator(int side, int busRoutes, int metroRoutes, long seed) {
        this.side = side;
        this.busRoutes = busRoutes;
        this.metroRoutes = metroRoutes;
        this.random = new Random(seed);
    }

    public long stopTimes() {
        return stopTimes;
    }

    public int trips() {
        return trips;
    }

    public int stopCount() {
        return side * side;
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("agency.txt"), """
                agency_id,agency_name,agency_url,agency_timezone
                BUS,Synthetic City Bus,https://bus.example,Asia/Kolkata
                METRO,Synthetic Metro,https://metro.example,Asia/Kolkata
                """);
        Files.writeString(dir.resolve("calendar.txt"), """
                service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date
                WEEKDAY,1,1,1,1,1,0,0,20260101,20271231
                WEEKEND,0,0,0,0,0,1,1,20260101,20271231
                """);
        double latStep = SPACING_METERS / 111_195.0;
        double lonStep = SPACING_METERS / (111_195.0 * Math.cos(Math.toRadians(ORIGIN_LAT)));
        try (BufferedWriter stops = Files.newBufferedWriter(dir.resolve("stops.txt"))) {
            stops.write("stop_id,stop_name,stop_lat,stop_lon\n");
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    stops.write("S" + y + "_" + x + ",Sector " + y + " Block " + x + ","
                            + String.format("%.6f,%.6f%n", ORIGIN_LAT + y * latStep, ORIGIN_LON + x * lonStep));
                }
            }
        }
        try (BufferedWriter routes = Files.newBufferedWriter(dir.resolve("routes.txt"));
             BufferedWriter tripsFile = Files.newBufferedWriter(dir.resolve("trips.txt"));
             BufferedWriter times = Files.newBufferedWriter(dir.resolve("stop_times.txt"), java.nio.charset.StandardCharsets.UTF_8)) {
            routes.write("route_id,agency_id,route_short_name,route_long_name,route_type\n");
            tripsFile.write("route_id,service_id,trip_id\n");
            times.write("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n");
            for (int r = 0; r < busRoutes; r++) {
                List<int[]> path = busPath(42 + random.nextInt(31));
                while (path.size() < 10) {
                    path = busPath(42 + random.nextInt(31));
                }
                routes.write("B" + r + ",BUS," + (100 + r) + ",Bus " + (100 + r) + ",3\n");
                // 90 s per 400 m hop including the stop: about 16 km/h
                writeTrips(tripsFile, times, "B" + r, path, 90, 0, new int[]{15 * 60, 8 * 60, 20 * 60});
            }
            for (int r = 0; r < metroRoutes; r++) {
                List<int[]> path = metroPath();
                routes.write("M" + r + ",METRO,M" + r + ",Metro line " + r + ",1\n");
                // 1.6 km between stations in 120 s plus 30 s dwell
                writeTrips(tripsFile, times, "M" + r, path, 120, 30, new int[]{5 * 60, 4 * 60, 7 * 60});
            }
        }
    }

    /** A bus line: a straight run across the grid with a turn at random points, no stop visited twice. */
    private List<int[]> busPath(int length) {
        List<int[]> path = new ArrayList<>();
        int y = random.nextInt(side);
        int x = random.nextInt(side);
        int dy = 0;
        int dx = 1;
        if (random.nextBoolean()) {
            dy = 1;
            dx = 0;
        }
        if (random.nextBoolean()) {
            dy = -dy;
            dx = -dx;
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        while (path.size() < length) {
            path.add(new int[]{y, x});
            seen.add((long) y * side + x);
            if (random.nextInt(12) == 0) {
                int t = dy;
                dy = random.nextBoolean() ? dx : -dx;
                dx = t == 0 ? 0 : (random.nextBoolean() ? t : -t);
                if (dy == 0 && dx == 0) {
                    dx = 1;
                }
            }
            int ny = y + dy;
            int nx = x + dx;
            if (ny < 0 || ny >= side || nx < 0 || nx >= side || seen.contains((long) ny * side + nx)) {
                break;
            }
            y = ny;
            x = nx;
        }
        return path;
    }

    /** A metro line: a full row, column or diagonal of the grid with a station every fourth stop. */
    private List<int[]> metroPath() {
        List<int[]> path = new ArrayList<>();
        int kind = random.nextInt(3);
        int offset = 2 + random.nextInt(side - 4);
        for (int i = 0; i < side; i += 4) {
            path.add(switch (kind) {
                case 0 -> new int[]{offset, i};
                case 1 -> new int[]{i, offset};
                default -> new int[]{i, i};
            });
        }
        return path;
    }

    /**
     * Both directions; {@code headways}: off-peak and peak weekday (07–10 and 17–20), weekend, in seconds.
     */
    private void writeTrips(BufferedWriter tripsFile, BufferedWriter times, String route, List<int[]> path, int hop,
                            int dwell, int[] headways) throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int direction = 0; direction < 2; direction++) {
            List<int[]> stops = new ArrayList<>(path);
            if (direction == 1) {
                java.util.Collections.reverse(stops);
            }
            for (String service : List.of("WEEKDAY", "WEEKEND")) {
                int start = 5 * 3600 + random.nextInt(600);
                while (start < 24 * 3600) {
                    String tripId = route + "_" + direction + "_" + (service.equals("WEEKDAY") ? "D" : "E") + start;
                    tripsFile.write(route + "," + service + "," + tripId + "\n");
                    trips++;
                    int time = start;
                    for (int i = 0; i < stops.size(); i++) {
                        int arrival = time;
                        int departure = arrival + dwell;
                        line.setLength(0);
                        line.append(tripId).append(',');
                        appendTime(line, arrival).append(',');
                        appendTime(line, departure).append(",S").append(stops.get(i)[0]).append('_')
                                .append(stops.get(i)[1]).append(',').append(i + 1).append('\n');
                        times.append(line);
                        stopTimes++;
                        time = departure + hop;
                    }
                    int hour = start / 3600;
                    boolean peak = (hour >= 7 && hour < 10) || (hour >= 17 && hour < 20);
                    start += service.equals("WEEKEND") ? headways[2] : peak ? headways[1] : headways[0];
                }
            }
        }
    }

    private static StringBuilder appendTime(StringBuilder sb, int seconds) {
        int h = seconds / 3600;
        int m = seconds / 60 % 60;
        int s = seconds % 60;
        if (h < 10) {
            sb.append('0');
        }
        sb.append(h).append(':');
        if (m < 10) {
            sb.append('0');
        }
        sb.append(m).append(':');
        if (s < 10) {
            sb.append('0');
        }
        return sb.append(s);
    }
}
