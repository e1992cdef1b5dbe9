package no.ipfhir.server.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Holds the package graph that docs/architecture.md draws. */
class PackageGraphTest {

    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("no.ipfhir.server");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("no.ipfhir.server.(*)..").should().beFreeOfCycles().check(SERVER);
    }

    @Test
    void theKernelDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("no.ipfhir.server.kernel..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("no.ipfhir.server..").and(not(resideInAPackage("no.ipfhir.server.kernel.."))))
                .check(SERVER);
    }

    @Test
    void onlyTheWritePipelineRunsTheWriteSteps() {
        classes()
                .that()
                .resideInAPackage("no.ipfhir.server.write..")
                .should()
                .onlyBeAccessed()
                .byClassesThat()
                .resideInAPackage("no.ipfhir.server.write..")
                .check(SERVER);
    }

    @Test
    void authenticationKnowsNothingOfWhoseDataACallerReaches() {
        classes()
                .that()
                .resideInAPackage("no.ipfhir.server.authentication..")
                .should()
                .onlyDependOnClassesThat()
                .resideOutsideOfPackages(
                        "no.ipfhir.server.access..",
                        "no.ipfhir.server.plan..",
                        "no.ipfhir.server.exchange..",
                        "no.ipfhir.server.audit..",
                        "no.ipfhir.server.write..")
                .allowEmptyShould(true)
                .check(SERVER);
    }
}
