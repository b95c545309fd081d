package com.tripavail.trip.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the trips' periodic jobs (the archive of old completed trips). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class TripSchedulingConfiguration {
}
