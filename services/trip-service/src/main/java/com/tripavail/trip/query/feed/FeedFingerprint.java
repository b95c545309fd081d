package com.tripavail.trip.query.feed;

import com.tripavail.trip.routing.gtfs.FeedSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A feed's version when feed_info.txt gives none: a hash of the content of its GTFS files. */
final class FeedFingerprint {

    private static final List<String> FILES = List.of("agency.txt", "stops.txt", "routes.txt", "trips.txt",
            "stop_times.txt", "calendar.txt", "calendar_dates.txt", "frequencies.txt", "transfers.txt",
            "fare_attributes.txt", "fare_rules.txt", "feed_info.txt");

    private FeedFingerprint() {
    }

    static String of(FeedSource source) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (String file : FILES) {
                if (!source.contains(file)) {
                    continue;
                }
                digest.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = new DigestInputStream(source.open(file), digest)) {
                    while (in.read(buffer) >= 0) {
                        // the digest reads along
                    }
                }
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
