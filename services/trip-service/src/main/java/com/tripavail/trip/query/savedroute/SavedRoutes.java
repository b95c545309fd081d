package com.tripavail.trip.query.savedroute;

import static com.tripavail.trip.jooq.Tables.SAVED_ROUTE;

import com.tripavail.trip.event.RouteSnapshot;
import com.tripavail.trip.jooq.tables.records.SavedRouteRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saved routes: a plain table, since saving, reusing and deleting a route need no history. Every operation
 * names the user, so one user never reads or changes another's.
 */
@Repository
public class SavedRoutes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext dsl;

    public SavedRoutes(DSLContext dsl) {
        this.dsl = dsl;
    }

    public SavedRoute save(String id, String userId, String name, RouteSnapshot route, Instant at) {
        return dsl.insertInto(SAVED_ROUTE)
                .set(SAVED_ROUTE.ID, id)
                .set(SAVED_ROUTE.USER_ID, userId)
                .set(SAVED_ROUTE.NAME, name)
                .set(SAVED_ROUTE.SEARCH_ID, route.searchId())
                .set(SAVED_ROUTE.ROUTE_INDEX, route.routeIndex())
                .set(SAVED_ROUTE.ORIGIN_NAME, route.legs().getFirst().fromName())
                .set(SAVED_ROUTE.DESTINATION_NAME, route.legs().getLast().toName())
                .set(SAVED_ROUTE.ROUTE, JSONB.valueOf(JSON.writeValueAsString(route)))
                .set(SAVED_ROUTE.CREATED_AT, utc(at))
                .set(SAVED_ROUTE.UPDATED_AT, utc(at))
                .returning()
                .fetchOne(SavedRoutes::savedRoute);
    }

    /** The user's saved routes, the most recently used (or saved) first. */
    public List<SavedRoute> listOf(String userId) {
        return dsl.selectFrom(SAVED_ROUTE)
                .where(SAVED_ROUTE.USER_ID.eq(userId))
                .orderBy(SAVED_ROUTE.UPDATED_AT.desc(), SAVED_ROUTE.ID)
                .fetch(SavedRoutes::savedRoute);
    }

    public Optional<SavedRoute> find(String id, String userId) {
        return dsl.selectFrom(SAVED_ROUTE)
                .where(SAVED_ROUTE.ID.eq(id).and(SAVED_ROUTE.USER_ID.eq(userId)))
                .fetchOptional(SavedRoutes::savedRoute);
    }

    /** Counts one reuse of the user's route (atomically); empty if the user has no such route. */
    public Optional<SavedRoute> use(String id, String userId, Instant at) {
        return dsl.update(SAVED_ROUTE)
                .set(SAVED_ROUTE.TIMES_USED, SAVED_ROUTE.TIMES_USED.plus(1))
                .set(SAVED_ROUTE.LAST_USED_AT, utc(at))
                .set(SAVED_ROUTE.UPDATED_AT, utc(at))
                .where(SAVED_ROUTE.ID.eq(id).and(SAVED_ROUTE.USER_ID.eq(userId)))
                .returning()
                .fetchOptional()
                .map(SavedRoutes::savedRoute);
    }

    /** @return whether the user had such a route */
    public boolean delete(String id, String userId) {
        return dsl.deleteFrom(SAVED_ROUTE).where(SAVED_ROUTE.ID.eq(id).and(SAVED_ROUTE.USER_ID.eq(userId)))
                .execute() > 0;
    }

    private static SavedRoute savedRoute(SavedRouteRecord r) {
        return new SavedRoute(r.getId(), r.getUserId(), r.getName(), r.getSearchId(), r.getRouteIndex(),
                r.getOriginName(), r.getDestinationName(), JSON.readValue(r.getRoute().data(), RouteSnapshot.class),
                r.getTimesUsed(), instant(r.getLastUsedAt()), instant(r.getCreatedAt()), instant(r.getUpdatedAt()));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
