package com.tripavail.trip.query.feed;

import static com.tripavail.trip.jooq.Tables.FEED_IMPORT;

import com.tripavail.trip.jooq.tables.records.FeedImportRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The table {@code feed_import}: each import's progress, log and report, written as it goes. */
public class FeedImportRecords {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext dsl;

    public FeedImportRecords(DSLContext dsl) {
        this.dsl = dsl;
    }

    void started(String id, List<FeedSpec> sources, String requestedBy, Instant at) {
        dsl.insertInto(FEED_IMPORT)
                .set(FEED_IMPORT.ID, id)
                .set(FEED_IMPORT.STATUS, "RUNNING")
                .set(FEED_IMPORT.PHASE, "QUEUED")
                .set(FEED_IMPORT.PERCENT, 0)
                .set(FEED_IMPORT.REQUESTED_BY, requestedBy)
                .set(FEED_IMPORT.SOURCES, json(sources))
                .set(FEED_IMPORT.STARTED_AT, utc(at))
                .execute();
    }

    void progressed(String id, String phase, int percent, List<String> log) {
        dsl.update(FEED_IMPORT)
                .set(FEED_IMPORT.PHASE, phase)
                .set(FEED_IMPORT.PERCENT, percent)
                .set(FEED_IMPORT.LOG, json(log))
                .where(FEED_IMPORT.ID.eq(id))
                .execute();
    }

    void finished(String id, boolean succeeded, Map<String, Long> counts, List<FeedImportView.FeedReport> report,
                  List<String> log, Instant at) {
        dsl.update(FEED_IMPORT)
                .set(FEED_IMPORT.STATUS, succeeded ? "SUCCEEDED" : "FAILED")
                .set(FEED_IMPORT.PHASE, succeeded ? "DONE" : "FAILED")
                .set(FEED_IMPORT.PERCENT, 100)
                .set(FEED_IMPORT.COUNTS, counts == null ? null : json(counts))
                .set(FEED_IMPORT.REPORT, report == null ? null : json(report))
                .set(FEED_IMPORT.LOG, json(log))
                .set(FEED_IMPORT.FINISHED_AT, utc(at))
                .where(FEED_IMPORT.ID.eq(id))
                .execute();
    }

    /** Imports a stopped instance left RUNNING: they will never finish. */
    int abandonRunning(Instant at) {
        return dsl.update(FEED_IMPORT)
                .set(FEED_IMPORT.STATUS, "FAILED")
                .set(FEED_IMPORT.PHASE, "FAILED")
                .set(FEED_IMPORT.FINISHED_AT, utc(at))
                .where(FEED_IMPORT.STATUS.eq("RUNNING"))
                .execute();
    }

    public Optional<FeedImportView> find(String id) {
        return dsl.selectFrom(FEED_IMPORT).where(FEED_IMPORT.ID.eq(id)).fetchOptional().map(FeedImportRecords::view);
    }

    public List<FeedImportView> latest(int limit) {
        return dsl.selectFrom(FEED_IMPORT).orderBy(FEED_IMPORT.STARTED_AT.desc()).limit(limit).fetch(FeedImportRecords::view);
    }

    private static FeedImportView view(FeedImportRecord row) {
        return new FeedImportView(row.getId(), row.getStatus(), row.getPhase(), row.getPercent(), row.getRequestedBy(),
                read(row.getSources(), new TypeReference<List<FeedSpec>>() { }),
                row.getCounts() == null ? null : read(row.getCounts(), new TypeReference<Map<String, Long>>() { }),
                read(row.getLog(), new TypeReference<List<String>>() { }),
                row.getReport() == null ? null : read(row.getReport(), new TypeReference<List<FeedImportView.FeedReport>>() { }),
                row.getStartedAt().toInstant(), row.getFinishedAt() == null ? null : row.getFinishedAt().toInstant());
    }

    private static JSONB json(Object value) {
        return JSONB.valueOf(JSON.writeValueAsString(value));
    }

    private static <T> T read(JSONB json, TypeReference<T> type) {
        return JSON.readValue(json.data(), type);
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
