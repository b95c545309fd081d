package com.tripavail.trip;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import com.tripavail.testsupport.ServiceArchitectureRules;

/** The package rules of STYLE.md on the trip service's classes, and what the routing core may touch. */
@AnalyzeClasses(packages = "com.tripavail.trip", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceArchitectureRules.class);

    @ArchTest
    static final ArchRule theRoutingCoreIsPlainJava = noClasses()
            .that().resideInAPackage("com.tripavail.trip.routing..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..",
                    "org.axonframework..", "org.apache.kafka..", "java.sql..")
            .orShould().dependOnClassesThat().resideInAnyPackage("com.tripavail.trip.command..",
                    "com.tripavail.trip.query..", "com.tripavail.trip.api..", "com.tripavail.trip.integration..",
                    "com.tripavail.trip.config..", "com.tripavail.trip.saga..")
            .because("the routing core is a library: timetables in, journeys out (docs/trip-routing.md)");
}
