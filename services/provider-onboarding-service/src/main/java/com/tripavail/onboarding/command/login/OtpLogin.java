package com.tripavail.onboarding.command.login;

import static com.tripavail.onboarding.jooq.Tables.OTP_CHALLENGE;

import com.tripavail.onboarding.command.UserAccounts;
import com.tripavail.onboarding.command.UserAccounts.LoggedInUser;
import com.tripavail.onboarding.command.login.AccessTokens.IssuedToken;
import com.tripavail.onboarding.config.OnboardingProperties;
import com.tripavail.onboarding.integration.delivery.OutboundMessages;
import com.tripavail.onboarding.jooq.tables.records.OtpChallengeRecord;
import com.tripavail.platform.security.Role;
import com.tripavail.platform.web.TooManyRequestsException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Login by one-time code: a 6-digit code sent to the user's email or phone, valid for a
 * few minutes, a handful of attempts, resends rate limited. Only an HMAC of the code is
 * stored; attempts are counted with an atomic update so parallel guesses cannot exceed
 * the limit.
 */
public class OtpLogin {

    public record SentCode(String channel, Instant expiresAt, Duration resendAfter) {
    }

    public record LoggedIn(String accessToken, String tokenType, Instant expiresAt, String userId, Set<Role> roles) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DSLContext dsl;
    private final OutboundMessages outbound;
    private final UserAccounts users;
    private final AccessTokens tokens;
    private final OnboardingProperties.Otp settings;
    private final Clock clock;
    private final TransactionTemplate transactions;

    public OtpLogin(DSLContext dsl, OutboundMessages outbound, UserAccounts users, AccessTokens tokens,
                    OnboardingProperties.Otp settings, Clock clock, TransactionTemplate transactions) {
        this.transactions = transactions;
        this.dsl = dsl;
        this.outbound = outbound;
        this.users = users;
        this.tokens = tokens;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Checks the rate limits and stores the new code under a per-address lock, so two
     * simultaneous requests cannot both pass the check.
     */
    public SentCode sendCode(Contact contact) {
        return transactions.execute(status -> sendCodeLocked(contact));
    }

    private SentCode sendCodeLocked(Contact contact) {
        dsl.select(DSL.field("pg_advisory_xact_lock(hashtextextended({0}, 0))", Object.class,
                DSL.val(contact.value()))).fetch();
        Instant now = clock.instant();
        refuseIfSentTooOften(contact, now);
        String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        Instant expiresAt = now.plus(settings.ttl());
        dsl.insertInto(OTP_CHALLENGE)
                .set(OTP_CHALLENGE.DESTINATION, contact.value())
                .set(OTP_CHALLENGE.CHANNEL, contact.channel().name())
                .set(OTP_CHALLENGE.CODE_HASH, hash(contact.value(), code))
                .set(OTP_CHALLENGE.CREATED_AT, utc(now))
                .set(OTP_CHALLENGE.EXPIRES_AT, utc(expiresAt))
                .execute();
        outbound.send(contact.value(), "Your TripAvail login code",
                "Your TripAvail login code is " + code + ". It expires in "
                        + settings.ttl().toMinutes() + " minutes. If you did not ask for it, ignore this message.");
        return new SentCode(contact.channel().name(), expiresAt, settings.resendInterval());
    }

    public LoggedIn verify(Contact contact, String code) {
        Instant now = clock.instant();
        OtpChallengeRecord challenge = dsl.selectFrom(OTP_CHALLENGE)
                .where(OTP_CHALLENGE.DESTINATION.eq(contact.value()))
                .and(OTP_CHALLENGE.CONSUMED_AT.isNull())
                .orderBy(OTP_CHALLENGE.CREATED_AT.desc(), OTP_CHALLENGE.ID.desc())
                .limit(1)
                .fetchOptional()
                .filter(c -> c.getExpiresAt().toInstant().isAfter(now))
                .orElseThrow(() -> new LoginRefusedException("no valid code for this contact; request a new one"));

        Integer attempts = dsl.update(OTP_CHALLENGE)
                .set(OTP_CHALLENGE.ATTEMPTS, OTP_CHALLENGE.ATTEMPTS.plus(1))
                .where(OTP_CHALLENGE.ID.eq(challenge.getId()))
                .and(OTP_CHALLENGE.ATTEMPTS.lt(settings.maxAttempts()))
                .returningResult(OTP_CHALLENGE.ATTEMPTS)
                .fetchOptional(OTP_CHALLENGE.ATTEMPTS)
                .orElseThrow(() -> new TooManyRequestsException(
                        "too many wrong codes; request a new one", settings.resendInterval()));

        if (!MessageDigest.isEqual(hash(contact.value(), code).getBytes(StandardCharsets.US_ASCII),
                challenge.getCodeHash().getBytes(StandardCharsets.US_ASCII))) {
            int left = settings.maxAttempts() - attempts;
            throw new LoginRefusedException("wrong code; " + left + (left == 1 ? " attempt" : " attempts") + " left");
        }
        int consumed = dsl.update(OTP_CHALLENGE)
                .set(OTP_CHALLENGE.CONSUMED_AT, utc(now))
                .where(OTP_CHALLENGE.ID.eq(challenge.getId()))
                .and(OTP_CHALLENGE.CONSUMED_AT.isNull())
                .execute();
        if (consumed == 0) {
            throw new LoginRefusedException("this code was already used; request a new one");
        }
        LoggedInUser user = users.loginWith(contact.channel(), contact.value());
        IssuedToken token = tokens.issue(user.userId(), user.roles());
        return new LoggedIn(token.accessToken(), "Bearer", token.expiresAt(), user.userId(), user.roles());
    }

    private void refuseIfSentTooOften(Contact contact, Instant now) {
        var recent = dsl.select(OTP_CHALLENGE.CREATED_AT).from(OTP_CHALLENGE)
                .where(OTP_CHALLENGE.DESTINATION.eq(contact.value()))
                .and(OTP_CHALLENGE.CREATED_AT.gt(utc(now.minus(Duration.ofHours(1)))))
                .orderBy(OTP_CHALLENGE.CREATED_AT.desc())
                .fetch(OTP_CHALLENGE.CREATED_AT);
        if (!recent.isEmpty()) {
            Instant resendAt = recent.getFirst().toInstant().plus(settings.resendInterval());
            if (resendAt.isAfter(now)) {
                throw new TooManyRequestsException("a code was just sent; wait before asking again",
                        Duration.between(now, resendAt));
            }
        }
        if (recent.size() >= settings.maxSendsPerHour()) {
            Instant oldest = recent.get(settings.maxSendsPerHour() - 1).toInstant();
            throw new TooManyRequestsException("too many codes requested in the last hour",
                    Duration.between(now, oldest.plus(Duration.ofHours(1))));
        }
    }

    private String hash(String destination, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.pepper().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((destination + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
