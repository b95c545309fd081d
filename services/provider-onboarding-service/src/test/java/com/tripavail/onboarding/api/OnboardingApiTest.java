package com.tripavail.onboarding.api;

import com.tripavail.onboarding.OnboardingIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of the tests that call the running service over HTTP; all share one Spring context. */
@OnboardingIntegrationTest
abstract class OnboardingApiTest {

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }
}
