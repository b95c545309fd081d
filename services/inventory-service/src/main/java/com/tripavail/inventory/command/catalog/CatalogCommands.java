package com.tripavail.inventory.command.catalog;

import static com.tripavail.inventory.command.catalog.CatalogOutcome.accepted;
import static com.tripavail.inventory.command.catalog.CatalogOutcome.refused;

import com.tripavail.contracts.Money;
import com.tripavail.inventory.command.catalog.CatalogProductIndex.Kind;
import com.tripavail.inventory.command.catalog.CatalogProductIndex.Product;
import com.tripavail.inventory.event.PauseReason;
import com.tripavail.inventory.event.ProductStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sending side of the catalogue's commands: it looks up what an aggregate may not read
 * itself (the owner's verification status, a hotel package's listing, today's date) and
 * passes it in, and checks ownership against {@link CatalogProductIndex} so another
 * provider's product is "not found". Each call is one transaction with the command's events;
 * a publication holds the provider's standing row, so a concurrent suspension pauses it.
 */
@Service
public class CatalogCommands {

    private static final Logger log = LoggerFactory.getLogger(CatalogCommands.class);

    private final CommandGateway commands;
    private final CatalogProductIndex products;
    private final ProviderStandings standings;
    private final Clock clock;

    public CatalogCommands(CommandGateway commands, CatalogProductIndex products, ProviderStandings standings,
                           Clock clock) {
        this.commands = commands;
        this.products = products;
        this.standings = standings;
        this.clock = clock;
    }

    // ---- listings ------------------------------------------------------------------------------

    @Transactional
    public CatalogOutcome createListing(CreateListingCommand command) {
        Optional<String> problem = CatalogRules.listingDetails(command.details());
        if (problem.isPresent()) {
            return refused(CatalogRefusal.INVALID_DETAILS, problem.get(), null);
        }
        commands.sendAndWait(command);
        return accepted(ProductStatus.DRAFT);
    }

    @Transactional
    public CatalogOutcome updateListing(UpdateListingDetailsCommand command) {
        return owned(command.listingId(), Kind.LISTING, command.actingProviderId(), product -> command);
    }

    @Transactional
    public CatalogOutcome addRoomType(AddRoomTypeCommand command) {
        return owned(command.listingId(), Kind.LISTING, command.actingProviderId(), product -> command);
    }

    @Transactional
    public CatalogOutcome updateRoomType(UpdateRoomTypeCommand command) {
        return owned(command.listingId(), Kind.LISTING, command.actingProviderId(), product -> command);
    }

    @Transactional
    public CatalogOutcome publishListing(String listingId, String providerId, Instant at) {
        return owned(listingId, Kind.LISTING, providerId, product -> new PublishListingCommand(listingId, providerId,
                standings.statusForPublishing(providerId), at));
    }

    @Transactional
    public CatalogOutcome pauseListing(String listingId, String providerId, Instant at) {
        return owned(listingId, Kind.LISTING, providerId,
                product -> new PauseListingCommand(listingId, providerId, PauseReason.BY_PROVIDER, at));
    }

    @Transactional
    public CatalogOutcome archiveListing(String listingId, String providerId, Instant at) {
        return owned(listingId, Kind.LISTING, providerId, product -> new ArchiveListingCommand(listingId, providerId, at));
    }

    // ---- hotel packages ------------------------------------------------------------------------

    @Transactional
    public CatalogOutcome createHotelPackage(CreateHotelPackageCommand command) {
        Optional<Product> listing = products.find(command.listingId(), Kind.LISTING)
                .filter(p -> p.providerId().equals(command.providerId()));
        if (listing.isEmpty()) {
            return refused(CatalogRefusal.NOT_OWNER, "no listing " + command.listingId(), null);
        }
        if (listing.get().status() == ProductStatus.ARCHIVED) {
            return refused(CatalogRefusal.WRONG_STATE, "the listing is archived", ProductStatus.ARCHIVED);
        }
        Optional<String> problem = CatalogRules.hotelPackage(command);
        if (problem.isPresent()) {
            return refused(CatalogRefusal.INVALID_DETAILS, problem.get(), null);
        }
        List<String> foreign = products.foreignRoomTypes(command.listingId(), command.roomTypeIds());
        if (!foreign.isEmpty()) {
            return refused(CatalogRefusal.INVALID_DETAILS, "not room types of the listing: " + foreign, null);
        }
        commands.sendAndWait(command);
        return accepted(ProductStatus.DRAFT);
    }

    @Transactional
    public CatalogOutcome publishHotelPackage(String packageId, String providerId, Instant at) {
        return owned(packageId, Kind.HOTEL_PACKAGE, providerId, product -> {
            ProductStatus listingStatus = products.find(product.listingId(), Kind.LISTING)
                    .map(Product::status).orElse(ProductStatus.ARCHIVED);
            return new PublishHotelPackageCommand(packageId, providerId, standings.statusForPublishing(providerId),
                    listingStatus, at);
        });
    }

    @Transactional
    public CatalogOutcome pauseHotelPackage(String packageId, String providerId, Instant at) {
        return owned(packageId, Kind.HOTEL_PACKAGE, providerId,
                product -> new PauseHotelPackageCommand(packageId, providerId, PauseReason.BY_PROVIDER, at));
    }

    @Transactional
    public CatalogOutcome archiveHotelPackage(String packageId, String providerId, Instant at) {
        return owned(packageId, Kind.HOTEL_PACKAGE, providerId,
                product -> new ArchiveHotelPackageCommand(packageId, providerId, at));
    }

    // ---- tour packages -------------------------------------------------------------------------

    @Transactional
    public CatalogOutcome createTourPackage(CreateTourPackageCommand command) {
        Optional<String> problem = CatalogRules.tourPackage(command);
        if (problem.isPresent()) {
            return refused(CatalogRefusal.INVALID_DETAILS, problem.get(), null);
        }
        commands.sendAndWait(command);
        return accepted(ProductStatus.DRAFT);
    }

    @Transactional
    public CatalogOutcome publishTourPackage(String packageId, String providerId, Instant at) {
        return owned(packageId, Kind.TOUR_PACKAGE, providerId, product -> new PublishTourPackageCommand(packageId,
                providerId, standings.statusForPublishing(providerId), at));
    }

    @Transactional
    public CatalogOutcome pauseTourPackage(String packageId, String providerId, Instant at) {
        return owned(packageId, Kind.TOUR_PACKAGE, providerId,
                product -> new PauseTourPackageCommand(packageId, providerId, PauseReason.BY_PROVIDER, at));
    }

    @Transactional
    public CatalogOutcome archiveTourPackage(String packageId, String providerId, Instant at) {
        return owned(packageId, Kind.TOUR_PACKAGE, providerId,
                product -> new ArchiveTourPackageCommand(packageId, providerId, at));
    }

    /** Today is the service clock's date (UTC): a departure dated before it is refused. */
    @Transactional
    public CatalogOutcome scheduleDeparture(String packageId, String departureId, String providerId,
                                            LocalDate departureDate, int seats, Money pricePerSeat, Instant at) {
        return owned(packageId, Kind.TOUR_PACKAGE, providerId, product -> new ScheduleTourDepartureCommand(packageId,
                departureId, providerId, departureDate, seats, pricePerSeat, LocalDate.now(clock), at));
    }

    // ---- suspension ----------------------------------------------------------------------------

    /**
     * Pauses every PUBLISHED product of a suspended provider (reason PROVIDER_SUSPENDED), in the
     * caller's transaction. They come back only when the provider publishes them again.
     */
    @Transactional
    public int pauseEverythingOf(String providerId, Instant at) {
        int paused = 0;
        for (Product product : products.ofProvider(providerId, ProductStatus.PUBLISHED)) {
            Object command = switch (product.kind()) {
                case LISTING -> new PauseListingCommand(product.productId(), providerId,
                        PauseReason.PROVIDER_SUSPENDED, at);
                case HOTEL_PACKAGE -> new PauseHotelPackageCommand(product.productId(), providerId,
                        PauseReason.PROVIDER_SUSPENDED, at);
                case TOUR_PACKAGE -> new PauseTourPackageCommand(product.productId(), providerId,
                        PauseReason.PROVIDER_SUSPENDED, at);
            };
            CatalogOutcome outcome = commands.sendAndWait(command);
            if (outcome instanceof CatalogOutcome.Accepted) {
                paused++;
            } else {
                log.warn("pausing {} {} of suspended provider {} was refused: {}", product.kind(),
                        product.productId(), providerId, outcome);
            }
        }
        return paused;
    }

    private CatalogOutcome owned(String productId, Kind kind, String providerId, Function<Product, Object> command) {
        Optional<Product> product = products.find(productId, kind).filter(p -> p.providerId().equals(providerId));
        if (product.isEmpty()) {
            return refused(CatalogRefusal.NOT_OWNER, "no " + kind.name().toLowerCase().replace('_', ' ') + " "
                    + productId, null);
        }
        return commands.sendAndWait(command.apply(product.get()));
    }
}
