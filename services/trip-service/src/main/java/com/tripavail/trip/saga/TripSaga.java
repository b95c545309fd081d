package com.tripavail.trip.saga;

import com.tripavail.trip.command.CompleteTripCommand;
import com.tripavail.trip.command.RecordReminderSentCommand;
import com.tripavail.trip.command.StartTripCommand;
import com.tripavail.trip.config.TripProperties;
import com.tripavail.trip.event.LegBookedEvent;
import com.tripavail.trip.event.LegBookingCancelledEvent;
import com.tripavail.trip.event.LegReminderSentEvent;
import com.tripavail.trip.event.LegSnapshot;
import com.tripavail.trip.event.TripCancelledEvent;
import com.tripavail.trip.event.TripCompletedEvent;
import com.tripavail.trip.event.TripPlannedEvent;
import com.tripavail.trip.integration.notification.NotificationPort;
import com.tripavail.trip.integration.notification.TravellerNotification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The time-driven part of a trip, with persistent deadlines (db-scheduler rows written in the saga's
 * transaction, so they survive a restart):
 * <ul>
 *   <li>planned → {@value #START} at the first departure sends {@link StartTripCommand} (IN_PROGRESS), and
 *       {@value #COMPLETION} at the last arrival sends {@link CompleteTripCommand} (COMPLETED);</li>
 *   <li>a leg booked → {@value #REMINDER} at its departure minus the lead time (due at once if that has
 *       passed; none for a leg already gone) notifies the traveller through the {@link NotificationPort} and records it
 *       with {@link RecordReminderSentCommand}; a leg no longer booked loses its reminder;</li>
 *   <li>cancelled or completed → every deadline left is cancelled and the saga ends.</li>
 * </ul>
 * Deadline payloads carry the instant they were due, which the commands take as their time (the deadline
 * manager stamps a deadline with the moment it ran). Deadlines are cancelled by id.
 */
@Saga
@ProcessingGroup(TripSaga.PROCESSING_GROUP)
public class TripSaga {

    public static final String PROCESSING_GROUP = "trip-saga";
    public static final String START = "trip-start";
    public static final String COMPLETION = "trip-completion";
    public static final String REMINDER = "leg-reminder";
    public static final String LEG_REMINDER_KIND = "LEG_REMINDER";

    private static final String TRIP_ID = "tripId";

    /** A start or completion deadline: the instant it is for. */
    public record TripDue(String tripId, Instant due) {
    }

    /** A leg's reminder deadline. */
    public record ReminderDue(String tripId, int legIndex) {
    }

    private String tripId;
    private String travelerId;
    private String tripName;
    private List<LegSnapshot> legs = new ArrayList<>();
    private String startDeadlineId;
    private String completionDeadlineId;
    /** leg index → its pending reminder's deadline id. */
    private Map<Integer, String> reminderDeadlineIds = new HashMap<>();
    /** leg index → "platform, reference" of its booking, for the reminder's text. */
    private Map<Integer, String> bookedAs = new HashMap<>();
    private Set<Integer> remindedLegs = new HashSet<>();

    private transient CommandGateway commandGateway;
    private transient DeadlineManager deadlineManager;
    private transient NotificationPort notifications;
    private transient TripProperties properties;

    @Autowired
    public void setCommandGateway(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @Autowired
    public void setDeadlineManager(DeadlineManager deadlineManager) {
        this.deadlineManager = deadlineManager;
    }

    @Autowired
    public void setNotifications(NotificationPort notifications) {
        this.notifications = notifications;
    }

    @Autowired
    public void setProperties(TripProperties properties) {
        this.properties = properties;
    }

    @StartSaga
    @SagaEventHandler(associationProperty = TRIP_ID)
    public void on(TripPlannedEvent event) {
        tripId = event.tripId();
        travelerId = event.travelerId();
        tripName = event.name();
        legs = List.copyOf(event.route().legs());
        Instant firstDeparture = legs.getFirst().departure();
        Instant lastArrival = legs.getLast().arrival();
        startDeadlineId = deadlineManager.schedule(firstDeparture, START, new TripDue(tripId, firstDeparture));
        completionDeadlineId = deadlineManager.schedule(lastArrival, COMPLETION, new TripDue(tripId, lastArrival));
    }

    @SagaEventHandler(associationProperty = TRIP_ID)
    public void on(LegBookedEvent event) {
        int index = event.legIndex();
        bookedAs.put(index, event.bookingReference() == null ? event.platform()
                : event.platform() + ", reference " + event.bookingReference());
        if (remindedLegs.contains(index) || reminderDeadlineIds.containsKey(index)) {
            return;
        }
        Instant departure = legs.get(index).departure();
        if (!departure.isAfter(event.at())) {
            return; // booked after it left: nothing to remind of
        }
        // Booked within the lead time: the instant has passed and the deadline is due at once.
        Instant remindAt = departure.minus(properties.reminderLeadTime());
        reminderDeadlineIds.put(index, deadlineManager.schedule(remindAt, REMINDER, new ReminderDue(tripId, index)));
    }

    @SagaEventHandler(associationProperty = TRIP_ID)
    public void on(LegBookingCancelledEvent event) {
        bookedAs.remove(event.legIndex());
        remindedLegs.remove(event.legIndex());
        cancel(REMINDER, reminderDeadlineIds.remove(event.legIndex()));
    }

    @SagaEventHandler(associationProperty = TRIP_ID)
    public void on(LegReminderSentEvent event) {
        remindedLegs.add(event.legIndex());
    }

    @DeadlineHandler(deadlineName = REMINDER)
    public void reminderDue(ReminderDue due, @Timestamp Instant at) {
        int index = due.legIndex();
        reminderDeadlineIds.remove(index);
        if (remindedLegs.contains(index) || !bookedAs.containsKey(index)) {
            return;
        }
        notifications.send(reminder(index));
        remindedLegs.add(index);
        commandGateway.send(new RecordReminderSentCommand(tripId, index, at));
    }

    @DeadlineHandler(deadlineName = START)
    public void startDue(TripDue due) {
        startDeadlineId = null;
        commandGateway.send(new StartTripCommand(tripId, due.due()));
    }

    @DeadlineHandler(deadlineName = COMPLETION)
    public void completionDue(TripDue due) {
        completionDeadlineId = null;
        commandGateway.send(new CompleteTripCommand(tripId, due.due()));
    }

    @SagaEventHandler(associationProperty = TRIP_ID)
    public void on(TripCompletedEvent event) {
        end();
    }

    @SagaEventHandler(associationProperty = TRIP_ID)
    public void on(TripCancelledEvent event) {
        end();
    }

    private TravellerNotification reminder(int index) {
        LegSnapshot leg = legs.get(index);
        String what = "STAY".equals(leg.kind()) ? "Your stay in " + leg.city() + " begins"
                : "Your " + leg.mode().toLowerCase() + (leg.operator() == null ? "" : " with " + leg.operator())
                + " from " + leg.fromName() + " to " + leg.toName() + " departs";
        String subject = what + " at " + leg.departure();
        String body = subject + " (trip \"" + tripName + "\", leg " + index + ", booked on " + bookedAs.get(index)
                + ").";
        return new TravellerNotification(travelerId, LEG_REMINDER_KIND, tripId, index, subject, body);
    }

    private void cancel(String deadlineName, String deadlineId) {
        if (deadlineId != null) {
            deadlineManager.cancelSchedule(deadlineName, deadlineId);
        }
    }

    private void end() {
        cancel(START, startDeadlineId);
        cancel(COMPLETION, completionDeadlineId);
        reminderDeadlineIds.values().forEach(id -> cancel(REMINDER, id));
        startDeadlineId = null;
        completionDeadlineId = null;
        reminderDeadlineIds.clear();
        SagaLifecycle.end();
    }
}
