package com.tripavail.trip.query.search;

import static com.tripavail.trip.jooq.Tables.SEARCH_RESULT;

import com.tripavail.trip.event.RouteSnapshot;
import com.tripavail.trip.jooq.tables.records.SearchResultRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored route search results (table {@code search_result}): the cache of equal requests and, for the trip side,
 * the routes a search offered, readable by search id until they expire.
 */
public class SearchResults {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<StoredRoute>> ROUTES = new TypeReference<>() {
    };

    private final DSLContext dsl;
    private final Clock clock;

    public SearchResults(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The route a search offered at {@code routeIndex}, while the result is kept (24 h by default). */
    public Optional<RouteSnapshot> route(String searchId, int routeIndex) {
        return find(searchId).filter(s -> routeIndex >= 0 && routeIndex < s.routes().size())
                .map(s -> s.routes().get(routeIndex).route());
    }

    /** The result of a search, while it is kept. */
    public Optional<StoredSearch> find(String searchId) {
        return dsl.selectFrom(SEARCH_RESULT)
                .where(SEARCH_RESULT.SEARCH_ID.eq(searchId).and(SEARCH_RESULT.EXPIRES_AT.gt(now())))
                .fetchOptional()
                .map(SearchResults::stored);
    }

    /** The newest result of an equal request made after {@code since}. */
    public Optional<StoredSearch> findCached(String cacheKey, Instant since) {
        return dsl.selectFrom(SEARCH_RESULT)
                .where(SEARCH_RESULT.CACHE_KEY.eq(cacheKey)
                        .and(SEARCH_RESULT.CREATED_AT.gt(OffsetDateTime.ofInstant(since, ZoneOffset.UTC)))
                        .and(SEARCH_RESULT.EXPIRES_AT.gt(now())))
                .orderBy(SEARCH_RESULT.CREATED_AT.desc())
                .limit(1)
                .fetchOptional()
                .map(SearchResults::stored);
    }

    public void save(StoredSearch search, NormalisedSearch request, Object resolvedPlaces) {
        dsl.insertInto(SEARCH_RESULT)
                .set(SEARCH_RESULT.SEARCH_ID, search.searchId())
                .set(SEARCH_RESULT.CACHE_KEY, search.cacheKey())
                .set(SEARCH_RESULT.REQUEST, JSONB.valueOf(JSON.writeValueAsString(request)))
                .set(SEARCH_RESULT.RESOLVED, JSONB.valueOf(JSON.writeValueAsString(resolvedPlaces)))
                .set(SEARCH_RESULT.ROUTES, JSONB.valueOf(JSON.writeValueAsString(search.routes())))
                .set(SEARCH_RESULT.CREATED_AT, OffsetDateTime.ofInstant(search.createdAt(), ZoneOffset.UTC))
                .set(SEARCH_RESULT.EXPIRES_AT, OffsetDateTime.ofInstant(search.expiresAt(), ZoneOffset.UTC))
                .execute();
    }

    /** Deletes the results expired by {@code now}; returns how many. */
    public int deleteExpired(Instant now) {
        return dsl.deleteFrom(SEARCH_RESULT)
                .where(SEARCH_RESULT.EXPIRES_AT.le(OffsetDateTime.ofInstant(now, ZoneOffset.UTC)))
                .execute();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static StoredSearch stored(SearchResultRecord row) {
        return new StoredSearch(row.getSearchId(), row.getCacheKey(), JSON.readValue(row.getRoutes().data(), ROUTES),
                row.getCreatedAt().toInstant(), row.getExpiresAt().toInstant());
    }
}
