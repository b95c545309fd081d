package com.tripavail.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The package rules of STYLE.md, the same for every service. A service checks its own
 * classes with
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.tripavail.<service>", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchTests serviceRules = ArchTests.in(ServiceArchitectureRules.class);
 * }
 * }</pre>
 */
public final class ServiceArchitectureRules {

    @ArchTest
    public static final ArchRule theQuerySideDoesNotKnowTheCommandSide = noClasses()
            .that().resideInAPackage("com.tripavail.*.query..")
            .should().dependOnClassesThat().resideInAPackage("com.tripavail.*.command..")
            .because("read models are built from events only (STYLE.md 2)");

    @ArchTest
    public static final ArchRule eventsDependOnNoSideOfTheService = noClasses()
            .that().resideInAPackage("com.tripavail.*.event..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.tripavail.*.command..", "com.tripavail.*.query..", "com.tripavail.*.api..")
            .because("events are the contract between the command and the query side");

    @ArchTest
    public static final ArchRule theCommandSideTakesTimeAndIdsFromOutside = noClasses()
            .that().resideInAPackage("com.tripavail.*.command..")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(UUID.class, "randomUUID")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("ids and time come in through the command or an injected clock (STYLE.md 3)");

    @ArchTest
    public static final ArchRule noGrabBagClassNames = noClasses()
            .should().haveSimpleNameContaining("Util")
            .orShould().haveSimpleNameContaining("Manager")
            .orShould().haveSimpleNameContaining("Helper")
            .because("a class is named after what it does");

    private ServiceArchitectureRules() {
    }
}
