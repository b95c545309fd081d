package com.tripavail.platform.idempotency;

import static com.tripavail.platform.jooq.Tables.IDEMPOTENCY_RECORD;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.JSONB;

import com.tripavail.platform.jooq.tables.records.IdempotencyRecordRecord;

/** The {@code idempotency_record} table. Every call is its own statement, committed at once (no surrounding transaction). */
public class IdempotencyStore {

    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String COMPLETED = "COMPLETED";

    private final DSLContext dsl;

    public IdempotencyStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What is stored for one (caller, key). */
    public record StoredRecord(String requestHash, String state, Integer responseStatus, String responseHeadersJson,
            byte[] responseBody, Instant createdAt, Instant expiresAt) {

        boolean inProgress() {
            return IN_PROGRESS.equals(state);
        }
    }

    /** Claims the key: true if this call inserted the IN_PROGRESS row, false if a row was already there. */
    public boolean tryBegin(String caller, String key, String requestHash, String method, String path, Instant now,
            Instant expiresAt) {
        return dsl.insertInto(IDEMPOTENCY_RECORD)
                .set(IDEMPOTENCY_RECORD.CALLER, caller)
                .set(IDEMPOTENCY_RECORD.IDEMPOTENCY_KEY, key)
                .set(IDEMPOTENCY_RECORD.REQUEST_HASH, requestHash)
                .set(IDEMPOTENCY_RECORD.METHOD, method)
                .set(IDEMPOTENCY_RECORD.PATH, path)
                .set(IDEMPOTENCY_RECORD.STATE, IN_PROGRESS)
                .set(IDEMPOTENCY_RECORD.CREATED_AT, utc(now))
                .set(IDEMPOTENCY_RECORD.EXPIRES_AT, utc(expiresAt))
                .onConflictDoNothing()
                .execute() == 1;
    }

    public Optional<StoredRecord> find(String caller, String key) {
        return dsl.selectFrom(IDEMPOTENCY_RECORD)
                .where(IDEMPOTENCY_RECORD.CALLER.eq(caller))
                .and(IDEMPOTENCY_RECORD.IDEMPOTENCY_KEY.eq(key))
                .fetchOptional()
                .map(IdempotencyStore::toStored);
    }

    /** Stores the outcome of the request that claimed the key. */
    public void complete(String caller, String key, int status, String headersJson, byte[] body) {
        dsl.update(IDEMPOTENCY_RECORD)
                .set(IDEMPOTENCY_RECORD.STATE, COMPLETED)
                .set(IDEMPOTENCY_RECORD.RESPONSE_STATUS, status)
                .set(IDEMPOTENCY_RECORD.RESPONSE_HEADERS, JSONB.valueOf(headersJson))
                .set(IDEMPOTENCY_RECORD.RESPONSE_BODY, body)
                .where(IDEMPOTENCY_RECORD.CALLER.eq(caller))
                .and(IDEMPOTENCY_RECORD.IDEMPOTENCY_KEY.eq(key))
                .and(IDEMPOTENCY_RECORD.STATE.eq(IN_PROGRESS))
                .execute();
    }

    /** Releases a claimed key (the request failed on the server's side; the client may retry). */
    public void release(String caller, String key) {
        dsl.deleteFrom(IDEMPOTENCY_RECORD)
                .where(IDEMPOTENCY_RECORD.CALLER.eq(caller))
                .and(IDEMPOTENCY_RECORD.IDEMPOTENCY_KEY.eq(key))
                .and(IDEMPOTENCY_RECORD.STATE.eq(IN_PROGRESS))
                .execute();
    }

    /**
     * Releases a claim whose request has run longer than any request can (its service
     * crashed mid-request), so the client's retry with the same key is not refused for a day.
     */
    public void releaseIfAbandoned(String caller, String key, Instant claimedBefore) {
        dsl.deleteFrom(IDEMPOTENCY_RECORD)
                .where(IDEMPOTENCY_RECORD.CALLER.eq(caller))
                .and(IDEMPOTENCY_RECORD.IDEMPOTENCY_KEY.eq(key))
                .and(IDEMPOTENCY_RECORD.STATE.eq(IN_PROGRESS))
                .and(IDEMPOTENCY_RECORD.CREATED_AT.lt(utc(claimedBefore)))
                .execute();
    }

    /** Deletes the (caller, key) record if it has expired by {@code now}. */
    public void deleteIfExpired(String caller, String key, Instant now) {
        dsl.deleteFrom(IDEMPOTENCY_RECORD)
                .where(IDEMPOTENCY_RECORD.CALLER.eq(caller))
                .and(IDEMPOTENCY_RECORD.IDEMPOTENCY_KEY.eq(key))
                .and(IDEMPOTENCY_RECORD.EXPIRES_AT.le(utc(now)))
                .execute();
    }

    /** Deletes every record expired by {@code now}; returns how many. */
    public int deleteExpired(Instant now) {
        return dsl.deleteFrom(IDEMPOTENCY_RECORD)
                .where(IDEMPOTENCY_RECORD.EXPIRES_AT.le(utc(now)))
                .execute();
    }

    private static StoredRecord toStored(IdempotencyRecordRecord row) {
        return new StoredRecord(row.getRequestHash(), row.getState(), row.getResponseStatus(),
                row.getResponseHeaders() == null ? null : row.getResponseHeaders().data(), row.getResponseBody(),
                row.getCreatedAt().toInstant(), row.getExpiresAt().toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
