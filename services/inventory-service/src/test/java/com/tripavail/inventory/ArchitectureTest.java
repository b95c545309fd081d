package com.tripavail.inventory.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The package rules of STYLE.md on the catalogue's classes. */
@AnalyzeClasses(packages = "com.tripavail.inventory", importOptions = ImportOption.DoNotIncludeTests.class)
class CatalogArchitectureTest {

    @ArchTest
    static final ArchRule theCatalogueQuerySideDoesNotKnowTheCommandSide = noClasses()
            .that().resideInAPackage("..inventory.query.catalog..")
            .should().dependOnClassesThat().resideInAPackage("..inventory.command..")
            .because("read models are built from events only (STYLE.md 2)");

    @ArchTest
    static final ArchRule theCatalogueCommandSideTakesTimeAndIdsFromOutside = noClasses()
            .that().resideInAPackage("..inventory.command.catalog..")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(UUID.class, "randomUUID")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("ids and time come in through the command or an injected clock (STYLE.md 3)");

    @ArchTest
    static final ArchRule catalogueAggregatesReadNoDatabase = noClasses()
            .that().haveSimpleName("Listing").or().haveSimpleName("HotelPackage").or().haveSimpleName("TourPackage")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.springframework.jdbc..", "java.sql..")
            .because("what an aggregate decides on comes in with the command");
}
