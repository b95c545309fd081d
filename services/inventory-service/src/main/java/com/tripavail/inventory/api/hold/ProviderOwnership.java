package com.tripavail.inventory.api.hold;

import static com.tripavail.inventory.jooq.Tables.PROVIDER_STANDING;

import com.tripavail.inventory.command.hold.HoldTables;
import com.tripavail.platform.security.CurrentUser;
import com.tripavail.platform.web.NotFoundException;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a room type's nights: its owning provider (from the room type's
 * {@code RoomTypeAddedEvent}) when the caller is that provider's user (the catalogue's
 * {@code provider_standing}), or an admin. Anyone else gets 404, so ids of other providers'
 * products reveal nothing.
 */
@Component
public class ProviderOwnership {

    private final DSLContext dsl;
    private final HoldTables tables;

    public ProviderOwnership(DSLContext dsl, HoldTables tables) {
        this.dsl = dsl;
        this.tables = tables;
    }

    /** The caller's provider profiles (a user may have a hotel and a tour profile). */
    public List<String> providersOf(CurrentUser user) {
        return dsl.select(PROVIDER_STANDING.PROVIDER_ID).from(PROVIDER_STANDING)
                .where(PROVIDER_STANDING.USER_ID.eq(user.userId()))
                .fetch(PROVIDER_STANDING.PROVIDER_ID);
    }

    /** 404 unless the room type exists and belongs to the caller (or the caller is an admin). */
    public void requireRoomTypeOwner(String roomTypeId, CurrentUser user) {
        var owner = tables.roomType(roomTypeId)
                .orElseThrow(() -> new NotFoundException("no room type " + roomTypeId));
        if (!user.isAdmin() && !providersOf(user).contains(owner.providerId())) {
            throw new NotFoundException("no room type " + roomTypeId);
        }
    }
}
