package com.tripavail.onboarding.api;

import static com.tripavail.onboarding.jooq.Tables.OTP_CHALLENGE;
import static com.tripavail.onboarding.jooq.Tables.PROVIDER_CLAIM;
import static com.tripavail.onboarding.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.onboarding.OnboardingIntegrationTest;
import com.tripavail.onboarding.event.OnboardingStep;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Bad input on every endpoint is a 4xx problem that says what is wrong, never a 500, and
 * changes nothing: no event, no login code, no claimed profile, no used attempt.
 */
@OnboardingIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    /** Who sends a request. */
    enum As { ANONYMOUS, OWNER, NEWCOMER, ADMIN }

    /**
     * One bad request. {@code path} may name {@code {provider}} (the owner's profile),
     * {@code {user}} (the owner's user id, which is no provider id) and {@code {pending}} (an
     * email with a live login code).
     */
    record Bad(String name, As as, String method, String path, String contentType, Supplier<BodyPublisher> body,
               int status, String detailMentions) {

        @Override
        public String toString() {
            return method + " " + path + ": " + name + " → " + status;
        }
    }

    private static final String JSON = "application/json";
    private static final int LIMIT = 64 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;

    private Api api;
    private final Map<As, String> tokens = new HashMap<>();
    private String providerId;
    private String ownerUserId;
    private String newcomerUserId;
    private final String pendingEmail = "pending-" + UUID.randomUUID() + "@example.com";

    @BeforeAll
    void fixture() {
        api = new Api(port);
        String owner = api.login("owner-" + UUID.randomUUID() + "@example.com");
        String newcomer = api.login("newcomer-" + UUID.randomUUID() + "@example.com");
        tokens.put(As.OWNER, owner);
        tokens.put(As.NEWCOMER, newcomer);
        tokens.put(As.ADMIN, api.login("admin@tripavail.local"));
        ownerUserId = api.get("/api/users/me", owner).expect(200).text("userId");
        newcomerUserId = api.get("/api/users/me", newcomer).expect(200).text("userId");
        providerId = api.post("/api/providers", owner, Map.of("providerType", "HOTEL_MANAGER",
                "businessName", "Lake Palace")).expect(201).text("providerId");
        api.post("/api/providers/" + providerId + "/steps", owner,
                ProviderOnboardingFlowTest.step(OnboardingStep.LICENSE)).expect(202);
        api.post("/api/auth/otp", null, Map.of("email", pendingEmail)).expect(202);
    }

    // ---- the tables -----------------------------------------------------------------------------

    static Stream<Bad> otpRequests() {
        String path = "/api/auth/otp";
        return Stream.concat(Stream.of(
                        bad("no contact", As.ANONYMOUS, path, "{}", 400, "either an email or a phone"),
                        bad("both contacts", As.ANONYMOUS, path,
                                "{\"email\":\"a@example.com\",\"phone\":\"+919812345678\"}", 400, "either"),
                        bad("not an email", As.ANONYMOUS, path, "{\"email\":\"not-an-email\"}", 400,
                                "email is not a valid address"),
                        bad("not a phone", As.ANONYMOUS, path, "{\"phone\":\"12345\"}", 400, "international format"),
                        bad("email too long", As.ANONYMOUS, path,
                                "{\"email\":\"" + "a".repeat(250) + "@example.com\"}", 400, "email"),
                        bad("email of the wrong type", As.ANONYMOUS, path, "{\"email\":[\"a@example.com\"]}", 400,
                                "email"),
                        bad("phone of the wrong type", As.ANONYMOUS, path, "{\"phone\":{\"n\":1}}", 400, "phone"),
                        bad("a NUL in the email", As.ANONYMOUS, path, "{\"email\":\"a\\u0000b@example.com\"}", 400,
                                "email")),
                everyBodyIsChecked(As.ANONYMOUS, path, "{\"email\":\"a@example.com\"}"));
    }

    static Stream<Bad> otpVerifyRequests() {
        String path = "/api/auth/otp/verify";
        return Stream.concat(Stream.of(
                        bad("no code", As.ANONYMOUS, path, "{\"email\":\"{pending}\"}", 400, "code"),
                        bad("blank code", As.ANONYMOUS, path, "{\"email\":\"{pending}\",\"code\":\"  \"}", 400, "code"),
                        bad("letters in the code", As.ANONYMOUS, path,
                                "{\"email\":\"{pending}\",\"code\":\"12a456\"}", 400, "code"),
                        bad("short code", As.ANONYMOUS, path, "{\"email\":\"{pending}\",\"code\":\"123\"}", 400, "code"),
                        bad("code of the wrong type", As.ANONYMOUS, path,
                                "{\"email\":\"{pending}\",\"code\":{\"a\":1}}", 400, "code"),
                        bad("no contact", As.ANONYMOUS, path, "{\"code\":\"123456\"}", 400, "either"),
                        bad("not an email", As.ANONYMOUS, path, "{\"email\":\"nobody\",\"code\":\"123456\"}", 400,
                                "email"),
                        bad("a NUL in the email", As.ANONYMOUS, path,
                                "{\"email\":\"a\\u0000b@example.com\",\"code\":\"123456\"}", 400, "email")),
                everyBodyIsChecked(As.ANONYMOUS, path, "{\"email\":\"{pending}\",\"code\":\"123456\"}"));
    }

    static Stream<Bad> registrations() {
        String path = "/api/providers";
        return Stream.concat(Stream.of(
                        bad("no fields", As.NEWCOMER, path, "{}", 400, "providerType"),
                        bad("no business name", As.NEWCOMER, path, "{\"providerType\":\"HOTEL_MANAGER\"}", 400,
                                "businessName"),
                        bad("blank business name", As.NEWCOMER, path,
                                "{\"providerType\":\"HOTEL_MANAGER\",\"businessName\":\"   \"}", 400, "businessName"),
                        bad("no provider type", As.NEWCOMER, path, "{\"businessName\":\"X\"}", 400, "providerType"),
                        bad("unknown provider type", As.NEWCOMER, path,
                                "{\"providerType\":\"PIRATE_SHIP\",\"businessName\":\"X\"}", 400, "PIRATE_SHIP"),
                        bad("provider type of the wrong type", As.NEWCOMER, path,
                                "{\"providerType\":[\"HOTEL_MANAGER\"],\"businessName\":\"X\"}", 400, "providerType"),
                        bad("business name of the wrong type", As.NEWCOMER, path,
                                "{\"providerType\":\"HOTEL_MANAGER\",\"businessName\":{\"a\":1}}", 400, "businessName"),
                        bad("business name too long", As.NEWCOMER, path,
                                "{\"providerType\":\"HOTEL_MANAGER\",\"businessName\":\"" + "x".repeat(201) + "\"}",
                                400, "businessName"),
                        bad("city too long", As.NEWCOMER, path,
                                "{\"providerType\":\"HOTEL_MANAGER\",\"businessName\":\"X\",\"city\":\""
                                        + "x".repeat(101) + "\"}", 400, "city"),
                        bad("country not ISO", As.NEWCOMER, path,
                                "{\"providerType\":\"HOTEL_MANAGER\",\"businessName\":\"X\",\"country\":\"india\"}",
                                400, "country"),
                        bad("a NUL in the business name", As.NEWCOMER, path,
                                "{\"providerType\":\"HOTEL_MANAGER\",\"businessName\":\"Lake\\u0000View\"}", 400,
                                "businessName"),
                        bad("a NUL in the city", As.NEWCOMER, path,
                                "{\"providerType\":\"HOTEL_MANAGER\",\"businessName\":\"X\",\"city\":\"Agra\\u0000\"}",
                                400, "city"),
                        new Bad("oversized chunked body", As.NEWCOMER, "POST", path, JSON,
                                () -> HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                                        oversized("{\"providerType\":\"HOTEL_MANAGER\",\"businessName\":\"")
                                                .getBytes(StandardCharsets.UTF_8))),
                                413, "larger than the limit")),
                everyBodyIsChecked(As.NEWCOMER, path, "{\"providerType\":\"HOTEL_MANAGER\",\"businessName\":\"X\"}"));
    }

    static Stream<Bad> steps() {
        String path = "/api/providers/{provider}/steps";
        String license = "\"step\":\"LICENSE\"";
        return Stream.concat(Stream.of(
                        bad("no fields", As.OWNER, path, "{}", 400, "step"),
                        bad("no details", As.OWNER, path, "{" + license + "}", 400, "details"),
                        bad("no step", As.OWNER, path, "{\"details\":{\"termsVersion\":\"v1\"}}", 400, "step"),
                        bad("unknown step", As.OWNER, path, "{\"step\":\"SELFIE\",\"details\":{}}", 400, "SELFIE"),
                        bad("details as a string", As.OWNER, path, "{" + license + ",\"details\":\"all of them\"}", 400,
                                "details"),
                        bad("details as a list", As.OWNER, path, "{" + license + ",\"details\":[\"a\"]}", 400,
                                "details"),
                        bad("a null detail", As.OWNER, path,
                                "{" + license + ",\"details\":{\"licenseNumber\":null,\"issuingAuthority\":\"X\"}}",
                                400, "details"),
                        bad("a detail of the wrong type", As.OWNER, path,
                                "{" + license + ",\"details\":{\"licenseNumber\":{\"a\":1},\"issuingAuthority\":\"X\"}}",
                                400, "licenseNumber"),
                        bad("too many details", As.OWNER, path, "{" + license + ",\"details\":{" + IntStream.range(0, 21)
                                .mapToObj(i -> "\"k" + i + "\":\"v\"").reduce((a, b) -> a + "," + b).orElseThrow()
                                + "}}", 400, "details"),
                        bad("a detail too long", As.OWNER, path, "{" + license + ",\"details\":{\"licenseNumber\":\""
                                + "9".repeat(501) + "\",\"issuingAuthority\":\"X\"}}", 400, "details"),
                        bad("a NUL in a detail", As.OWNER, path, "{\"step\":\"BUSINESS_DETAILS\",\"details\":{"
                                + "\"legalName\":\"L\",\"registrationNumber\":\"R\",\"addressLine\":\"A\","
                                + "\"city\":\"Agra\\u0000\",\"country\":\"IN\"}}", 400, "details[city]"),
                        bad("a required detail missing", As.OWNER, path,
                                "{" + license + ",\"details\":{\"licenseNumber\":\"L-1\"}}", 422, "issuingAuthority"),
                        bad("a required detail blank", As.OWNER, path,
                                "{" + license + ",\"details\":{\"licenseNumber\":\"\",\"issuingAuthority\":\"X\"}}",
                                422, "licenseNumber"),
                        bad("someone else's profile", As.NEWCOMER, path, validStep(), 404, "no provider profile"),
                        bad("an unknown profile", As.OWNER, "/api/providers/" + UUID.randomUUID() + "/steps",
                                validStep(), 404, "no provider profile"),
                        bad("a user id as the profile id", As.OWNER, "/api/providers/{user}/steps", validStep(), 404,
                                "no provider profile")),
                everyBodyIsChecked(As.OWNER, path, validStep()));
    }

    static Stream<Bad> readsAndSubmissions() {
        String unknown = UUID.randomUUID().toString();
        return Stream.of(
                get("an unknown profile", As.OWNER, "/api/providers/" + unknown, 404, "no provider profile"),
                get("an unknown profile, as admin", As.ADMIN, "/api/providers/" + unknown, 404, "no provider profile"),
                get("a user id as the profile id", As.OWNER, "/api/providers/{user}", 404, "no provider profile"),
                get("a user id as the profile id, as admin", As.ADMIN, "/api/providers/{user}", 404,
                        "no provider profile"),
                get("someone else's profile", As.NEWCOMER, "/api/providers/{provider}", 404, "no provider profile"),
                post("submit an unknown profile", As.OWNER, "/api/providers/" + unknown + "/submit", 404,
                        "no provider profile"),
                post("submit a user id as the profile id", As.OWNER, "/api/providers/{user}/submit", 404,
                        "no provider profile"),
                post("submit someone else's profile", As.NEWCOMER, "/api/providers/{provider}/submit", 404,
                        "no provider profile"),
                bad("submit with an oversized body", As.OWNER, "/api/providers/{provider}/submit", oversized("\""),
                        413, "larger than the limit"));
    }

    static Stream<Bad> adminQueue() {
        String path = "/api/admin/providers";
        return Stream.of(
                get("an unknown status", As.ADMIN, path + "?status=PIRATE", 400, "status"),
                get("a lower-case status", As.ADMIN, path + "?status=submitted", 400, "status"),
                get("a negative page", As.ADMIN, path + "?page=-1", 400, "page"),
                get("a page that is no number", As.ADMIN, path + "?page=first", 400, "page"),
                get("size 0", As.ADMIN, path + "?size=0", 400, "size"),
                get("size 101", As.ADMIN, path + "?size=101", 400, "size"),
                get("a size that is no number", As.ADMIN, path + "?size=1.5", 400, "size"));
    }

    static Stream<Bad> adminCommands() {
        String unknown = "/api/admin/providers/" + UUID.randomUUID();
        String user = "/api/admin/providers/{user}";
        String reason = "{\"reason\":\"licence expired\"}";
        Stream<Bad> unknownProfiles = Stream.of("start-review", "approve", "reject", "suspend", "reinstate")
                .flatMap(action -> Stream.of(
                        bad(action + " an unknown profile", As.ADMIN, unknown + "/" + action, reason, 404,
                                "no provider profile"),
                        bad(action + " a user id as the profile id", As.ADMIN, user + "/" + action, reason, 404,
                                "no provider profile")));
        Stream<Bad> reasons = Stream.of("reject", "suspend").flatMap(action -> {
            String path = "/api/admin/providers/{provider}/" + action;
            return Stream.concat(Stream.of(
                            bad(action + " without a reason", As.ADMIN, path, "{}", 400, "reason"),
                            bad(action + " with a blank reason", As.ADMIN, path, "{\"reason\":\"  \"}", 400, "reason"),
                            bad(action + " with a null reason", As.ADMIN, path, "{\"reason\":null}", 400, "reason"),
                            bad(action + " with a reason too long", As.ADMIN, path,
                                    "{\"reason\":\"" + "x".repeat(1001) + "\"}", 400, "reason"),
                            bad(action + " with a reason of the wrong type", As.ADMIN, path, "{\"reason\":[\"x\"]}",
                                    400, "reason"),
                            bad(action + " with a NUL in the reason", As.ADMIN, path,
                                    "{\"reason\":\"expired\\u0000\"}", 400, "reason")),
                    everyBodyIsChecked(As.ADMIN, path, reason));
        });
        return Stream.concat(unknownProfiles, reasons);
    }

    static Stream<Bad> devMailbox() {
        String path = "/api/dev/messages";
        return Stream.of(
                get("no recipient", As.ANONYMOUS, path, 400, "to"),
                get("a blank recipient", As.ANONYMOUS, path + "?to=%20", 400, "to"),
                get("limit 0", As.ANONYMOUS, path + "?to=a@example.com&limit=0", 400, "limit"),
                get("limit 101", As.ANONYMOUS, path + "?to=a@example.com&limit=101", 400, "limit"),
                get("a limit that is no number", As.ANONYMOUS, path + "?to=a@example.com&limit=ten", 400, "limit"));
    }

    /** Malformed, empty, null, non-object, mistyped and oversized bodies of an endpoint that takes JSON. */
    private static Stream<Bad> everyBodyIsChecked(As as, String path, String validBody) {
        return Stream.of(
                bad("malformed JSON", as, path, validBody.substring(0, validBody.length() - 3), 400, "not valid JSON"),
                bad("an empty body", as, path, "", 400, "body"),
                bad("a JSON null", as, path, "null", 400, "body"),
                bad("a JSON array", as, path, "[" + validBody + "]", 400, "body"),
                new Bad("text/plain", as, "POST", path, "text/plain", () -> body(validBody), 415, "text/plain"),
                new Bad("no content type", as, "POST", path, null, () -> body(validBody), 415, "Content-Type"),
                new Bad("XML", as, "POST", path, "application/xml", () -> body("<a/>"), 415, "application/xml"),
                bad("an oversized body", as, path, oversized(validBody.substring(0, validBody.length() - 2)), 413,
                        "larger than the limit"));
    }

    // ---- the tests ------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource({"otpRequests", "otpVerifyRequests", "registrations", "steps", "readsAndSubmissions", "adminQueue",
            "adminCommands", "devMailbox"})
    void givenABadRequest_whenSent_thenA4xxProblemSaysWhatIsWrongAndNothingChanges(Bad bad) {
        Map<String, Long> before = stateOfTheService();

        Api.Response response = api.request(bad.method(), resolve(bad.path()), tokens.get(bad.as()),
                bad.contentType(), bad.body() == null ? null : bad.body().get(), Map.of());

        response.expectProblem(bad.status());
        assertThat(response.detail()).containsIgnoringCase(bad.detailMentions());
        assertThat(stateOfTheService()).isEqualTo(before);
    }

    @Test
    void givenOnlyBadRegistrations_whenTheUserListsTheirProfiles_thenThereAreNone() {
        registrations().forEach(bad -> api.request(bad.method(), resolve(bad.path()), tokens.get(bad.as()),
                bad.contentType(), bad.body().get(), Map.of()).expectProblem(bad.status()));
        // a good registration afterwards: once the read model shows it, it has seen all before it
        String sentinel = api.post("/api/providers", tokens.get(As.NEWCOMER), Map.of("providerType", "TOUR_OPERATOR",
                "businessName", "Sentinel Tours")).expect(201).text("providerId");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.get("/api/providers/me", tokens.get(As.NEWCOMER)).expect(200).body().findValuesAsString("providerId"))
                .containsExactly(sentinel));
        assertThat(dsl.fetchCount(PROVIDER_CLAIM, PROVIDER_CLAIM.USER_ID.eq(newcomerUserId))).isOne();
    }

    @Test
    void givenBadStepRequests_whenTheOwnerReadsTheProfile_thenOnlyTheGoodStepsAreCompleted() {
        steps().filter(bad -> bad.as() == As.OWNER).forEach(bad -> api.request(bad.method(), resolve(bad.path()),
                tokens.get(bad.as()), bad.contentType(), bad.body().get(), Map.of()).expectProblem(bad.status()));
        api.post("/api/providers/" + providerId + "/steps", tokens.get(As.OWNER),
                ProviderOnboardingFlowTest.step(OnboardingStep.TERMS_ACCEPTED)).expect(202);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode profile = api.get("/api/providers/" + providerId, tokens.get(As.OWNER)).expect(200).body();
            assertThat(profile.get("completedSteps").valueStream().map(JsonNode::asString).toList())
                    .containsExactly("LICENSE", "TERMS_ACCEPTED");
            assertThat(profile.get("status").asString()).isEqualTo("IN_PROGRESS");
        });
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** What a bad request must not change: events, login codes and their attempts, users, claims. */
    private Map<String, Long> stateOfTheService() {
        return Map.of(
                "events", (long) dsl.fetchCount(DSL.table(DSL.name("domainevententry"))),
                "login codes", (long) dsl.fetchCount(OTP_CHALLENGE),
                "attempts", dsl.select(DSL.sum(OTP_CHALLENGE.ATTEMPTS)).from(OTP_CHALLENGE).fetchSingle()
                        .value1().longValue(),
                "consumed codes", (long) dsl.fetchCount(OTP_CHALLENGE, OTP_CHALLENGE.CONSUMED_AT.isNotNull()),
                "users", (long) dsl.fetchCount(USER_ACCOUNT),
                "claims", (long) dsl.fetchCount(PROVIDER_CLAIM));
    }

    private String resolve(String path) {
        return path.replace("{provider}", providerId)
                .replace("{user}", ownerUserId)
                .replace("{pending}", pendingEmail);
    }

    private static Bad bad(String name, As as, String path, String json, int status, String detailMentions) {
        return new Bad(name, as, "POST", path, JSON, () -> body(json), status, detailMentions);
    }

    private static Bad get(String name, As as, String path, int status, String detailMentions) {
        return new Bad(name, as, "GET", path, null, null, status, detailMentions);
    }

    private static Bad post(String name, As as, String path, int status, String detailMentions) {
        return new Bad(name, as, "POST", path, null, null, status, detailMentions);
    }

    private static BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json);
    }

    /** A JSON string value that takes the body past the 64 KiB limit. */
    private static String oversized(String prefix) {
        return prefix + "x".repeat(LIMIT + 1) + "\"}";
    }

    private static String validStep() {
        return "{\"step\":\"TERMS_ACCEPTED\",\"details\":{\"termsVersion\":\"2026-01\"}}";
    }
}
