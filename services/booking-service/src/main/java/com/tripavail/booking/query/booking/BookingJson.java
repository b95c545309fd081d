package com.tripavail.booking.query.booking;

import org.jooq.JSONB;
import tools.jackson.databind.json.JsonMapper;

/** Price breakdowns and policies as jsonb columns. */
final class BookingJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BookingJson() {
    }

    static JSONB write(Object value) {
        return JSONB.valueOf(JSON.writeValueAsString(value));
    }

    static <T> T read(JSONB json, Class<T> type) {
        return json == null ? null : JSON.readValue(json.data(), type);
    }
}
