package com.tripavail.onboarding.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.testsupport.HttpApi;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** The test HTTP client plus OTP login through the dev mailbox. */
public final class Api extends HttpApi {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    public Api(int port) {
        super(port);
    }

    /** Logs in by OTP through the dev mailbox and returns the access token. */
    public String login(String email) {
        post("/api/auth/otp", null, Map.of("email", email)).expect(202);
        JsonNode messages = get("/api/dev/messages?to=" + email, null).expect(200).body();
        Matcher code = CODE.matcher(messages.get(0).get("body").asString());
        assertThat(code.find()).as("a code in the message to %s", email).isTrue();
        return post("/api/auth/otp/verify", null, Map.of("email", email, "code", code.group(1)))
                .expect(200).text("accessToken");
    }

    /** The code in the newest message the dev mailbox holds for {@code to} (an email or a phone). */
    public String latestCode(String to) {
        JsonNode messages = get("/api/dev/messages?to=" + java.net.URLEncoder.encode(to,
                java.nio.charset.StandardCharsets.UTF_8), null).expect(200).body();
        assertThat(messages.isEmpty()).as("a message to %s", to).isFalse();
        Matcher code = CODE.matcher(messages.get(0).get("body").asString());
        assertThat(code.find()).as("a code in the message to %s", to).isTrue();
        return code.group(1);
    }
}
