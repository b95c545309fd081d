package com.tripavail.booking.api.dashboard;

import com.tripavail.booking.query.dashboard.ProviderProfiles;
import com.tripavail.platform.security.CurrentUser;
import com.tripavail.platform.web.ForbiddenException;
import java.util.List;
import org.springframework.stereotype.Component;

/** The provider profiles of the caller of a {@code /api/providers/me/**} read; 403 for a caller with none. */
@Component
public class ProviderCallers {

    private final ProviderProfiles profiles;

    public ProviderCallers(ProviderProfiles profiles) {
        this.profiles = profiles;
    }

    public List<String> profilesOf(CurrentUser user) {
        List<String> providerIds = profiles.ofUser(user.userId());
        if (providerIds.isEmpty()) {
            throw new ForbiddenException("only providers have bookings and earnings; you have no provider profile");
        }
        return providerIds;
    }
}
