package io.github.corpuscheck;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layout as rules: the engine is a library every front end shares, the check families plug into it through the
 * SPI in {@code api}, and only {@code maven} knows Maven.
 */
@AnalyzeClasses(packages = "io.github.corpuscheck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "io.github.corpuscheck";

    @ArchTest
    static final ArchRule no_package_cycles = slices().matching(ROOT + ".(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule only_maven_knows_maven = noClasses().that().resideOutsideOfPackage(ROOT + ".maven..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..");

    @ArchTest
    static final ArchRule plexus_only_in_maven_and_file_sets = noClasses().that()
            .resideOutsideOfPackages(ROOT + ".maven..", ROOT + ".source..")
            .should().dependOnClassesThat().resideInAnyPackage("org.codehaus.plexus..")
            .because("the readers match includes and excludes with plexus-utils, as Maven's file sets do");

    @ArchTest
    static final ArchRule only_the_cli_knows_picocli = noClasses().that().resideOutsideOfPackage(ROOT + ".cli..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..");

    @ArchTest
    static final ArchRule only_the_spark_job_knows_spark = noClasses().that().resideOutsideOfPackage(ROOT + ".spark..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..")
            .because("Spark is the cluster's (provided scope): the plugin and the command line never load it");

    @ArchTest
    static final ArchRule nothing_depends_on_the_spark_job = noClasses().that().resideOutsideOfPackage(ROOT + ".spark..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".spark..")
            .because("the Spark job is a front end like the mojos and the command line");

    @ArchTest
    static final ArchRule families_do_not_know_each_other = slices().matching(ROOT + ".checks.(*)..")
            .should().notDependOnEachOther()
            .because("families share results only through the SPI keys in api (DuplicateResults, BodyStripper, ScratchKeys)");

    @ArchTest
    static final ArchRule checks_see_only_the_spi = noClasses().that().resideInAPackage(ROOT + ".checks..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".engine..", ROOT + ".cache..", ROOT + ".gate..",
                    ROOT + ".run..", ROOT + ".report..", ROOT + ".adopt..", ROOT + ".source..", ROOT + ".maven..",
                    ROOT + ".cli..")
            .because("a check sees the corpus through the check SPI in api, plus shared utilities in internal");

    @ArchTest
    static final ArchRule the_spi_stands_alone = noClasses().that().resideInAPackage(ROOT + ".api..")
            .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(resideOutsideOfPackage(ROOT + ".api..")))
            .because("documents, findings, rules and the check SPI are what every other package builds on");

    @ArchTest
    static final ArchRule the_engine_knows_no_family = noClasses().that().resideInAnyPackage(ROOT + ".engine..",
                    ROOT + ".run..", ROOT + ".report..", ROOT + ".gate..", ROOT + ".cache..", ROOT + ".adopt..",
                    ROOT + ".source..", ROOT + ".maven..", ROOT + ".cli..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".checks..")
            .because("families are found by name through ServiceLoader; reports read their output through typed views in api");

    @ArchTest
    static final ArchRule the_engine_is_below_its_front_ends = noClasses().that().resideInAnyPackage(ROOT + ".engine..",
                    ROOT + ".gate..", ROOT + ".cache..", ROOT + ".source..", ROOT + ".internal..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".run..", ROOT + ".report..", ROOT + ".maven..",
                    ROOT + ".cli..");
}
