package com.tripavail.trip.routing.raptor;

import com.tripavail.trip.routing.network.LegPricing;
import com.tripavail.trip.routing.network.TransitNetwork;

import java.util.ArrayList;
import java.util.List;

/**
 * Multi-criteria RAPTOR (McRAPTOR, Delling, Pajor, Werneck 2012, section 4) over arrival time, price and number
 * of transfers. Each stop keeps a bag of Pareto-optimal labels; the number of transfers is the round, so a label
 * of round k is compared only with labels of rounds up to k (earlier rounds' labels are never removed by a later
 * one, they have fewer transfers). A route scan carries a route bag of (label boarded from, trip) pairs; at each
 * stop every riding pair is offered to the stop's bag, and every label of the previous round at that stop boards
 * the earliest trip it can catch.
 *
 * <p>Dominance at a stop compares arrival, readiness to board (arrival plus the stop's transfer time after a
 * transit arrival; a walk arrival is ready at once), price, and whether the arrival may still walk on (a walk
 * follows only a transit leg, so a walk arrival never dominates a transit arrival). Target pruning discards a label dominated by one
 * already at the destination (as OpenTripPlanner 2 limits on the destination Pareto set). Riding pairs are
 * compared by the trip's time at the current stop and the price they would pay if they got off there; with
 * distance-based fares later stops add the same to both, with zone fares this is a heuristic. Labels later than
 * {@code latestArrival} are dropped. One instance per search.
 */
final class McRaptor {

    private final TransitNetwork network;
    private final ServiceDayWindow window;
    private final TripBoarding boarding;
    private final int rounds;
    private final int latestArrival;
    private final int stopCount;
    private final List<Label>[] bags;
    private List<Label>[] previousRound;
    private List<Label>[] currentRound;
    private final boolean[] target;
    private final List<Label> targetBag = new ArrayList<>();
    private final int[] touched;
    private int touchedCount;
    private final boolean[] isTouched;
    private final int[] transitTouched;
    private int transitTouchedCount;
    private final boolean[] isTransitTouched;

    /** A label riding a trip of the pattern being scanned. */
    private static final class Riding {
        final Label from;
        final int trip;
        final int day;
        final int shift;
        final int boardPosition;
        final int boardTime;

        Riding(Label from, int trip, int day, int shift, int boardPosition, int boardTime) {
            this.from = from;
            this.trip = trip;
            this.day = day;
            this.shift = shift;
            this.boardPosition = boardPosition;
            this.boardTime = boardTime;
        }
    }

    @SuppressWarnings("unchecked")
    McRaptor(TransitNetwork network, ServiceDayWindow window, int maxTransfers, int latestArrival) {
        this.network = network;
        this.window = window;
        this.boarding = new TripBoarding(network, window);
        this.rounds = maxTransfers + 2;
        this.latestArrival = latestArrival;
        this.stopCount = network.stopCount();
        this.bags = new List[stopCount];
        this.previousRound = new List[stopCount];
        this.currentRound = new List[stopCount];
        this.target = new boolean[stopCount];
        this.touched = new int[stopCount];
        this.isTouched = new boolean[stopCount];
        this.transitTouched = new int[stopCount];
        this.isTransitTouched = new boolean[stopCount];
    }

    /** The destination's Pareto set, as label chains; empty when the destination cannot be reached. */
    List<Label> search(int[] origins, int[] destinations, int departure) {
        for (int d : destinations) {
            target[d] = true;
        }
        for (int o : origins) {
            offer(Label.access(o, departure));
        }
        for (int o : origins) {
            for (Label access : currentRound[o] == null ? List.<Label>of() : List.copyOf(currentRound[o])) {
                walkFrom(access);
            }
        }
        int[] patternFrom = new int[network.patternCount()];
        java.util.Arrays.fill(patternFrom, Integer.MAX_VALUE);
        int[] queued = new int[network.patternCount()];
        for (int k = 1; k < rounds && touchedCount > 0; k++) {
            // the labels of round k-1 become the ones to board from
            List<Label>[] swap = previousRound;
            previousRound = currentRound;
            currentRound = swap;
            int queuedCount = 0;
            int[] boardStops = java.util.Arrays.copyOf(touched, touchedCount);
            for (int s : boardStops) {
                isTouched[s] = false;
                if (currentRound[s] != null) {
                    currentRound[s].clear();
                }
                for (int i = network.stopPatternStart(s); i < network.stopPatternEnd(s); i++) {
                    int p = network.stopPattern(i);
                    if (patternFrom[p] == Integer.MAX_VALUE) {
                        queued[queuedCount++] = p;
                    }
                    patternFrom[p] = Math.min(patternFrom[p], network.stopPatternPosition(i));
                }
            }
            touchedCount = 0;
            for (int q = 0; q < queuedCount; q++) {
                int p = queued[q];
                scanPattern(p, patternFrom[p]);
                patternFrom[p] = Integer.MAX_VALUE;
            }
            for (int i = 0; i < transitTouchedCount; i++) {
                int s = transitTouched[i];
                isTransitTouched[s] = false;
                for (Label label : List.copyOf(currentRound[s])) {
                    if (label.kind == Label.TRANSIT && !label.dominated) {
                        walkFrom(label);
                    }
                }
            }
            transitTouchedCount = 0;
            for (int s : boardStops) {
                if (previousRound[s] != null) {
                    previousRound[s].clear();
                }
            }
        }
        return targetBag;
    }

    private void walkFrom(Label label) {
        int s = label.stop;
        for (int t = network.transferStart(s); t < network.transferEnd(s); t++) {
            int to = network.transferTarget(t);
            int arrival = label.arrival + network.transferSeconds(t);
            if (accepts(to, arrival, arrival, label.price, false)) {
                offerAccepted(Label.walk(label, to, arrival));
            }
        }
    }

    private void scanPattern(int p, int fromPosition) {
        int length = network.patternLength(p);
        int stopOffset = network.patternStopOffset(p);
        int[] patternStops = network.patternStopsArray();
        boolean[] canBoard = network.canBoardArray();
        boolean[] canAlight = network.canAlightArray();
        int[] arrivals = network.arrivalsArray();
        int[] departures = network.departuresArray();
        int timesStart = network.patternTimesStart(p);
        int zone = network.patternZone(p);
        LegPricing pricing = network.pricing(p);
        List<Riding> routeBag = new ArrayList<>(4);
        for (int i = fromPosition; i < length; i++) {
            int s = patternStops[stopOffset + i];
            int slack = network.transferSlack(s);
            if (!routeBag.isEmpty() && canAlight[stopOffset + i]) {
                for (Riding r : routeBag) {
                    int arrival = arrivals[timesStart + r.trip * length + i] + r.shift;
                    int price = r.from.price + pricing.price(r.boardPosition, i);
                    int ready = slack == Integer.MAX_VALUE ? Integer.MAX_VALUE : arrival + slack;
                    if (accepts(s, arrival, ready, price, true)) {
                        offerAccepted(Label.transit(r.from, s, arrival, price, p, r.trip, r.day, r.boardPosition, i,
                                r.boardTime));
                        if (!isTransitTouched[s]) {
                            isTransitTouched[s] = true;
                            transitTouched[transitTouchedCount++] = s;
                        }
                    }
                }
            }
            List<Label> boardable = previousRound[s];
            if (boardable == null || boardable.isEmpty() || !canBoard[stopOffset + i]) {
                continue;
            }
            for (Label label : boardable) {
                if (label.dominated) {
                    continue;
                }
                int ready = label.readyToBoard(slack);
                if (ready == Integer.MAX_VALUE || !boarding.earliest(p, i, ready, Integer.MAX_VALUE)) {
                    continue;
                }
                int shift = window.shift(boarding.day, zone);
                Riding candidate = new Riding(label, boarding.trip, boarding.day, shift, i, boarding.departure);
                int candidateTime = boarding.departure;
                int candidatePrice = label.price + pricing.price(i, i);
                boolean dominated = false;
                for (Riding r : routeBag) {
                    int time = departures[timesStart + r.trip * length + i] + r.shift;
                    int price = r.from.price + pricing.price(r.boardPosition, i);
                    if (time <= candidateTime && price <= candidatePrice) {
                        dominated = true;
                        break;
                    }
                }
                if (dominated) {
                    continue;
                }
                routeBag.removeIf(r -> departures[timesStart + r.trip * length + candidate.boardPosition] + r.shift >= candidateTime
                        && r.from.price + pricing.price(r.boardPosition, candidate.boardPosition) >= candidatePrice);
                routeBag.add(candidate);
            }
        }
    }

    private void offer(Label label) {
        if (accepts(label.stop, label.arrival, label.readyToBoard(network.transferSlack(label.stop)), label.price,
                label.kind != Label.WALK)) {
            offerAccepted(label);
        }
    }

    /**
     * False if the destination's set or the stop's bag already holds a label at least as good in every respect.
     * {@code canWalkOn}: only a transit (or origin) arrival may be followed by a walk, so a walk arrival never
     * dominates one of those (OpenTripPlanner's "arrived on board" criterion).
     */
    private boolean accepts(int stop, int arrival, int ready, int price, boolean canWalkOn) {
        if (arrival > latestArrival) {
            return false;
        }
        for (Label t : targetBag) {
            if (t.arrival <= arrival && t.price <= price) {
                return false;
            }
        }
        List<Label> bag = bags[stop];
        if (bag != null) {
            int slack = network.transferSlack(stop);
            for (Label e : bag) {
                if (e.arrival <= arrival && e.price <= price && e.readyToBoard(slack) <= ready
                        && (e.kind != Label.WALK || !canWalkOn)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void offerAccepted(Label label) {
        int s = label.stop;
        int slack = network.transferSlack(s);
        int ready = label.readyToBoard(slack);
        List<Label> bag = bags[s];
        if (bag == null) {
            bag = new ArrayList<>(4);
            bags[s] = bag;
        }
        bag.removeIf(e -> {
            boolean worse = e.round >= label.round && e.arrival >= label.arrival && e.price >= label.price
                    && e.readyToBoard(slack) >= ready && (label.kind != Label.WALK || e.kind == Label.WALK);
            if (worse) {
                e.dominated = true;
            }
            return worse;
        });
        bag.add(label);
        List<Label> round = currentRound[s];
        if (round == null) {
            round = new ArrayList<>(4);
            currentRound[s] = round;
        }
        round.removeIf(e -> e.dominated);
        round.add(label);
        if (!isTouched[s]) {
            isTouched[s] = true;
            touched[touchedCount++] = s;
        }
        if (target[s]) {
            targetBag.removeIf(t -> t.round >= label.round && t.arrival >= label.arrival && t.price >= label.price);
            targetBag.add(label);
        }
    }
}
