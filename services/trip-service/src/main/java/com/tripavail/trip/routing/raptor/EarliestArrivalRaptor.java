package com.tripavail.trip.routing.raptor;

import com.tripavail.trip.routing.network.TransitNetwork;

import java.util.Arrays;

/**
 * RAPTOR (Delling, Pajor, Werneck: "Round-Based Public Transit Routing", 2012): round k finds the earliest
 * arrival at every stop with at most k transit legs, by scanning each route pattern that serves a stop improved in
 * round k-1 once, hopping on the earliest catchable trip, then relaxing walking transfers from the stops improved
 * by transit. With local pruning (an arrival counts only if it beats the best one at that stop) and target
 * pruning (nor if it is later than the best arrival at the destination).
 *
 * <p>As in OpenTripPlanner 2, transit and walking arrivals are kept apart: the stop's transfer time is added
 * when boarding after a transit arrival (never after a walk, whose duration already is the transfer), and a walk
 * only ever follows a transit leg or the origin. Among journeys arriving equally early, the one with fewest
 * transit legs wins. One instance per search.
 */
final class EarliestArrivalRaptor {

    private static final int UNREACHED = Integer.MAX_VALUE;

    private final TransitNetwork network;
    private final ServiceDayWindow window;
    private final TripBoarding boarding;
    private final int rounds;
    private final int stopCount;
    private final int latestArrival;
    // per round k and stop s: the best arrival by transit and by walking reached in exactly round k
    private final int[][] transitArrival;
    private final int[][] transitPattern;
    private final int[][] transitTrip;
    private final int[][] transitDay;
    private final int[][] transitBoardPosition;
    private final int[][] transitAlightPosition;
    private final int[][] transitBoardTime;
    private final boolean[][] boardedAfterWalk;
    private final int[][] walkArrival;
    private final int[][] walkFrom;
    private final int[] bestTransit;
    private final int[] bestWalk;
    private final boolean[] target;
    private int bestTarget = UNREACHED;

    EarliestArrivalRaptor(TransitNetwork network, ServiceDayWindow window, int maxTransfers, int latestArrival) {
        this.network = network;
        this.window = window;
        this.boarding = new TripBoarding(network, window);
        this.rounds = maxTransfers + 2; // round 0 (origin and walks from it) plus maxTransfers + 1 transit legs
        this.stopCount = network.stopCount();
        this.latestArrival = latestArrival;
        this.transitArrival = filled(rounds, stopCount);
        this.transitPattern = new int[rounds][stopCount];
        this.transitTrip = new int[rounds][stopCount];
        this.transitDay = new int[rounds][stopCount];
        this.transitBoardPosition = new int[rounds][stopCount];
        this.transitAlightPosition = new int[rounds][stopCount];
        this.transitBoardTime = new int[rounds][stopCount];
        this.boardedAfterWalk = new boolean[rounds][stopCount];
        this.walkArrival = filled(rounds, stopCount);
        this.walkFrom = new int[rounds][stopCount];
        this.bestTransit = new int[stopCount];
        this.bestWalk = new int[stopCount];
        Arrays.fill(bestTransit, UNREACHED);
        Arrays.fill(bestWalk, UNREACHED);
        this.target = new boolean[stopCount];
    }

    private static int[][] filled(int rounds, int stops) {
        int[][] a = new int[rounds][stops];
        for (int[] row : a) {
            Arrays.fill(row, UNREACHED);
        }
        return a;
    }

    /** The destination's label chain, or null when no journey exists within the limits. */
    Label search(int[] origins, int[] destinations, int departure) {
        for (int d : destinations) {
            target[d] = true;
        }
        boolean[] marked = new boolean[stopCount];
        boolean[] transitMarked = new boolean[stopCount];
        for (int o : origins) {
            walkArrival[0][o] = departure;
            walkFrom[0][o] = -1;
            bestWalk[o] = departure;
            marked[o] = true;
            arrive(o, departure);
        }
        for (int o : origins) {
            for (int t = network.transferStart(o); t < network.transferEnd(o); t++) {
                relaxWalk(0, o, departure, network.transferTarget(t), network.transferSeconds(t), marked);
            }
        }
        int[] patternFrom = new int[network.patternCount()];
        Arrays.fill(patternFrom, Integer.MAX_VALUE);
        int[] queued = new int[network.patternCount()];
        for (int k = 1; k < rounds; k++) {
            int queuedCount = 0;
            for (int s = 0; s < stopCount; s++) {
                if (!marked[s]) {
                    continue;
                }
                marked[s] = false;
                for (int i = network.stopPatternStart(s); i < network.stopPatternEnd(s); i++) {
                    int p = network.stopPattern(i);
                    int position = network.stopPatternPosition(i);
                    if (patternFrom[p] == Integer.MAX_VALUE) {
                        queued[queuedCount++] = p;
                    }
                    patternFrom[p] = Math.min(patternFrom[p], position);
                }
            }
            if (queuedCount == 0) {
                break;
            }
            boolean any = false;
            for (int q = 0; q < queuedCount; q++) {
                int p = queued[q];
                any |= scanPattern(k, p, patternFrom[p], transitMarked);
                patternFrom[p] = Integer.MAX_VALUE;
            }
            if (!any) {
                break;
            }
            for (int s = 0; s < stopCount; s++) {
                if (!transitMarked[s]) {
                    continue;
                }
                transitMarked[s] = false;
                marked[s] = true;
                int arrival = transitArrival[k][s];
                for (int t = network.transferStart(s); t < network.transferEnd(s); t++) {
                    relaxWalk(k, s, arrival, network.transferTarget(t), network.transferSeconds(t), marked);
                }
            }
        }
        return bestTarget == UNREACHED ? null : reconstruct(destinations);
    }

    private void relaxWalk(int round, int from, int fromArrival, int to, int seconds, boolean[] marked) {
        int arrival = fromArrival + seconds;
        int slack = network.transferSlack(to);
        int transitReady = bestTransit[to] == UNREACHED || slack == Integer.MAX_VALUE ? UNREACHED : bestTransit[to] + slack;
        boolean improvesBoarding = arrival < bestWalk[to] && arrival < transitReady;
        boolean improvesTarget = target[to] && arrival < bestTarget;
        if (arrival > latestArrival || !(improvesBoarding || improvesTarget) || arrival >= bestTarget) {
            return;
        }
        if (arrival < walkArrival[round][to]) {
            walkArrival[round][to] = arrival;
            walkFrom[round][to] = from;
            bestWalk[to] = Math.min(bestWalk[to], arrival);
            marked[to] = true;
            arrive(to, arrival);
        }
    }

    private boolean scanPattern(int k, int p, int fromPosition, boolean[] transitMarked) {
        int length = network.patternLength(p);
        int stopOffset = network.patternStopOffset(p);
        int[] patternStops = network.patternStopsArray();
        boolean[] canBoard = network.canBoardArray();
        boolean[] canAlight = network.canAlightArray();
        int[] arrivals = network.arrivalsArray();
        int[] departures = network.departuresArray();
        int timesStart = network.patternTimesStart(p);
        int zone = network.patternZone(p);
        int trip = -1;
        int day = -1;
        int shift = 0;
        int boardPosition = -1;
        int boardTime = 0;
        boolean afterWalk = false;
        boolean improved = false;
        for (int i = fromPosition; i < length; i++) {
            int s = patternStops[stopOffset + i];
            if (trip >= 0 && canAlight[stopOffset + i]) {
                int arrival = arrivals[timesStart + trip * length + i] + shift;
                if (arrival < bestTransit[s] && arrival < bestTarget && arrival <= latestArrival) {
                    transitArrival[k][s] = arrival;
                    transitPattern[k][s] = p;
                    transitTrip[k][s] = trip;
                    transitDay[k][s] = day;
                    transitBoardPosition[k][s] = boardPosition;
                    transitAlightPosition[k][s] = i;
                    transitBoardTime[k][s] = boardTime;
                    boardedAfterWalk[k][s] = afterWalk;
                    bestTransit[s] = arrival;
                    transitMarked[s] = true;
                    arrive(s, arrival);
                    improved = true;
                }
            }
            if (canBoard[stopOffset + i]) {
                int slack = network.transferSlack(s);
                int afterTransit = transitArrival[k - 1][s] == UNREACHED || slack == Integer.MAX_VALUE
                        ? UNREACHED : transitArrival[k - 1][s] + slack;
                int afterWalking = walkArrival[k - 1][s];
                int ready = Math.min(afterTransit, afterWalking);
                if (ready == UNREACHED) {
                    continue;
                }
                int current = trip >= 0 ? departures[timesStart + trip * length + i] + shift : Integer.MAX_VALUE;
                if (ready < current && boarding.earliest(p, i, ready, current)) {
                    trip = boarding.trip;
                    day = boarding.day;
                    shift = window.shift(day, zone);
                    boardPosition = i;
                    boardTime = boarding.departure;
                    afterWalk = afterWalking <= afterTransit;
                }
            }
        }
        return improved;
    }

    private void arrive(int stop, int arrival) {
        if (target[stop] && arrival < bestTarget) {
            bestTarget = arrival;
        }
    }

    /** Earliest arrival over all rounds and destination stops, fewest rounds first; then back along the parents. */
    private Label reconstruct(int[] destinations) {
        int bestRound = -1;
        int bestStop = -1;
        boolean byWalk = false;
        int best = UNREACHED;
        for (int k = 0; k < rounds; k++) {
            for (int d : destinations) {
                if (transitArrival[k][d] < best) {
                    best = transitArrival[k][d];
                    bestRound = k;
                    bestStop = d;
                    byWalk = false;
                }
                if (walkArrival[k][d] < best) {
                    best = walkArrival[k][d];
                    bestRound = k;
                    bestStop = d;
                    byWalk = true;
                }
            }
        }
        return label(bestRound, bestStop, byWalk);
    }

    private Label label(int k, int stop, boolean byWalk) {
        if (byWalk) {
            int from = walkFrom[k][stop];
            if (from < 0) {
                return Label.access(stop, walkArrival[k][stop]);
            }
            Label previous = label(k, from, k == 0);
            return Label.walk(previous, stop, walkArrival[k][stop]);
        }
        int p = transitPattern[k][stop];
        int boardStop = network.patternStop(p, transitBoardPosition[k][stop]);
        Label previous = label(k - 1, boardStop, boardedAfterWalk[k][stop]);
        int price = previous.price + network.pricing(p).price(transitBoardPosition[k][stop], transitAlightPosition[k][stop]);
        return Label.transit(previous, stop, transitArrival[k][stop], price, p, transitTrip[k][stop],
                transitDay[k][stop], transitBoardPosition[k][stop], transitAlightPosition[k][stop],
                transitBoardTime[k][stop]);
    }
}
