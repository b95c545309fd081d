package com.tripavail.platform.tracing;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** W3C trace context from HTTP requests into Axon message metadata (and on to Kafka headers). */
@AutoConfiguration
public class TracingAutoConfiguration {

    @Bean
    public TraceparentDispatchInterceptor traceparentDispatchInterceptor() {
        return new TraceparentDispatchInterceptor();
    }

    @Bean
    public FilterRegistrationBean<TraceContextFilter> traceContextFilter() {
        FilterRegistrationBean<TraceContextFilter> registration = new FilterRegistrationBean<>(new TraceContextFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
