package com.tripavail.onboarding;

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

/** The package rules of STYLE.md, checked on the service's own classes (not its tests). */
@AnalyzeClasses(packages = "com.tripavail.onboarding", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theQuerySideDoesNotKnowTheCommandSide = noClasses()
            .that().resideInAPackage("..onboarding.query..")
            .should().dependOnClassesThat().resideInAPackage("..onboarding.command..")
            .because("read models are built from events only (STYLE.md 2)");

    @ArchTest
    static final ArchRule eventsDependOnNoSideOfTheService = noClasses()
            .that().resideInAPackage("..onboarding.event..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..onboarding.command..", "..onboarding.query..", "..onboarding.api..")
            .because("events are the contract between the command and the query side");

    @ArchTest
    static final ArchRule theCommandSideTakesTimeAndIdsFromOutside = noClasses()
            .that().resideInAPackage("..onboarding.command..")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(UUID.class, "randomUUID")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("ids and time come in through the command or an injected clock (STYLE.md 3)");

    @ArchTest
    static final ArchRule noGrabBagClassNames = noClasses()
            .should().haveSimpleNameContaining("Util")
            .orShould().haveSimpleNameContaining("Manager")
            .orShould().haveSimpleNameContaining("Helper")
            .because("a class is named after what it does");
}
