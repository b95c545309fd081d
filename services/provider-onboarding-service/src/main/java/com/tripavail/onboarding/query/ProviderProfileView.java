package com.tripavail.onboarding.query;

import java.time.Instant;
import java.util.List;

/** A provider profile as its owner and the admins see it. */
public record ProviderProfileView(String providerId, String userId, String providerType, String businessName,
                                  String city, String country, String status, List<String> completedSteps,
                                  List<String> missingSteps, Instant registeredAt, Instant submittedAt,
                                  Instant reviewStartedAt, Instant approvedAt, Instant rejectedAt,
                                  String rejectionReason, Instant suspendedAt, String suspensionReason,
                                  Instant updatedAt) {
}
