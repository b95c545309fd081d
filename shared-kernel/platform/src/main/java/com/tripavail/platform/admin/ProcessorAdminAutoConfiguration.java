package com.tripavail.platform.admin;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

/** The admin processor API, mounted in every service. */
@AutoConfiguration(afterName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@ConditionalOnWebApplication
@Import(ProcessorAdminController.class)
public class ProcessorAdminAutoConfiguration {
}
