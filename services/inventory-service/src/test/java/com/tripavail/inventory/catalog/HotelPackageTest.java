package com.tripavail.inventory.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.predicate;

import com.tripavail.contracts.Money;
import com.tripavail.inventory.command.catalog.ArchiveHotelPackageCommand;
import com.tripavail.inventory.command.catalog.CatalogOutcome;
import com.tripavail.inventory.command.catalog.CatalogRefusal;
import com.tripavail.inventory.command.catalog.CatalogRules;
import com.tripavail.inventory.command.catalog.CreateHotelPackageCommand;
import com.tripavail.inventory.command.catalog.HotelPackage;
import com.tripavail.inventory.command.catalog.PauseHotelPackageCommand;
import com.tripavail.inventory.command.catalog.PublishHotelPackageCommand;
import com.tripavail.inventory.event.AvailabilityRule;
import com.tripavail.inventory.event.DateRange;
import com.tripavail.inventory.event.HotelPackageArchivedEvent;
import com.tripavail.inventory.event.HotelPackageCreatedEvent;
import com.tripavail.inventory.event.HotelPackagePausedEvent;
import com.tripavail.inventory.event.HotelPackagePublishedEvent;
import com.tripavail.inventory.event.PackageTemplate;
import com.tripavail.inventory.event.PauseReason;
import com.tripavail.inventory.event.ProductStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hotel package rules: details, availability rules and seasons, the publishing gate, pause, archive. */
class HotelPackageTest {

    static final String PACKAGE = "package-1";
    static final String OWNER = "provider-1";
    static final String OTHER = "provider-2";
    static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    static final List<DateRange> WINTER = List.of(new DateRange(LocalDate.parse("2026-12-01"),
            LocalDate.parse("2027-02-28")));

    private FixtureConfiguration<HotelPackage> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(HotelPackage.class);
    }

    static CreateHotelPackageCommand create(AvailabilityRule rule, List<DateRange> seasons, int nights, String price) {
        return new CreateHotelPackageCommand(PACKAGE, OWNER, "listing-1", List.of("room-1"), PackageTemplate.HONEYMOON,
                "Lake honeymoon", "Two nights by the lake", Money.of(price, "INR"), nights, List.of("breakfast"),
                rule, seasons, T0);
    }

    static HotelPackageCreatedEvent created() {
        return new HotelPackageCreatedEvent(PACKAGE, OWNER, "listing-1", List.of("room-1"), PackageTemplate.HONEYMOON,
                "Lake honeymoon", "Two nights by the lake", Money.of("12000", "INR"), 2, List.of("breakfast"),
                AvailabilityRule.SEASONAL, WINTER, T0);
    }

    private static org.hamcrest.Matcher<?> refused(CatalogRefusal reason) {
        return predicate(result -> result instanceof CatalogOutcome.Refused r && r.reason() == reason);
    }

    @Test
    void givenNothing_whenCreateSeasonalPackage_thenCreated() {
        fixture.givenNoPriorActivity()
                .when(create(AvailabilityRule.SEASONAL, WINTER, 2, "12000"))
                .expectEvents(created());
    }

    @Test
    void packageRules_refuseBadNightsPriceAndSeasons() {
        assertThat(CatalogRules.hotelPackage(create(AvailabilityRule.FLEXIBLE, List.of(), 2, "100"))).isEmpty();
        assertThat(CatalogRules.hotelPackage(create(AvailabilityRule.WEEKEND_ONLY, List.of(), 1, "100"))).isEmpty();
        assertThat(CatalogRules.hotelPackage(create(AvailabilityRule.FLEXIBLE, List.of(), 0, "100")))
                .contains("nights must be between 1 and 30");
        assertThat(CatalogRules.hotelPackage(create(AvailabilityRule.FLEXIBLE, List.of(), 31, "100"))).isPresent();
        assertThat(CatalogRules.hotelPackage(create(AvailabilityRule.FLEXIBLE, List.of(), 2, "0"))).isPresent();
        assertThat(CatalogRules.hotelPackage(create(AvailabilityRule.SEASONAL, List.of(), 2, "100")))
                .contains("a SEASONAL package needs at least one season");
        assertThat(CatalogRules.hotelPackage(create(AvailabilityRule.FLEXIBLE, WINTER, 2, "100")))
                .contains("only a SEASONAL package has seasons");
        assertThat(CatalogRules.hotelPackage(create(AvailabilityRule.SEASONAL,
                List.of(new DateRange(LocalDate.parse("2027-01-10"), LocalDate.parse("2027-01-01"))), 2, "100")))
                .isPresent();
        assertThat(CatalogRules.hotelPackage(create(AvailabilityRule.SEASONAL, List.of(
                new DateRange(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-10")),
                new DateRange(LocalDate.parse("2027-01-10"), LocalDate.parse("2027-01-20"))), 2, "100")))
                .contains("seasons must not overlap");
    }

    @Test
    void givenNothing_whenCreateBreaksARule_thenFailsAndNothingHappens() {
        fixture.givenNoPriorActivity()
                .when(create(AvailabilityRule.SEASONAL, List.of(), 2, "100"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void givenDraft_whenProviderNotApproved_thenPublishRefused() {
        fixture.given(created())
                .when(new PublishHotelPackageCommand(PACKAGE, OWNER, "UNDER_REVIEW", ProductStatus.PUBLISHED, NOW))
                .expectResultMessagePayloadMatching(refused(CatalogRefusal.PROVIDER_NOT_APPROVED))
                .expectNoEvents();
    }

    @Test
    void givenDraft_whenListingNotPublished_thenPublishRefused() {
        for (ProductStatus listing : List.of(ProductStatus.DRAFT, ProductStatus.PAUSED, ProductStatus.ARCHIVED)) {
            fixture.given(created())
                    .when(new PublishHotelPackageCommand(PACKAGE, OWNER, "APPROVED", listing, NOW))
                    .expectResultMessagePayloadMatching(refused(CatalogRefusal.LISTING_NOT_PUBLISHED))
                    .expectNoEvents();
        }
    }

    @Test
    void givenDraft_whenApprovedAndListingPublished_thenPublished() {
        fixture.given(created())
                .when(new PublishHotelPackageCommand(PACKAGE, OWNER, "APPROVED", ProductStatus.PUBLISHED, NOW))
                .expectEvents(new HotelPackagePublishedEvent(PACKAGE, OWNER, NOW));
    }

    @Test
    void givenPublished_whenProviderSuspended_thenPaused() {
        fixture.given(created(), new HotelPackagePublishedEvent(PACKAGE, OWNER, T0))
                .when(new PauseHotelPackageCommand(PACKAGE, OWNER, PauseReason.PROVIDER_SUSPENDED, NOW))
                .expectEvents(new HotelPackagePausedEvent(PACKAGE, OWNER, PauseReason.PROVIDER_SUSPENDED, NOW));
    }

    @Test
    void givenPaused_whenArchive_thenArchived_andThenNothingMore() {
        fixture.given(created(), new HotelPackagePublishedEvent(PACKAGE, OWNER, T0),
                        new HotelPackagePausedEvent(PACKAGE, OWNER, PauseReason.BY_PROVIDER, T0))
                .when(new ArchiveHotelPackageCommand(PACKAGE, OWNER, NOW))
                .expectEvents(new HotelPackageArchivedEvent(PACKAGE, OWNER, NOW));
        fixture.given(created(), new HotelPackageArchivedEvent(PACKAGE, OWNER, T0))
                .when(new PublishHotelPackageCommand(PACKAGE, OWNER, "APPROVED", ProductStatus.PUBLISHED, NOW))
                .expectResultMessagePayloadMatching(refused(CatalogRefusal.WRONG_STATE))
                .expectNoEvents();
    }

    @Test
    void givenPackage_whenAnotherProviderActs_thenRefusedAsNotOwner() {
        fixture.given(created())
                .when(new ArchiveHotelPackageCommand(PACKAGE, OTHER, NOW))
                .expectResultMessagePayloadMatching(refused(CatalogRefusal.NOT_OWNER))
                .expectNoEvents();
    }
}
