package com.tripavail.onboarding.event;

public enum ProviderType {
    HOTEL_MANAGER,
    TOUR_OPERATOR
}
