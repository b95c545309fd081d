package com.tripavail.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP against the local stack's services, as a frontend would call them. */
final class LocalStackClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String onboarding;

    LocalStackClient(String onboardingUrl) {
        this.onboarding = onboardingUrl;
    }

    /** OTP login through the local stack's dev mailbox. */
    String login(String email) {
        post(onboarding + "/api/auth/otp", null, "{\"email\":\"" + email + "\"}", 202);
        JsonNode messages = get(onboarding + "/api/dev/messages?to=" + email, null);
        Matcher code = CODE.matcher(messages.get(0).get("body").asString());
        if (!code.find()) {
            throw new IllegalStateException("no code in the dev mailbox for " + email);
        }
        return post(onboarding + "/api/auth/otp/verify", null,
                "{\"email\":\"" + email + "\",\"code\":\"" + code.group(1) + "\"}", 200).get("accessToken").asString();
    }

    JsonNode get(String url, String token) {
        return send(request(url, token).GET(), 200);
    }

    JsonNode post(String url, String token, String json, int expectedStatus) {
        return send(request(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), expectedStatus);
    }

    String onboarding() {
        return onboarding;
    }

    private static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private JsonNode send(HttpRequest.Builder request, int expectedStatus) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " → "
                        + response.statusCode() + " " + response.body());
            }
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
