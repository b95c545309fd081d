package com.tripavail.platform.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated caller: {@code userId} is the JWT's {@code sub}, {@code roles} its {@code roles} claim.
 * Declare it as a controller method parameter to receive it (401 if the request is not authenticated), or use
 * {@link CurrentUserAccessor} elsewhere.
 */
public record CurrentUser(String userId, Set<Role> roles) {

    public CurrentUser {
        Objects.requireNonNull(userId, "userId");
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }

    /** True if the caller is {@code ownerId} or an admin: the usual rule for reading or changing a user's data. */
    public boolean isSelfOrAdmin(String ownerId) {
        return userId.equals(ownerId) || isAdmin();
    }
}
