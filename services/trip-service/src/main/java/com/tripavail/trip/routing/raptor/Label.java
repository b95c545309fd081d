package com.tripavail.trip.routing.raptor;

/**
 * A stop arrival: how a journey reached {@code stop} at {@code arrival} (search-axis seconds) for {@code price}
 * after {@code round} transit legs, linked to the arrival it continued from. McRAPTOR keeps bags of these; RAPTOR
 * builds them only for the journey it reconstructs.
 */
final class Label {

    static final byte ACCESS = 0;
    static final byte TRANSIT = 1;
    static final byte WALK = 2;

    final byte kind;
    final int stop;
    final int arrival;
    final int price;
    final int round;
    final Label previous;
    // TRANSIT only
    final int pattern;
    final int trip;
    final int day;
    final int boardPosition;
    final int alightPosition;
    final int boardTime;
    /** Set when a later label of the same round makes this one useless: it is then not extended any more. */
    boolean dominated;

    private Label(byte kind, int stop, int arrival, int price, int round, Label previous, int pattern, int trip,
                  int day, int boardPosition, int alightPosition, int boardTime) {
        this.kind = kind;
        this.stop = stop;
        this.arrival = arrival;
        this.price = price;
        this.round = round;
        this.previous = previous;
        this.pattern = pattern;
        this.trip = trip;
        this.day = day;
        this.boardPosition = boardPosition;
        this.alightPosition = alightPosition;
        this.boardTime = boardTime;
    }

    static Label access(int stop, int time) {
        return new Label(ACCESS, stop, time, 0, 0, null, -1, -1, -1, -1, -1, time);
    }

    static Label walk(Label from, int stop, int arrival) {
        return new Label(WALK, stop, arrival, from.price, from.round, from, -1, -1, -1, -1, -1, from.arrival);
    }

    static Label transit(Label boardedFrom, int stop, int arrival, int price, int pattern, int trip, int day,
                         int boardPosition, int alightPosition, int boardTime) {
        return new Label(TRANSIT, stop, arrival, price, boardedFrom.round + 1, boardedFrom, pattern, trip, day,
                boardPosition, alightPosition, boardTime);
    }

    /** When a vehicle can be boarded here after this arrival: a vehicle change needs the stop's transfer time. */
    int readyToBoard(int transferSlack) {
        if (kind != TRANSIT) {
            return arrival;
        }
        return transferSlack == Integer.MAX_VALUE ? Integer.MAX_VALUE : arrival + transferSlack;
    }
}
