package com.tripavail.platform.idempotency;

import java.time.Clock;

import jakarta.servlet.DispatcherType;

import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.tripavail.platform.web.ProblemResponseWriter;
import com.tripavail.platform.web.WebPlatformAutoConfiguration;
import com.tripavail.platform.web.WebPlatformProperties;

/**
 * Idempotency-Key support for every mutating endpoint under {@code tripavail.idempotency.paths}, stored in the
 * service's PostgreSQL ({@code idempotency_record}, a platform migration). Uses the application's {@link Clock}
 * bean if there is one.
 */
@AutoConfiguration(after = WebPlatformAutoConfiguration.class,
        afterName = "org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(DSLContext.class)
@ConditionalOnProperty(prefix = "tripavail.idempotency", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    /** Just after Spring Security's filter chain, so the caller is known. */
    public static final int FILTER_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10;

    @Bean
    @ConditionalOnMissingBean
    public IdempotencyStore idempotencyStore(DSLContext dsl) {
        return new IdempotencyStore(dsl);
    }

    @Bean
    public FilterRegistrationBean<IdempotencyFilter> tripavailIdempotencyFilter(IdempotencyStore store,
            IdempotencyProperties properties, ProblemResponseWriter problemWriter,
            ObjectProvider<WebPlatformProperties> webProperties, ObjectProvider<Clock> clock) {
        long maxBodyBytes = webProperties.getIfAvailable(WebPlatformProperties::new).getMaxRequestBytes().toBytes();
        IdempotencyFilter filter = new IdempotencyFilter(store, properties, problemWriter,
                clock.getIfAvailable(Clock::systemUTC), maxBodyBytes);
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(FILTER_ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        return registration;
    }

    @Bean
    public IdempotencyRecordCleanup idempotencyRecordCleanup(IdempotencyStore store, IdempotencyProperties properties,
            ObjectProvider<Clock> clock) {
        return new IdempotencyRecordCleanup(store, properties, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    public WebMvcConfigurer idempotencyKeyRequiredConfigurer() {
        IdempotencyKeyRequiredInterceptor interceptor = new IdempotencyKeyRequiredInterceptor();
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(interceptor);
            }
        };
    }
}
