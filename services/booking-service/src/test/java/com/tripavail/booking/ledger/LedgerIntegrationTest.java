package com.tripavail.booking.ledger;

import static com.tripavail.booking.jooq.Tables.LEDGER_ENTRY;
import static com.tripavail.booking.ledger.BookingEventStories.inr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.booking.BookingIntegrationTest;
import com.tripavail.booking.event.CancelledBy;
import com.tripavail.booking.event.RefundSplit;
import com.tripavail.booking.jooq.tables.records.LedgerEntryRecord;
import com.tripavail.booking.ledger.BookingEventStories.Story;
import com.tripavail.booking.query.ledger.LedgerPostings;
import com.tripavail.booking.query.ledger.LedgerProjection;
import com.tripavail.booking.query.ledger.LedgerQueries;
import com.tripavail.booking.query.ledger.LedgerQueries.CurrencyTotals;
import com.tripavail.testsupport.HttpApi;
import com.tripavail.testsupport.TestJwt;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The ledger projected from booking and payment events on the event store: the postings of a
 * confirmation, a guest's cancellation with a partial refund, a late payment refunded and a
 * provider's cancellation; debits equal credits per booking and in total after each and after a
 * replay, which rebuilds the same rows with the same ids. Then the admin and provider endpoints:
 * filters and totals, ownership, 403 and 400.
 */
@BookingIntegrationTest
class LedgerIntegrationTest {

    /** Every event of this class happens in March 2031, so period filters see only them. */
    static final Instant AT = Instant.parse("2031-03-10T08:00:00Z");
    static final LocalDate CHECK_IN = LocalDate.of(2031, 6, 1);

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionManager transactions;
    @Autowired
    DSLContext dsl;
    @Autowired
    LedgerQueries ledger;

    @Test
    void everyScenarioBalances_andAReplayRebuildsTheSameEntries() {
        BookingEventStories stories = new BookingEventStories(eventStore, transactions, dsl);
        String providerUserA = BookingEventStories.id("user-hotel-a");
        String providerUserB = BookingEventStories.id("user-hotel-b");
        String providerA = BookingEventStories.id("provider-a");
        String providerB = BookingEventStories.id("provider-b");
        stories.providerAccount(providerA, providerUserA);
        stories.providerAccount(providerB, providerUserB);
        String traveler = BookingEventStories.id("traveler");

        // 1. a confirmation
        Story confirmed = BookingEventStories.story(traveler, providerA, CHECK_IN, AT);
        stories.confirm(confirmed);
        List<LedgerEntryRecord> entries = awaitEntries(confirmed.bookingId(), 3);
        String confirmedEventId = eventId(confirmed.bookingId(), 3);
        assertThat(entries).extracting(e -> e.getAccount() + " " + e.getSide() + " " + e.getAmount().toPlainString())
                .containsExactlyInAnyOrder("TRAVELER DEBIT 11300.0000", "PROVIDER_EARNINGS CREDIT 10200.0000",
                        "COMMISSION CREDIT 1100.0000");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.getEventId()).isEqualTo(confirmedEventId);
            assertThat(e.getTravelerId()).isEqualTo(traveler);
            assertThat(e.getProviderId()).isEqualTo(providerA);
            assertThat(e.getCurrency()).isEqualTo("INR");
        });
        Instant confirmedAt = entries.getFirst().getOccurredAt().toInstant();
        assertThat(entries).extracting(LedgerEntryRecord::getEntryId).contains(
                LedgerPostings.entryId(confirmedEventId, "traveler-charge", confirmedAt),
                LedgerPostings.entryId(confirmedEventId, "provider-earnings", confirmedAt),
                LedgerPostings.entryId(confirmedEventId, "commission", confirmedAt));
        assertBalanced(confirmed.bookingId());

        // 2. the guest cancels late: half back, from earnings and commission in the booking's proportions
        Story guestCancelled = BookingEventStories.story(traveler, providerA, CHECK_IN.plusDays(7), AT.plusSeconds(10));
        stories.confirm(guestCancelled);
        stories.cancel(guestCancelled, CancelledBy.GUEST,
                new RefundSplit(inr("5650.00"), inr("5100.00"), inr("550.00"), inr("0.00")),
                BookingEventStories.id("refund"));
        entries = awaitEntries(guestCancelled.bookingId(), 6);
        assertThat(entries).extracting(e -> e.getAccount() + " " + e.getSide() + " " + e.getAmount().toPlainString())
                .containsExactlyInAnyOrder("TRAVELER DEBIT 11300.0000", "PROVIDER_EARNINGS CREDIT 10200.0000",
                        "COMMISSION CREDIT 1100.0000", "PROVIDER_EARNINGS DEBIT 5100.0000",
                        "COMMISSION DEBIT 550.0000", "TRAVELER CREDIT 5650.0000");
        assertBalanced(guestCancelled.bookingId());

        // 3. a payment after the hold expired: kept as unapplied, then refunded whole from there
        Story late = BookingEventStories.story(traveler, providerA, CHECK_IN.plusDays(14), AT.plusSeconds(20));
        stories.latePaymentRefunded(late, BookingEventStories.id("refund"));
        entries = awaitEntries(late.bookingId(), 4);
        assertThat(entries).extracting(e -> e.getAccount() + " " + e.getSide() + " " + e.getAmount().toPlainString())
                .containsExactlyInAnyOrder("TRAVELER DEBIT 11300.0000", "UNAPPLIED_PAYMENTS CREDIT 11300.0000",
                        "UNAPPLIED_PAYMENTS DEBIT 11300.0000", "TRAVELER CREDIT 11300.0000");
        assertBalanced(late.bookingId());

        // 4. the provider cancels: everything back
        Story providerCancelled = BookingEventStories.story(BookingEventStories.id("traveler"), providerB,
                CHECK_IN.plusDays(21), AT.plusSeconds(30));
        stories.confirm(providerCancelled);
        stories.cancel(providerCancelled, CancelledBy.PROVIDER,
                new RefundSplit(inr("11300.00"), inr("10200.00"), inr("1100.00"), inr("0.00")),
                BookingEventStories.id("refund"));
        entries = awaitEntries(providerCancelled.bookingId(), 6);
        assertThat(entries).filteredOn(e -> e.getAccount().equals("PROVIDER_EARNINGS"))
                .extracting(e -> e.getSide() + " " + e.getAmount().toPlainString())
                .containsExactlyInAnyOrder("CREDIT 10200.0000", "DEBIT 10200.0000");
        assertBalanced(providerCancelled.bookingId());

        // a replay rebuilds the very same rows, with the same ids, from the events alone
        List<String> bookings = List.of(confirmed.bookingId(), guestCancelled.bookingId(), late.bookingId(),
                providerCancelled.bookingId());
        List<LedgerEntryRecord> before = rows(bookings);
        assertThat(before).hasSize(19);
        dsl.deleteFrom(LEDGER_ENTRY).where(LEDGER_ENTRY.BOOKING_ID.eq(late.bookingId())).execute();
        dsl.update(LEDGER_ENTRY).set(LEDGER_ENTRY.AMOUNT, new BigDecimal("1.00"))
                .where(LEDGER_ENTRY.BOOKING_ID.eq(confirmed.bookingId())).execute();
        HttpApi api = new HttpApi(port);
        String admin = TestJwt.token("admin-ledger", "ADMIN");
        api.post("/api/admin/processors/" + LedgerProjection.PROCESSING_GROUP + "/replay", admin, null).expect(202);
        awaitCaughtUp(api, admin, LedgerProjection.PROCESSING_GROUP);
        List<LedgerEntryRecord> after = rows(bookings);
        assertThat(after).isEqualTo(before);
        for (String booking : bookings) {
            assertBalanced(booking);
        }

        // the admin's view: a booking's entries with their totals, an account over a period, the balance check
        JsonNode page = api.get("/api/admin/ledger?bookingId=" + guestCancelled.bookingId(), admin).expect(200).body();
        assertThat(page.get("entries")).hasSize(6);
        assertThat(page.get("totalEntries").asLong()).isEqualTo(6);
        assertThat(page.get("balanced").asBoolean()).isTrue();
        assertThat(page.get("totals").get(0).get("debits").decimalValue()).isEqualByComparingTo("16950.00");
        assertThat(page.get("totals").get(0).get("credits").decimalValue()).isEqualByComparingTo("16950.00");

        JsonNode unapplied = api.get("/api/admin/ledger?account=UNAPPLIED_PAYMENTS&from=2031-03-10&to=2031-03-10"
                + "&page=0&size=10", admin).expect(200).body();
        assertThat(unapplied.get("entries")).hasSize(2)
                .allSatisfy(e -> assertThat(e.get("bookingId").asString()).isEqualTo(late.bookingId()));
        assertThat(unapplied.get("balanced").asBoolean()).isTrue();

        JsonNode paged = api.get("/api/admin/ledger?from=2031-03-10&to=2031-03-10&page=1&size=5", admin)
                .expect(200).body();
        assertThat(paged.get("entries")).hasSize(5);
        assertThat(paged.get("totalEntries").asLong()).isEqualTo(19);
        assertThat(paged.get("balanced").asBoolean()).isTrue();

        JsonNode balance = api.get("/api/admin/ledger/balance", admin).expect(200).body();
        assertThat(balance.get("balanced").asBoolean()).as("balance %s", balance).isTrue();
        assertThat(balance.get("unbalancedBookings")).isEmpty();

        // a provider sees the earnings of their own profiles only, and the net after refunds
        JsonNode earningsA = api.get("/api/providers/me/earnings?from=2031-03-01&to=2031-03-31",
                TestJwt.token(providerUserA, "PROVIDER")).expect(200).body();
        assertThat(earningsA.get("entries")).hasSize(3).allSatisfy(e -> {
            assertThat(e.get("providerId").asString()).isEqualTo(providerA);
            assertThat(e.get("account").asString()).isEqualTo("PROVIDER_EARNINGS");
        });
        assertThat(earningsA.get("net").get(0).get("earned").decimalValue()).isEqualByComparingTo("20400.00");
        assertThat(earningsA.get("net").get(0).get("refunded").decimalValue()).isEqualByComparingTo("5100.00");
        assertThat(earningsA.get("net").get(0).get("net").decimalValue()).isEqualByComparingTo("15300.00");
        JsonNode earningsB = api.get("/api/providers/me/earnings", TestJwt.token(providerUserB, "PROVIDER"))
                .expect(200).body();
        assertThat(earningsB.get("entries")).hasSize(2)
                .allSatisfy(e -> assertThat(e.get("bookingId").asString()).isEqualTo(providerCancelled.bookingId()));
        assertThat(earningsB.get("net").get(0).get("net").decimalValue()).isEqualByComparingTo("0");

        // who may not
        String travelerToken = TestJwt.token(traveler, "TRAVELER");
        api.get("/api/admin/ledger", travelerToken).expectProblem(403);
        api.get("/api/admin/ledger/balance", TestJwt.token(providerUserA, "PROVIDER")).expectProblem(403);
        api.get("/api/providers/me/earnings", travelerToken).expectProblem(403);
        api.get("/api/admin/ledger", null).expect(401);
    }

    @Test
    void badParametersAreRefusedWith400() {
        HttpApi api = new HttpApi(port);
        String admin = TestJwt.token("admin-ledger", "ADMIN");
        for (String query : List.of("account=CASH", "from=2031-02-30", "from=2031-03-10&to=2031-03-01",
                "from=2020-01-01&to=2031-01-01", "page=-1", "size=0", "size=1000", "size=abc", "bookingId=%20")) {
            api.get("/api/admin/ledger?" + query, admin).expectProblem(400);
        }
        String provider = TestJwt.token("someone", "PROVIDER");
        api.get("/api/providers/me/earnings?from=yesterday", provider).expectProblem(400);
        api.get("/api/providers/me/earnings?from=2031-03-10&to=2031-03-01", provider).expectProblem(400);
    }

    private List<LedgerEntryRecord> awaitEntries(String bookingId, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> entriesOf(bookingId).size() >= count);
        List<LedgerEntryRecord> entries = entriesOf(bookingId);
        assertThat(entries).hasSize(count);
        return entries;
    }

    private List<LedgerEntryRecord> entriesOf(String bookingId) {
        return dsl.selectFrom(LEDGER_ENTRY).where(LEDGER_ENTRY.BOOKING_ID.eq(bookingId)).fetch();
    }

    private List<LedgerEntryRecord> rows(List<String> bookingIds) {
        return dsl.selectFrom(LEDGER_ENTRY).where(LEDGER_ENTRY.BOOKING_ID.in(bookingIds))
                .orderBy(LEDGER_ENTRY.ENTRY_ID).fetch();
    }

    private void assertBalanced(String bookingId) {
        List<CurrencyTotals> totals = ledger.bookingTotals(bookingId);
        assertThat(totals).isNotEmpty().allSatisfy(t -> assertThat(t.balanced()).as("booking %s: %s", bookingId, t)
                .isTrue());
        LedgerQueries.LedgerBalance balance = ledger.balance();
        assertThat(balance.balanced()).as("whole ledger: %s", balance).isTrue();
    }

    private String eventId(String aggregateId, long sequence) {
        return dsl.select(org.jooq.impl.DSL.field("eventidentifier", String.class))
                .from(org.jooq.impl.DSL.table("domainevententry"))
                .where(org.jooq.impl.DSL.field("aggregateidentifier").eq(aggregateId))
                .and(org.jooq.impl.DSL.field("sequencenumber").eq(sequence))
                .fetchSingle().value1();
    }

    static void awaitCaughtUp(HttpApi api, String admin, String processor) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode status = api.get("/api/admin/processors/" + processor, admin).expect(200).body();
            assertThat(status.get("replaying").asBoolean()).as("replaying in %s", status).isFalse();
            assertThat(status.get("lag").asLong()).isZero();
            assertThat(status.get("error").asBoolean()).as("error in %s", status).isFalse();
        });
    }
}
