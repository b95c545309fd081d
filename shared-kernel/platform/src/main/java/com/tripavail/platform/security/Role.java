package com.tripavail.platform.security;

import java.util.Optional;

/** What a user may be, carried in the JWT's {@code roles} claim and granted as {@code ROLE_<name>}. */
public enum Role {
    TRAVELER,
    PROVIDER,
    ADMIN;

    public static final String AUTHORITY_PREFIX = "ROLE_";

    public String authority() {
        return AUTHORITY_PREFIX + name();
    }

    /** The role for a granted authority such as {@code ROLE_ADMIN}; empty for anything else. */
    public static Optional<Role> fromAuthority(String authority) {
        if (authority == null || !authority.startsWith(AUTHORITY_PREFIX)) {
            return Optional.empty();
        }
        String name = authority.substring(AUTHORITY_PREFIX.length());
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
