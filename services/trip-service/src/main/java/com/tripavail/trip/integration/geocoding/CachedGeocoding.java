package com.tripavail.trip.integration.geocoding;

import static com.tripavail.trip.jooq.Tables.GEOCODE_CACHE;

import com.tripavail.trip.jooq.tables.records.GeocodeCacheRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Geocoder} port behind a cache table: an answer (also "not found") is reused for {@code ttl}, so a
 * popular name costs one call a day. A failing geocoder counts as "not found" for this request and is not cached.
 */
public class CachedGeocoding {

    private static final Logger log = LoggerFactory.getLogger(CachedGeocoding.class);

    private final Geocoder geocoder;
    private final DSLContext dsl;
    private final Clock clock;
    private final Duration ttl;

    public CachedGeocoding(Geocoder geocoder, DSLContext dsl, Clock clock, Duration ttl) {
        this.geocoder = geocoder;
        this.dsl = dsl;
        this.clock = clock;
        this.ttl = ttl;
    }

    public Optional<Geocoder.GeocodedPlace> locate(String placeName) {
        String query = placeName.strip().toLowerCase(Locale.ROOT);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        GeocodeCacheRecord cached = dsl.selectFrom(GEOCODE_CACHE)
                .where(GEOCODE_CACHE.QUERY.eq(query).and(GEOCODE_CACHE.EXPIRES_AT.gt(now)))
                .fetchOne();
        if (cached != null) {
            return cached.getFound()
                    ? Optional.of(new Geocoder.GeocodedPlace(cached.getName(), cached.getLat(), cached.getLon()))
                    : Optional.empty();
        }
        Optional<Geocoder.GeocodedPlace> answer;
        try {
            answer = geocoder.locate(placeName.strip());
        } catch (RuntimeException e) {
            log.warn("Geocoder failed for '{}'; treated as unknown", placeName, e);
            return Optional.empty();
        }
        dsl.insertInto(GEOCODE_CACHE)
                .set(GEOCODE_CACHE.QUERY, query)
                .set(GEOCODE_CACHE.FOUND, answer.isPresent())
                .set(GEOCODE_CACHE.NAME, answer.map(Geocoder.GeocodedPlace::name).orElse(null))
                .set(GEOCODE_CACHE.LAT, answer.map(Geocoder.GeocodedPlace::lat).orElse(null))
                .set(GEOCODE_CACHE.LON, answer.map(Geocoder.GeocodedPlace::lon).orElse(null))
                .set(GEOCODE_CACHE.CREATED_AT, now)
                .set(GEOCODE_CACHE.EXPIRES_AT, now.plus(ttl))
                .onConflict(GEOCODE_CACHE.QUERY).doUpdate()
                .set(GEOCODE_CACHE.FOUND, answer.isPresent())
                .set(GEOCODE_CACHE.NAME, answer.map(Geocoder.GeocodedPlace::name).orElse(null))
                .set(GEOCODE_CACHE.LAT, answer.map(Geocoder.GeocodedPlace::lat).orElse(null))
                .set(GEOCODE_CACHE.LON, answer.map(Geocoder.GeocodedPlace::lon).orElse(null))
                .set(GEOCODE_CACHE.CREATED_AT, now)
                .set(GEOCODE_CACHE.EXPIRES_AT, now.plus(ttl))
                .execute();
        return answer;
    }

    /** Deletes the answers expired by {@code now}; returns how many. */
    public int deleteExpired(Instant now) {
        return dsl.deleteFrom(GEOCODE_CACHE)
                .where(GEOCODE_CACHE.EXPIRES_AT.le(OffsetDateTime.ofInstant(now, ZoneOffset.UTC)))
                .execute();
    }
}
