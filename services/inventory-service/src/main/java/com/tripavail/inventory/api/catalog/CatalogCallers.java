package com.tripavail.inventory.api.catalog;

import com.tripavail.inventory.command.catalog.ProviderStandings;
import com.tripavail.inventory.command.catalog.ProviderStandings.Standing;
import com.tripavail.platform.security.CurrentUser;
import com.tripavail.platform.web.ForbiddenException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Who a REST caller is in the catalogue: the provider profile of their user (JWT {@code sub})
 * for the product kind, as onboarding published it. No such profile → 403.
 */
@Component
public class CatalogCallers {

    private final ProviderStandings standings;

    public CatalogCallers(ProviderStandings standings) {
        this.standings = standings;
    }

    /** Listings and hotel packages belong to hotel managers. */
    public String hotelManager(CurrentUser user) {
        return standings.ofUser(user.userId(), ProviderStandings.HOTEL_MANAGER).map(Standing::providerId)
                .orElseThrow(() -> new ForbiddenException("only a hotel manager manages listings and hotel packages"));
    }

    /** Tour packages belong to tour operators. */
    public String tourOperator(CurrentUser user) {
        return standings.ofUser(user.userId(), ProviderStandings.TOUR_OPERATOR).map(Standing::providerId)
                .orElseThrow(() -> new ForbiddenException("only a tour operator manages tour packages"));
    }

    /** Every provider profile of the caller (a user may be both). */
    public List<String> anyProvider(CurrentUser user) {
        List<String> ids = Stream.of(ProviderStandings.HOTEL_MANAGER, ProviderStandings.TOUR_OPERATOR)
                .map(type -> standings.ofUser(user.userId(), type))
                .flatMap(Optional::stream)
                .map(Standing::providerId)
                .toList();
        if (ids.isEmpty()) {
            throw new ForbiddenException("only providers have products");
        }
        return ids;
    }
}
