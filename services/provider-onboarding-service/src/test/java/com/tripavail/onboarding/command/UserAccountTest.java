package com.tripavail.onboarding.command;

import com.tripavail.onboarding.event.ContactChannel;
import com.tripavail.onboarding.event.UserContactVerifiedEvent;
import com.tripavail.onboarding.event.UserRegisteredEvent;
import com.tripavail.onboarding.event.UserRoleGrantedEvent;
import com.tripavail.platform.security.Role;
import java.time.Instant;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final String USER = "user-1";
    private static final String EMAIL = "asha@example.com";
    private static final String PHONE = "+919812345678";
    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

    private FixtureConfiguration<UserAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UserAccount.class);
    }

    @Test
    void givenNothing_whenRegisterWithAnEmail_thenRegisteredAsTraveler() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand(USER, EMAIL, null, Set.of(), T0))
                .expectEvents(new UserRegisteredEvent(USER, EMAIL, null, Set.of(Role.TRAVELER), T0));
    }

    @Test
    void givenNothing_whenRegisterAnAdmin_thenTravelerIsIncludedWithTheExtraRole() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand(USER, EMAIL, null, Set.of(Role.ADMIN), T0))
                .expectEvents(new UserRegisteredEvent(USER, EMAIL, null, Set.of(Role.TRAVELER, Role.ADMIN), T0));
    }

    @Test
    void givenNothing_whenRegisterWithNeitherEmailNorPhone_thenRefusedAsABug() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand(USER, null, null, Set.of(), T0))
                .expectNoEvents()
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenAnUnverifiedEmail_whenVerifyEmail_thenEmailVerified() {
        fixture.given(new UserRegisteredEvent(USER, EMAIL, null, Set.of(Role.TRAVELER), T0))
                .when(new VerifyUserContactCommand(USER, ContactChannel.EMAIL, NOW))
                .expectEvents(new UserContactVerifiedEvent(USER, ContactChannel.EMAIL, NOW));
    }

    @Test
    void givenAVerifiedEmail_whenVerifyEmailAgain_thenNoEvent() {
        fixture.given(new UserRegisteredEvent(USER, EMAIL, null, Set.of(Role.TRAVELER), T0),
                        new UserContactVerifiedEvent(USER, ContactChannel.EMAIL, T0))
                .when(new VerifyUserContactCommand(USER, ContactChannel.EMAIL, NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAPhoneUser_whenVerifyPhone_thenPhoneVerified() {
        fixture.given(new UserRegisteredEvent(USER, null, PHONE, Set.of(Role.TRAVELER), T0))
                .when(new VerifyUserContactCommand(USER, ContactChannel.PHONE, NOW))
                .expectEvents(new UserContactVerifiedEvent(USER, ContactChannel.PHONE, NOW));
    }

    @Test
    void givenAVerifiedEmail_whenVerifyPhoneTheUserDoesNotHave_thenException() {
        fixture.given(new UserRegisteredEvent(USER, EMAIL, null, Set.of(Role.TRAVELER), T0),
                        new UserContactVerifiedEvent(USER, ContactChannel.EMAIL, T0))
                .when(new VerifyUserContactCommand(USER, ContactChannel.PHONE, NOW))
                .expectNoEvents()
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("user " + USER + " has no PHONE");
    }

    @Test
    void givenATraveler_whenGrantProvider_thenRoleGranted() {
        fixture.given(new UserRegisteredEvent(USER, EMAIL, null, Set.of(Role.TRAVELER), T0))
                .when(new GrantUserRoleCommand(USER, Role.PROVIDER, NOW))
                .expectEvents(new UserRoleGrantedEvent(USER, Role.PROVIDER, NOW));
    }

    @Test
    void givenAnAdmin_whenGrantAdminAgain_thenNoEvent() {
        fixture.given(new UserRegisteredEvent(USER, EMAIL, null, Set.of(Role.TRAVELER), T0),
                        new UserRoleGrantedEvent(USER, Role.ADMIN, T0))
                .when(new GrantUserRoleCommand(USER, Role.ADMIN, NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenATraveler_whenGrantTraveler_thenNoEvent() {
        fixture.given(new UserRegisteredEvent(USER, EMAIL, null, Set.of(Role.TRAVELER), T0))
                .when(new GrantUserRoleCommand(USER, Role.TRAVELER, NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
