package com.tripavail.onboarding.query;

import java.time.Instant;
import java.util.List;

public record UserAccountView(String userId, String email, String phone, boolean emailVerified,
                              boolean phoneVerified, List<String> roles, Instant createdAt) {
}
