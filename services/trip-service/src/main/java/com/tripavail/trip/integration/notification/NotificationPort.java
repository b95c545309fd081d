package com.tripavail.trip.integration.notification;

/** Where traveller notifications leave the trip service. */
public interface NotificationPort {

    /** Sends (or queues) the notification; throws if it cannot, so the caller's unit of work is retried. */
    void send(TravellerNotification notification);
}
