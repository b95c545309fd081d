package com.tripavail.booking.flow;

import static com.tripavail.booking.flow.Marketplace.GOOD_CARD;
import static com.tripavail.booking.flow.Marketplace.WAIT;
import static com.tripavail.booking.flow.Marketplace.admin;
import static com.tripavail.booking.flow.Marketplace.traveller;
import static com.tripavail.booking.jooq.Tables.BOOKING_VIEW;
import static com.tripavail.booking.jooq.Tables.LEDGER_ENTRY;
import static com.tripavail.booking.jooq.Tables.SIMULATED_PAYMENT_INTENT;
import static com.tripavail.booking.jooq.Tables.SIMULATED_WEBHOOK_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.booking.BookingApplication;
import com.tripavail.booking.BookingTestConfiguration;
import com.tripavail.booking.flow.Marketplace.Hotel;
import com.tripavail.platform.kafka.IntegrationEventListeners;
import com.tripavail.platform.kafka.ParkedMessages;
import com.tripavail.testsupport.PostgresInstance;
import com.tripavail.testsupport.TestInfrastructure;
import com.tripavail.testsupport.TestInfrastructureInitializer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The booking service stopped in the middle of its sagas and started again on the same database
 * (and so the same Kafka consumer groups), beside the real inventory service. At the stop:
 * <ul>
 *   <li>one booking is confirmed (work done before the crash must not be done again);</li>
 *   <li>one is held and unpaid, its hold about to run out;</li>
 *   <li>one is paid, the simulated provider's webhook still owed (a row of its own tables);</li>
 *   <li>one has asked inventory for a hold, whose answer waits on Kafka (booking's consumers were
 *       stopped before it came).</li>
 * </ul>
 * After the restart each reaches its right end by the persisted state alone: the hold expires by
 * its deadline and inventory releases it, the owed webhook is delivered and confirms the payment,
 * the answer on Kafka is read and the booking held. Inventory holds and sells each room once, and
 * the ledger has exactly one balanced confirmation per confirmed booking.
 *
 * <p>{@code context.close()} stands in for the crash: what a process that dies keeps is what is
 * committed, and that is all the second context is given.
 */
class BookingRestartTest {

    static final LocalDate CHECK_IN = LocalDate.now().plusDays(70);
    static final LocalDate CHECK_OUT = CHECK_IN.plusDays(2);
    /** The hold of a booking quoted before the crash, as configured: long enough to outlast any restart. */
    static final Duration HOLD = Duration.ofMinutes(10);
    /** The hold about to run out was granted this long before its end. */
    static final Duration HOLD_LEFT = Duration.ofSeconds(15);
    /** Before the crash, the simulated provider calls back this long after a payment: after the stop. */
    static final Duration WEBHOOK_DELAY_BEFORE_CRASH = Duration.ofSeconds(8);

    /** The service's clock: the system's, set back while one hold is granted so that only a little of it is left. */
    static final class AdjustableClock extends Clock {

        private volatile Duration offset = Duration.ZERO;

        void setBack(Duration by) {
            offset = by.negated();
        }

        void reset() {
            offset = Duration.ZERO;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }

    private ConfigurableApplicationContext running;

    @AfterEach
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void bookingsCaughtMidSagaByACrashReachTheirRightEndsAfterTheRestart_withNoDoubleHoldOrLedgerEntry()
            throws SQLException {
        InventoryInProcess.context();
        String database = TestInfrastructure.postgres().createDatabase("booking_restart");
        AdjustableClock clock = new AdjustableClock();

        // ---- before the crash -------------------------------------------------------------------
        running = start(database, clock, WEBHOOK_DELAY_BEFORE_CRASH);
        Marketplace market = new Marketplace(port(running), running.getBean(DSLContext.class));
        Hotel hotel = market.hotel(4, "3000.00", CHECK_IN, 2);
        Booking confirmed = quote(market, hotel);
        Booking expiring = quote(market, hotel);
        Booking paid = quote(market, hotel);
        Booking requested = quote(market, hotel);

        assertThat(market.hold(confirmed.traveller(), confirmed.id()).path("status").asString()).isEqualTo("HOLD");
        assertThat(pay(market, confirmed).path("status").asString()).isEqualTo("PAYMENT_PENDING");
        assertThat(market.hold(paid.traveller(), paid.id()).path("status").asString()).isEqualTo("HOLD");
        assertThat(settled(market, confirmed).path("status").asString()).isEqualTo("CONFIRMED");
        // granted by a clock set back (no webhook is under way to be signed by it): HOLD_LEFT to run, not HOLD
        clock.setBack(HOLD.minus(HOLD_LEFT));
        assertThat(market.hold(expiring.traveller(), expiring.id()).path("status").asString()).isEqualTo("HOLD");
        clock.reset();
        assertThat(market.get(expiring.traveller(), expiring.id()).path("holdSecondsLeft").asLong())
                .isBetween(1L, HOLD_LEFT.toSeconds());

        // booking stops reading Kafka; the hold request still goes out and inventory answers it
        running.getBean(IntegrationEventListeners.class).stop();
        assertThat(market.booking.post("/api/bookings/" + requested.id() + "/hold?waitSeconds=0",
                requested.traveller(), null).expect(202).body().path("status").asString()).isEqualTo("HOLD_PENDING");
        assertThat(pay(market, paid).path("status").asString()).isEqualTo("PAYMENT_PENDING");
        await().atMost(WAIT).untilAsserted(() -> assertThat(occupancy(market, hotel, n -> n.path("sold").asInt()
                + ":" + n.path("held").asInt())).containsOnly("1:3"));

        running.close();

        // what the crash left behind
        try (Connection connection = connect(database)) {
            DSLContext stored = DSL.using(connection, SQLDialect.POSTGRES);
            assertThat(statusOf(stored, confirmed)).isEqualTo("CONFIRMED");
            assertThat(statusOf(stored, expiring)).as("the hold outlasted the crash").isEqualTo("HOLD");
            assertThat(statusOf(stored, paid)).isEqualTo("PAYMENT_PENDING");
            assertThat(statusOf(stored, requested)).as("inventory's answer is still on Kafka")
                    .isEqualTo("HOLD_PENDING");
            assertThat(stored.fetchCount(SIMULATED_WEBHOOK_EVENT.join(SIMULATED_PAYMENT_INTENT)
                    .on(SIMULATED_PAYMENT_INTENT.INTENT_ID.eq(SIMULATED_WEBHOOK_EVENT.INTENT_ID)),
                    SIMULATED_PAYMENT_INTENT.BOOKING_ID.eq(paid.id()).and(SIMULATED_WEBHOOK_EVENT.DELIVERED_AT.isNull())))
                    .as("the provider still owes the paid booking's webhook").isOne();
        }

        // ---- after the restart ------------------------------------------------------------------
        running = start(database, Clock.systemUTC(), Duration.ofMillis(200));
        Marketplace restarted = new Marketplace(port(running), running.getBean(DSLContext.class));

        assertThat(settled(restarted, requested).path("status").asString()).isEqualTo("HOLD");
        assertThat(settled(restarted, paid).path("status").asString()).isEqualTo("CONFIRMED");
        await().atMost(WAIT).untilAsserted(() -> assertThat(restarted.get(expiring.traveller(), expiring.id())
                .path("status").asString()).isEqualTo("EXPIRED_HOLD"));
        // the booking held after the restart is paid like any other
        assertThat(pay(restarted, requested).path("status").asString()).isEqualTo("PAYMENT_PENDING");
        assertThat(settled(restarted, requested).path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(restarted.get(confirmed.traveller(), confirmed.id()).path("status").asString())
                .isEqualTo("CONFIRMED");

        // inventory: three rooms sold, the expired one given back, nothing left held (a hold taken twice would be)
        await().atMost(WAIT).untilAsserted(() -> assertThat(occupancy(restarted, hotel, n -> n.path("sold").asInt()
                + ":" + n.path("held").asInt() + ":" + n.path("free").asInt())).containsOnly("3:0:1"));

        // ledger: one posting of three lines per confirmed booking, whatever was replayed or redelivered
        DSLContext dsl = running.getBean(DSLContext.class);
        await().atMost(WAIT).untilAsserted(() -> {
            for (Booking booking : List.of(confirmed, paid, requested)) {
                assertThat(dsl.fetchCount(LEDGER_ENTRY, LEDGER_ENTRY.BOOKING_ID.eq(booking.id())))
                        .as("ledger lines of %s", booking.id()).isEqualTo(3);
                assertThat(dsl.fetchCount(dsl.selectDistinct(LEDGER_ENTRY.EVENT_ID).from(LEDGER_ENTRY)
                        .where(LEDGER_ENTRY.BOOKING_ID.eq(booking.id())))).as("postings of %s", booking.id()).isOne();
            }
        });
        assertThat(dsl.fetchCount(LEDGER_ENTRY, LEDGER_ENTRY.BOOKING_ID.eq(expiring.id()))).isZero();
        JsonNode balance = restarted.booking.get("/api/admin/ledger/balance", admin()).expect(200).body();
        assertThat(balance.path("balanced").asBoolean()).as("ledger balance %s", balance).isTrue();
        assertThat(balance.at("/totals/0/debits").decimalValue()).isEqualByComparingTo("20160"); // 3 × 6,720

        // the answers to holds this service never asked for (other tests' services share the topic) were skipped
        assertThat(running.getBean(ParkedMessages.class).list()).isEmpty();

        // one payment per paid booking, each captured once
        for (Booking booking : List.of(confirmed, paid, requested)) {
            JsonNode payments = restarted.booking.get("/api/admin/payments?bookingId=" + booking.id(), admin())
                    .expect(200).body();
            assertThat(payments).as("payments of %s", booking.id()).singleElement()
                    .satisfies(p -> assertThat(p.path("status").asString()).isEqualTo("CAPTURED"));
        }
    }

    record Booking(String traveller, String id) {
    }

    private static Booking quote(Marketplace market, Hotel hotel) {
        String traveller = traveller();
        return new Booking(traveller, market.quote(traveller, hotel, CHECK_IN, CHECK_OUT, 1).path("bookingId")
                .asString());
    }

    /** Pays without waiting: the booking as the payment left it. */
    private static JsonNode pay(Marketplace market, Booking booking) {
        return market.booking.post("/api/bookings/" + booking.id() + "/payment?waitSeconds=0", booking.traveller(),
                Map.of("cardNumber", GOOD_CARD)).expect(202).body();
    }

    /** The booking once it has left its transitional state (the API's bounded wait). */
    private static JsonNode settled(Marketplace market, Booking booking) {
        return market.booking.get("/api/bookings/" + booking.id() + "?waitSeconds=30", booking.traveller())
                .expect(200).body();
    }

    private static List<String> occupancy(Marketplace market, Hotel hotel, Function<JsonNode, String> nightly) {
        JsonNode nights = market.occupancy(hotel, CHECK_IN, CHECK_OUT.minusDays(1));
        assertThat(nights).hasSize(2);
        List<String> values = new ArrayList<>();
        nights.forEach(night -> values.add(nightly.apply(night)));
        return values;
    }

    private static String statusOf(DSLContext stored, Booking booking) {
        return stored.select(BOOKING_VIEW.STATUS).from(BOOKING_VIEW).where(BOOKING_VIEW.BOOKING_ID.eq(booking.id()))
                .fetchOne(BOOKING_VIEW.STATUS);
    }

    /**
     * The booking service on {@code database}: the same database and consumer groups every time,
     * the given clock, holds of {@link #HOLD}, the simulated provider calling back after {@code webhookDelay}.
     */
    private static ConfigurableApplicationContext start(String database, Clock clock, Duration webhookDelay) {
        return new SpringApplicationBuilder(BookingApplication.class, BookingTestConfiguration.class)
                .initializers(TestInfrastructureInitializer.reusing(database),
                        context -> ((GenericApplicationContext) context).registerBean("restartTestClock", Clock.class,
                                () -> clock))
                .properties("axoniq.update-checker.disabled=true")
                .run("--server.port=0",
                        "--tripavail.booking.hold-duration=" + HOLD.toSeconds() + "s",
                        "--tripavail.booking.payments.providers.simulated.webhook-delay=" + webhookDelay.toMillis()
                                + "ms");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static Connection connect(String database) {
        PostgresInstance postgres = TestInfrastructure.postgres();
        try {
            return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
