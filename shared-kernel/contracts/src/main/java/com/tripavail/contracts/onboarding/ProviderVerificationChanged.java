package com.tripavail.contracts.onboarding;

import com.tripavail.contracts.EventContract;
import java.time.Instant;

/**
 * A provider's verification status changed. Inventory keeps each provider's status from
 * these: publishing needs APPROVED, SUSPENDED pauses the provider's products.
 *
 * @param status         NOT_STARTED, IN_PROGRESS, SUBMITTED, UNDER_REVIEW, APPROVED, REJECTED or SUSPENDED
 * @param previousStatus the status before this change
 * @param providerType   HOTEL_MANAGER or TOUR_OPERATOR
 * @param reason         the admin's reason for a rejection or suspension, otherwise null
 */
@EventContract(type = "onboarding.ProviderVerificationChanged", version = 1)
public record ProviderVerificationChanged(String providerId, String userId, String providerType,
                                          String status, String previousStatus, String reason, Instant at) {
}
