package com.tripavail.inventory.config;

import static com.tripavail.inventory.jooq.Tables.CATALOG_ROOM_TYPE;
import static com.tripavail.inventory.jooq.Tables.PROVIDER_STANDING;

import com.tripavail.contracts.Money;
import com.tripavail.inventory.command.catalog.AddRoomTypeCommand;
import com.tripavail.inventory.command.catalog.CatalogCommands;
import com.tripavail.inventory.command.catalog.CatalogOutcome;
import com.tripavail.inventory.command.catalog.CatalogProductIndex;
import com.tripavail.inventory.command.catalog.CatalogProductIndex.Kind;
import com.tripavail.inventory.command.catalog.CatalogProductIndex.Product;
import com.tripavail.inventory.command.catalog.CatalogRefusal;
import com.tripavail.inventory.command.catalog.CreateListingCommand;
import com.tripavail.inventory.command.catalog.CreateTourPackageCommand;
import com.tripavail.inventory.command.catalog.ProviderStandings;
import com.tripavail.inventory.command.hold.InventoryOutcome;
import com.tripavail.inventory.command.hold.OpenRoomNightsCommand;
import com.tripavail.inventory.command.hold.RoomCalendar;
import com.tripavail.inventory.event.GeoPoint;
import com.tripavail.inventory.event.ItineraryDay;
import com.tripavail.inventory.event.ListingDetails;
import com.tripavail.inventory.event.PickupPoint;
import com.tripavail.inventory.event.ProductStatus;
import com.tripavail.inventory.event.RoomTypeDetails;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The marketplace seed's recommended catalogue, through the same commands the REST API sends:
 * two published hotels of the seeded hotel manager ("Taj View Hotels"), each with room types
 * and {@value RoomCalendar#MAX_NIGHTS_PER_BATCH} nights of inventory from today, and one
 * published tour package with departures of the seeded tour operator ("Golden Triangle Tours").
 *
 * <p>The providers come from onboarding's own seed over Kafka, so after start-up a background
 * thread waits (at most {@code tripavail.inventory.seed.wait-for-providers}) until both are
 * APPROVED here, then seeds. Product and room type ids are derived from the provider id, so a
 * restart finds what it seeded: a product already past DRAFT is left alone, one left in DRAFT
 * by an interrupted start is completed.
 */
@Component
@ConditionalOnProperty(name = "tripavail.inventory.seed.enabled", havingValue = "true")
public class DevelopmentSeed implements DisposableBean {

    public static final String HOTEL_BUSINESS = "Taj View Hotels";
    public static final String TOUR_BUSINESS = "Golden Triangle Tours";

    private static final Logger log = LoggerFactory.getLogger(DevelopmentSeed.class);
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final Duration POLL = Duration.ofSeconds(1);

    private record RoomSeed(String key, RoomTypeDetails details) {
    }

    private record HotelSeed(String key, ListingDetails details, List<RoomSeed> rooms) {
    }

    private final CatalogCommands catalog;
    private final CatalogProductIndex products;
    private final CommandGateway commands;
    private final DSLContext dsl;
    private final Clock clock;
    private final InventoryProperties properties;
    private volatile Thread worker;

    public DevelopmentSeed(CatalogCommands catalog, CatalogProductIndex products, CommandGateway commands,
                           DSLContext dsl, Clock clock, InventoryProperties properties) {
        this.catalog = catalog;
        this.products = products;
        this.commands = commands;
        this.dsl = dsl;
        this.clock = clock;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startInBackground() {
        worker = Thread.ofPlatform().daemon().name("inventory-development-seed").start(this::awaitProvidersAndSeed);
    }

    @Override
    public void destroy() {
        Thread running = worker;
        if (running != null) {
            running.interrupt();
        }
    }

    /** Waits until onboarding's seeded providers are APPROVED here (bounded), then seeds. */
    void awaitProvidersAndSeed() {
        Duration limit = properties.seed().waitForProviders();
        Instant deadline = clock.instant().plus(limit);
        try {
            while (!(approved(ProviderStandings.HOTEL_MANAGER, HOTEL_BUSINESS).isPresent()
                    && approved(ProviderStandings.TOUR_OPERATOR, TOUR_BUSINESS).isPresent())) {
                if (clock.instant().isAfter(deadline)) {
                    log.warn("development seed: onboarding's providers {} and {} were not both APPROVED within {};"
                            + " seeding what there is", HOTEL_BUSINESS, TOUR_BUSINESS, limit);
                    break;
                }
                Thread.sleep(POLL);
            }
            seed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.info("development seed: stopped before it finished");
        } catch (RuntimeException e) {
            log.error("development seed failed", e);
        }
    }

    /** Seeds what is missing for whichever of the two providers is APPROVED; a second call changes nothing. */
    public void seed() {
        Optional<String> hotelProvider = approved(ProviderStandings.HOTEL_MANAGER, HOTEL_BUSINESS);
        Optional<String> tourProvider = approved(ProviderStandings.TOUR_OPERATOR, TOUR_BUSINESS);
        hotelProvider.ifPresentOrElse(providerId -> hotels().forEach(hotel -> hotel(providerId, hotel)),
                () -> log.warn("development seed: no APPROVED hotel manager {}; no hotels seeded", HOTEL_BUSINESS));
        tourProvider.ifPresentOrElse(this::tour,
                () -> log.warn("development seed: no APPROVED tour operator {}; no tour seeded", TOUR_BUSINESS));
    }

    private Optional<String> approved(String providerType, String businessName) {
        return dsl.select(PROVIDER_STANDING.PROVIDER_ID).from(PROVIDER_STANDING)
                .where(PROVIDER_STANDING.PROVIDER_TYPE.eq(providerType))
                .and(PROVIDER_STANDING.BUSINESS_NAME.eq(businessName))
                .and(PROVIDER_STANDING.STATUS.eq("APPROVED"))
                .orderBy(PROVIDER_STANDING.UPDATED_AT.desc(), PROVIDER_STANDING.PROVIDER_ID)
                .limit(1)
                .fetchOptional(PROVIDER_STANDING.PROVIDER_ID);
    }

    // ---- hotels ----------------------------------------------------------------------------------

    private void hotel(String providerId, HotelSeed hotel) {
        String listingId = seedId(providerId, hotel.key());
        Optional<Product> existing = products.find(listingId, Kind.LISTING);
        if (existing.isPresent() && existing.get().status() != ProductStatus.DRAFT) {
            log.info("development seed: listing {} ({}) is already there, {}", hotel.details().name(), listingId,
                    existing.get().status());
            return;
        }
        if (existing.isEmpty()) {
            require(catalog.createListing(new CreateListingCommand(listingId, providerId, hotel.details(),
                    clock.instant())), "create listing " + hotel.details().name());
        }
        LocalDate from = LocalDate.now(clock.withZone(INDIA));
        LocalDate to = from.plusDays(RoomCalendar.MAX_NIGHTS_PER_BATCH - 1L);
        int nights = 0;
        for (RoomSeed room : hotel.rooms()) {
            String roomTypeId = seedId(providerId, hotel.key() + "/" + room.key());
            if (!dsl.fetchExists(CATALOG_ROOM_TYPE, CATALOG_ROOM_TYPE.ROOM_TYPE_ID.eq(roomTypeId))) {
                require(catalog.addRoomType(new AddRoomTypeCommand(listingId, roomTypeId, providerId, room.details(),
                        clock.instant())), "add room type " + room.details().name());
            }
            InventoryOutcome opened = commands.sendAndWait(new OpenRoomNightsCommand(roomTypeId, from, to, null, null,
                    clock.instant()));
            if (!(opened instanceof InventoryOutcome.Accepted accepted)) {
                throw new IllegalStateException("opening nights of " + room.details().name() + ": " + opened);
            }
            nights += accepted.nightsChanged();
        }
        require(catalog.publishListing(listingId, providerId, clock.instant()), "publish " + hotel.details().name());
        log.info("development seed: listing {} ({}) in {} with {} room types, {} nights opened {}..{}, PUBLISHED",
                hotel.details().name(), listingId, hotel.details().city(), hotel.rooms().size(), nights, from, to);
    }

    private static List<HotelSeed> hotels() {
        return List.of(
                new HotelSeed("taj-view-agra", new ListingDetails("Taj View Agra",
                        "A red-sandstone hotel 600 m from the Taj Mahal's East Gate, with a rooftop terrace facing "
                                + "the monument, an outdoor pool and a North Indian restaurant.",
                        "Taj East Gate Road, Tajganj", "Agra", "IN", new GeoPoint(27.1690, 78.0510), INDIA.getId(),
                        LocalTime.of(14, 0), LocalTime.of(12, 0),
                        List.of("wifi", "pool", "restaurant", "rooftop-terrace", "airport-shuttle", "parking")),
                        List.of(room("deluxe", "Deluxe Room", 2, "1 king", "6500", 12),
                                room("taj-view", "Taj View Room", 2, "1 king", "9500", 8),
                                room("family-suite", "Family Suite", 4, "1 king + 2 single", "14000", 4))),
                new HotelSeed("lake-palace-udaipur", new ListingDetails("Lake Palace Udaipur",
                        "A restored 18th-century haveli on the eastern shore of Lake Pichola, with jharokha "
                                + "balconies over the water, a spa and boat rides to Jag Mandir.",
                        "Lal Ghat, near Lake Pichola", "Udaipur", "IN", new GeoPoint(24.5786, 73.6824),
                        INDIA.getId(), LocalTime.of(14, 0), LocalTime.of(11, 0),
                        List.of("wifi", "spa", "restaurant", "lake-view", "boat-rides", "airport-shuttle")),
                        List.of(room("heritage", "Heritage Room", 2, "1 queen", "8000", 10),
                                room("lake-view", "Lake View Room", 2, "1 king", "12000", 8),
                                room("maharaja-suite", "Maharaja Suite", 3, "1 king + 1 sofa bed", "22000", 3))));
    }

    private static RoomSeed room(String key, String name, int capacity, String beds, String inr, int units) {
        return new RoomSeed(key, new RoomTypeDetails(name, capacity, beds, inr(inr), units));
    }

    // ---- the tour --------------------------------------------------------------------------------

    private void tour(String providerId) {
        String packageId = seedId(providerId, "golden-triangle-5-days");
        String title = "Golden Triangle 5 days";
        Optional<Product> existing = products.find(packageId, Kind.TOUR_PACKAGE);
        if (existing.isPresent() && existing.get().status() != ProductStatus.DRAFT) {
            log.info("development seed: tour package {} ({}) is already there, {}", title, packageId,
                    existing.get().status());
            return;
        }
        if (existing.isEmpty()) {
            require(catalog.createTourPackage(new CreateTourPackageCommand(packageId, providerId, title,
                    "Jaipur, Agra and Delhi in five days by private coach with an English-speaking guide: forts, "
                            + "the Taj Mahal at sunrise and the lanes of Old Delhi. Hotels and breakfast included.",
                    "Jaipur", 5, itinerary(), pickups(), 16, clock.instant())), "create tour package " + title);
        }
        LocalDate today = LocalDate.now(clock.withZone(INDIA));
        int scheduled = 0;
        for (int day = 5; day < 90; day += 10) {
            LocalDate date = today.plusDays(day);
            CatalogOutcome outcome = catalog.scheduleDeparture(packageId, seedId(providerId, "golden-triangle/" + date),
                    providerId, date, 16, inr("18500"), clock.instant());
            if (outcome instanceof CatalogOutcome.Refused refused
                    && refused.reason() == CatalogRefusal.DUPLICATE_DEPARTURE) {
                continue; // scheduled by an interrupted earlier start
            }
            require(outcome, "schedule departure " + date);
            scheduled++;
        }
        require(catalog.publishTourPackage(packageId, providerId, clock.instant()), "publish " + title);
        log.info("development seed: tour package {} ({}) from Jaipur with {} departures, PUBLISHED", title,
                packageId, scheduled);
    }

    private static List<ItineraryDay> itinerary() {
        return List.of(
                new ItineraryDay(1, "Jaipur: Amber Fort and the City Palace",
                        "Morning at Amber Fort, afternoon at the City Palace and Jantar Mantar, evening in the bazaars."),
                new ItineraryDay(2, "Jaipur to Agra via Fatehpur Sikri",
                        "Hawa Mahal at dawn, the Abhaneri stepwell, then Akbar's abandoned capital on the way to Agra."),
                new ItineraryDay(3, "Agra: the Taj Mahal at sunrise",
                        "The Taj Mahal at first light, Agra Fort, and Mehtab Bagh across the river at sunset."),
                new ItineraryDay(4, "Agra to Delhi: Old Delhi",
                        "By expressway to Delhi; Jama Masjid, a rickshaw through Chandni Chowk, the Red Fort."),
                new ItineraryDay(5, "New Delhi and departure",
                        "Humayun's Tomb and the Qutub Minar, then the drop-off at the airport."));
    }

    private static List<PickupPoint> pickups() {
        return List.of(
                new PickupPoint("Jaipur International Airport", "Jaipur", new GeoPoint(26.8242, 75.8122), false),
                new PickupPoint("Jaipur Junction railway station", "Jaipur", new GeoPoint(26.9196, 75.7878), false),
                new PickupPoint("Indira Gandhi International Airport", "Delhi", new GeoPoint(28.5562, 77.1000),
                        true));
    }

    // ---- shared ----------------------------------------------------------------------------------

    /** The same id for the same provider and product on every start. */
    private static String seedId(String providerId, String key) {
        return UUID.nameUUIDFromBytes(("development-seed/" + providerId + "/" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static Money inr(String amount) {
        return new Money(new BigDecimal(amount), "INR");
    }

    private static void require(CatalogOutcome outcome, String what) {
        if (!(outcome instanceof CatalogOutcome.Accepted)) {
            throw new IllegalStateException("development seed could not " + what + ": " + outcome);
        }
    }
}
