package com.tripavail.onboarding;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tripavail.testsupport.ServiceArchitectureRules;

/** The package rules of STYLE.md, checked on the service's own classes (not its tests). */
@AnalyzeClasses(packages = "com.tripavail.onboarding", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceArchitectureRules.class);
}
