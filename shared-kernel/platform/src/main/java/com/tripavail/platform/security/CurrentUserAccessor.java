package com.tripavail.platform.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The {@link CurrentUser} of the request being handled, for code that is not a controller method. */
public class CurrentUserAccessor {

    private final SecurityContextHolderStrategy securityContext;

    public CurrentUserAccessor(SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
    }

    /** The caller, or empty if the request is not authenticated. */
    public Optional<CurrentUser> current() {
        return from(securityContext.getContext().getAuthentication());
    }

    /** The caller; throws an {@link org.springframework.security.core.AuthenticationException} (a 401 problem) if none. */
    public CurrentUser require() {
        return current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not authenticated"));
    }

    static Optional<CurrentUser> from(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken || authentication.getName() == null) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            Role.fromAuthority(authority.getAuthority()).ifPresent(roles::add);
        }
        return Optional.of(new CurrentUser(authentication.getName(), roles));
    }
}
