package com.tripavail.trip.integration.notification;

import static com.tripavail.trip.jooq.Tables.NOTIFICATION_OUTBOX;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The notification port without a mail or push provider: each notification is logged and kept in
 * {@code notification_outbox}, in the caller's transaction, where developers and tests read it (a real
 * adapter would deliver from that table).
 */
@Component
public class DevNotificationOutbox implements NotificationPort {

    private static final Logger log = LoggerFactory.getLogger(DevNotificationOutbox.class);

    private final DSLContext dsl;
    private final Clock clock;

    public DevNotificationOutbox(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public void send(TravellerNotification notification) {
        log.info("notification to user {} ({}, trip {}): {}", notification.userId(), notification.kind(),
                notification.tripId(), notification.subject());
        dsl.insertInto(NOTIFICATION_OUTBOX)
                .set(NOTIFICATION_OUTBOX.ID, UUID.randomUUID().toString())
                .set(NOTIFICATION_OUTBOX.USER_ID, notification.userId())
                .set(NOTIFICATION_OUTBOX.KIND, notification.kind())
                .set(NOTIFICATION_OUTBOX.TRIP_ID, notification.tripId())
                .set(NOTIFICATION_OUTBOX.LEG_INDEX, notification.legIndex())
                .set(NOTIFICATION_OUTBOX.SUBJECT, notification.subject())
                .set(NOTIFICATION_OUTBOX.BODY, notification.body())
                .set(NOTIFICATION_OUTBOX.CREATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .execute();
    }
}
