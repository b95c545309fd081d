package com.tripavail.loadtest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokens of the local stack's seeded accounts, by OTP through the dev mailbox. Onboarding
 * allows 5 codes per address and hour (and one per 30 s), so tokens are kept in a file between
 * runs and reused while they are valid for a while longer and still accepted (the stack's
 * signing key may have changed since).
 */
final class OtpLogins {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    /** A cached token must outlive a long run. */
    private static final Duration MIN_VALIDITY_LEFT = Duration.ofMinutes(20);
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofSeconds(65);

    private final BenchmarkHttp http;
    private final String onboarding;
    private final Path cacheFile;
    private final Predicate<String> accepted;

    /** @param accepted whether the services accept a token (a cheap authenticated call) */
    OtpLogins(BenchmarkHttp http, String onboarding, Path cacheFile, Predicate<String> accepted) {
        this.http = http;
        this.onboarding = onboarding;
        this.cacheFile = cacheFile;
        this.accepted = accepted;
    }

    synchronized String token(String email) {
        Properties cache = load();
        String token = cache.getProperty(email + ".token");
        String expires = cache.getProperty(email + ".expiresAt");
        if (token != null && expires != null
                && Instant.parse(expires).isAfter(Instant.now().plus(MIN_VALIDITY_LEFT)) && accepted.test(token)) {
            return token;
        }
        BenchmarkHttp.Reply loggedIn = login(email);
        cache.setProperty(email + ".token", loggedIn.field("accessToken"));
        cache.setProperty(email + ".expiresAt", loggedIn.field("expiresAt"));
        store(cache);
        return loggedIn.field("accessToken");
    }

    private BenchmarkHttp.Reply login(String email) {
        while (true) {
            BenchmarkHttp.Reply requested = http.post(onboarding + "/api/auth/otp", null, Map.of("email", email));
            if (requested.status() == 429 && requested.retryAfter() != null
                    && Duration.ofSeconds(Long.parseLong(requested.retryAfter())).compareTo(LONGEST_RETRY_AFTER) <= 0) {
                System.out.printf("login of %s: %s; waiting %s s%n", email, requested.field("detail"),
                        requested.retryAfter());
                sleep(Duration.ofSeconds(Long.parseLong(requested.retryAfter()) + 1));
                continue;
            }
            expect(requested, 202, "OTP request for " + email);
            break;
        }
        BenchmarkHttp.Reply messages = http.get(onboarding + "/api/dev/messages?to=" + email, null);
        expect(messages, 200, "dev mailbox of " + email);
        Matcher code = CODE.matcher(messages.body().path(0).path("body").asString());
        if (!code.find()) {
            throw new IllegalStateException("no code in the dev mailbox for " + email + ": " + messages.summary());
        }
        BenchmarkHttp.Reply verified = http.post(onboarding + "/api/auth/otp/verify", null,
                Map.of("email", email, "code", code.group(1)));
        expect(verified, 200, "OTP verification of " + email);
        return verified;
    }

    static void expect(BenchmarkHttp.Reply reply, int status, String what) {
        if (reply.status() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + reply.summary());
        }
    }

    private Properties load() {
        Properties cache = new Properties();
        if (Files.exists(cacheFile)) {
            try (Reader reader = Files.newBufferedReader(cacheFile)) {
                cache.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cache;
    }

    private void store(Properties cache) {
        try {
            Files.createDirectories(cacheFile.getParent());
            Path written = cacheFile.resolveSibling(cacheFile.getFileName() + "." + UUID.randomUUID());
            try (Writer writer = Files.newBufferedWriter(written)) {
                cache.store(writer, "booking benchmark: tokens of the local stack's seeded accounts");
            }
            Files.move(written, cacheFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
