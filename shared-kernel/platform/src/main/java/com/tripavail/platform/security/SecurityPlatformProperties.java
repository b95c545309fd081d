package com.tripavail.platform.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code tripavail.security.*}: which paths need no token and which need ADMIN. */
@ConfigurationProperties(prefix = "tripavail.security")
public class SecurityPlatformProperties {

    /** Path patterns (Spring PathPattern syntax) anyone may call without a token. */
    private List<String> publicPaths = new ArrayList<>(List.of(
            "/actuator/health/**", "/actuator/prometheus", "/v3/api-docs/**", "/error"));

    /** Path patterns that need the ADMIN role. */
    private List<String> adminPaths = new ArrayList<>(List.of("/api/admin/**"));

    /** JWT claim holding the caller's roles. */
    private String rolesClaim = "roles";

    public List<String> getPublicPaths() {
        return publicPaths;
    }

    public void setPublicPaths(List<String> publicPaths) {
        this.publicPaths = publicPaths;
    }

    public List<String> getAdminPaths() {
        return adminPaths;
    }

    public void setAdminPaths(List<String> adminPaths) {
        this.adminPaths = adminPaths;
    }

    public String getRolesClaim() {
        return rolesClaim;
    }

    public void setRolesClaim(String rolesClaim) {
        this.rolesClaim = rolesClaim;
    }
}
