package com.tripavail.platform.security;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.tripavail.platform.web.ProblemResponseWriter;
import com.tripavail.platform.web.WebPlatformAutoConfiguration;

/**
 * Every service is a stateless OAuth2 resource server: RS256 JWTs in {@code Authorization: Bearer}, {@code sub}
 * = user id, {@code roles} = TRAVELER/PROVIDER/ADMIN granted as {@code ROLE_<role>}. The {@code JwtDecoder} is
 * Spring Boot's (from {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}, the onboarding service's
 * {@code /.well-known/jwks.json}) or the service's own {@code JwtDecoder} bean.
 *
 * <p>{@code tripavail.security.public-paths} need no token, {@code tripavail.security.admin-paths} need ADMIN,
 * everything else needs a valid token. 401 and 403 are problems. A service that needs more defines its own
 * {@code SecurityFilterChain} bean named {@code tripavailSecurityFilterChain}, or one with a higher precedence
 * and a narrower {@code securityMatcher}.
 */
@AutoConfiguration(after = WebPlatformAutoConfiguration.class,
        afterName = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
        beforeName = {
                "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
                "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration",
                "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
                "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityPlatformProperties.class)
public class SecurityPlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(ProblemResponseWriter problemWriter) {
        return new ProblemAuthenticationEntryPoint(problemWriter);
    }

    @Bean
    @ConditionalOnMissingBean
    public ProblemAccessDeniedHandler problemAccessDeniedHandler(ProblemResponseWriter problemWriter) {
        return new ProblemAccessDeniedHandler(problemWriter);
    }

    @Bean
    @Order(SecurityFilterProperties.BASIC_AUTH_ORDER)
    @ConditionalOnMissingBean(name = "tripavailSecurityFilterChain")
    public SecurityFilterChain tripavailSecurityFilterChain(HttpSecurity http, SecurityPlatformProperties properties,
            ProblemAuthenticationEntryPoint entryPoint, ProblemAccessDeniedHandler accessDeniedHandler)
            throws Exception {
        List<String> publicPaths = properties.getPublicPaths();
        List<String> adminPaths = properties.getAdminPaths();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(authorize -> {
                    if (!publicPaths.isEmpty()) {
                        authorize.requestMatchers(publicPaths.toArray(String[]::new)).permitAll();
                    }
                    if (!adminPaths.isEmpty()) {
                        authorize.requestMatchers(adminPaths.toArray(String[]::new)).hasRole(Role.ADMIN.name());
                    }
                    authorize.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtAuthenticationConverter(properties)))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDeniedHandler))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDeniedHandler));
        return http.build();
    }

    /** {@code sub} is the principal name; each entry of the roles claim becomes {@code ROLE_<entry>}. */
    public static JwtAuthenticationConverter jwtAuthenticationConverter(SecurityPlatformProperties properties) {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(properties.getRolesClaim());
        authorities.setAuthorityPrefix(Role.AUTHORITY_PREFIX);
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        converter.setPrincipalClaimName("sub");
        return converter;
    }

    @Bean
    @ConditionalOnMissingBean
    public CurrentUserAccessor currentUserAccessor(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        return new CurrentUserAccessor(strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
    }

    @Bean
    public WebMvcConfigurer currentUserArgumentResolverConfigurer(CurrentUserAccessor accessor) {
        CurrentUserArgumentResolver resolver = new CurrentUserArgumentResolver(accessor);
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(resolver);
            }
        };
    }
}
