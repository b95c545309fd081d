package com.tripavail.trip.routing.raptor;

import com.tripavail.trip.routing.network.TransitNetwork;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The service days a search on date D looks at — D-1 (trips running past midnight), D and D+1 — and how each
 * day's GTFS times map onto the search's time axis: seconds after D's GTFS midnight (noon minus 12 h) in the
 * search's time zone. {@code shift(day, zone)} differs from a multiple of 86 400 s across a daylight-saving change
 * or between time zones, which is exactly why GTFS counts from noon minus 12 h.
 */
final class ServiceDayWindow {

    static final int DAYS = 3;
    static final int FIRST_DAY_OFFSET = -1;

    private final long baseEpochSecond;
    private final int zoneCount;
    private final int[] shifts;
    private final boolean[][] running;

    ServiceDayWindow(TransitNetwork network, LocalDate date, ZoneId searchZone) {
        this.baseEpochSecond = gtfsMidnight(date, searchZone);
        this.zoneCount = network.zoneCount();
        this.shifts = new int[DAYS * zoneCount];
        this.running = new boolean[DAYS][network.serviceCount()];
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = date.plusDays(d + FIRST_DAY_OFFSET);
            for (int z = 0; z < zoneCount; z++) {
                shifts[d * zoneCount + z] = (int) (gtfsMidnight(day, network.zone(z)) - baseEpochSecond);
            }
            for (int s = 0; s < network.serviceCount(); s++) {
                running[d][s] = network.serviceRunsOn(s, day);
            }
        }
    }

    private static long gtfsMidnight(LocalDate day, ZoneId zone) {
        return day.atTime(LocalTime.NOON).atZone(zone).toEpochSecond() - 12 * 3600;
    }

    long baseEpochSecond() {
        return baseEpochSecond;
    }

    int shift(int day, int zone) {
        return shifts[day * zoneCount + zone];
    }

    boolean runs(int day, int service) {
        return running[day][service];
    }
}
