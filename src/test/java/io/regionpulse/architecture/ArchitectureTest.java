package io.regionpulse.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package map of docs/architecture.md, checked on the product classes (src/main only: tests
 * and the tools in src/tools compile into test-classes and are not imported here).
 *
 * <p>Layers, lowest first: the pure domain packages; {@code tables} (the contracts); {@code
 * warehouse} (sessions, warehouse, runs bookkeeping); {@code stages} (ingest … aggregate); {@code
 * jobs} (the command line and the surfaces: sql, serve, report, export). A layer may use the
 * layers below it, never above, and no two packages may form a cycle.
 */
class ArchitectureTest {
    static final String ROOT = "io.regionpulse";
    static final String[] PURE = {
        "text", "ingest", "regions", "metrics", "nlp", "analysis", "dedup", "aggregate", "config", "codes"
    };
    static final String[] LAYERS_ABOVE_PURE = {"tables", "warehouse", "stages", "jobs"};
    static JavaClasses product;

    static java.util.stream.Stream<String> purePackages() {
        return java.util.Arrays.stream(PURE);
    }

    static java.util.stream.Stream<String> guardedPackages() {
        return java.util.stream.Stream.concat(purePackages(), java.util.Arrays.stream(LAYERS_ABOVE_PURE));
    }

    @BeforeAll
    static void importProductClasses() {
        product = new ClassFileImporter()
                .withImportOption(ArchitectureTest::productLocation)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(ROOT);
    }

    /**
     * Product classes only: not the tests and tools, which compile into {@code test-classes} of
     * whatever build folder is in use ({@code -Drp.buildDir=target-x} included).
     */
    static boolean productLocation(com.tngtech.archunit.core.importer.Location location) {
        return !location.contains("/test-classes/");
    }

    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    static ArchRule layers() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInAnyPackage(ROOT + "..")
                // an empty layer fails the rule: a guarded package that vanished is an error, not a pass
                .layer("pure")
                .definedBy(java.util.Arrays.stream(PURE)
                        .map(p -> ROOT + "." + p + "..")
                        .toArray(String[]::new))
                .layer("tables")
                .definedBy(ROOT + ".tables..")
                .layer("warehouse")
                .definedBy(ROOT + ".warehouse..")
                .layer("stages")
                .definedBy(ROOT + ".stages..")
                .layer("jobs")
                .definedBy(ROOT + ".jobs..")
                .whereLayer("jobs")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("stages")
                .mayOnlyBeAccessedByLayers("jobs")
                .whereLayer("warehouse")
                .mayOnlyBeAccessedByLayers("stages", "jobs")
                .whereLayer("tables")
                .mayOnlyBeAccessedByLayers("warehouse", "stages", "jobs");
    }

    @Test
    void packagesFormNoCycle() {
        noPackageCycles(ROOT).check(product);
    }

    @Test
    void layersOnlyUseTheLayersBelow() {
        layers().check(product);
    }

    @ParameterizedTest(name = "{0} does not use Spark")
    @MethodSource("purePackages")
    void purePackagesDoNotUseSpark(String pkg) {
        noClasses()
                .that()
                .resideInAPackage(ROOT + "." + pkg + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.spark..", "io.delta..", "scala..")
                .check(product);
    }

    @Test
    void onlyNlpUsesHanlp() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".nlp..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.hankcs..")
                .check(product);
    }

    @Test
    void onlyTheLauncherBuildsSparkSessions() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".warehouse..")
                .should()
                .callMethod(org.apache.spark.sql.SparkSession.class, "builder")
                .check(product);
    }

    @ParameterizedTest(name = "{0} holds product classes")
    @MethodSource("guardedPackages")
    void everyGuardedPackageExists(String pkg) {
        assertThat(product.containPackage(ROOT + "." + pkg)).as(pkg).isTrue();
    }

    @Test
    void theProductHoldsNoTools() {
        Set<String> packages = product.stream().map(c -> c.getPackageName()).collect(Collectors.toSet());
        assertThat(packages)
                .noneMatch(p -> p.startsWith(ROOT + ".gen") || p.startsWith(ROOT + ".bench") || p.endsWith(".eval"));
        assertThat(product.stream().map(c -> c.getSimpleName())).doesNotContain("LocalClusterer");
    }

    /** The cycle rule is not vacuous: on two fixture packages that import each other it fails. */
    @Test
    void theCycleRuleFailsOnACycle() {
        JavaClasses fixture = new ClassFileImporter().importPackages(ROOT + ".architecture.cycle");
        assertThat(fixture).hasSize(2);
        assertThatThrownBy(() -> noPackageCycles(ROOT + ".architecture.cycle").check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }

    /** The layer rule fails when a guarded package is missing instead of passing on nothing. */
    @Test
    void theLayerRuleFailsWhenALayerIsEmpty() {
        JavaClasses onlyPure = new ClassFileImporter()
                .withImportOption(ArchitectureTest::productLocation)
                .importPackages(ROOT + ".text");
        assertThatThrownBy(() -> layers().check(onlyPure)).isInstanceOf(AssertionError.class);
    }
}
