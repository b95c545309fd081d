package com.tripavail.inventory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tripavail.testsupport.ServiceArchitectureRules;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of STYLE.md on the inventory service's classes, and what its aggregates may touch. */
@AnalyzeClasses(packages = "com.tripavail.inventory", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceArchitectureRules.class);

    @ArchTest
    static final ArchRule catalogueAggregatesReadNoDatabase = noClasses()
            .that().haveSimpleName("Listing").or().haveSimpleName("HotelPackage").or().haveSimpleName("TourPackage")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.springframework.jdbc..", "java.sql..")
            .because("what an aggregate decides on comes in with the command");
}
