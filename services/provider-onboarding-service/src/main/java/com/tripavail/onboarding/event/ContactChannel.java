package com.tripavail.onboarding.event;

public enum ContactChannel {
    EMAIL,
    PHONE
}
