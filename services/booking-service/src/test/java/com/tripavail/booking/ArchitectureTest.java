package com.tripavail.booking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import com.tripavail.testsupport.ServiceArchitectureRules;

/** The package rules of STYLE.md on the booking service's classes, and what its aggregates may touch. */
@AnalyzeClasses(packages = "com.tripavail.booking", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceArchitectureRules.class);

    @ArchTest
    static final ArchRule aggregatesReadNoDatabaseAndNoClock = noClasses()
            .that().haveSimpleName("Booking").or().haveSimpleName("Payment")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.springframework.jdbc..", "java.sql..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
            .because("what an aggregate decides on, the time included, comes in with the command");
}
