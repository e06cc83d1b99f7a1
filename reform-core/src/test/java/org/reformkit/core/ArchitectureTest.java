package org.reformkit.core;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.module.ModuleDescriptor;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.text.SafeText;

/**
 * The shape of reform-core: no Jackson and nothing of reform-json, a model that depends on no other
 * reformkit package, no package cycles, and a runtime that needs nothing but Guava.
 *
 * <p>Only the main classes are imported, from the directory (or jar) that holds them, so the rules
 * hold whether the tests run on the class path or patched into the module.
 */
class ArchitectureTest {
  private static final ClassLoader PATHS = everythingOnThePaths();
  private static Path mainClasses;
  private static JavaClasses core;

  @BeforeAll
  static void importMainClasses() throws URISyntaxException {
    mainClasses =
        Path.of(DocumentSymbol.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    core = new ClassFileImporter().importPath(mainClasses);
  }

  @Test
  void importsTheWholeModule() {
    assertThat(core.containPackage("org.reformkit.core.model")).isTrue();
    assertThat(core.containPackage("org.reformkit.core.text")).isTrue();
    assertThat(core.stream().map(JavaClass::getPackageName))
        .allMatch(p -> p.startsWith("org.reformkit.core"));
    assertThat(core.stream().map(JavaClass::getName)).noneMatch(n -> n.endsWith("Test"));
  }

  @Test
  void usesNoJackson() {
    ArchRule rule =
        noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
            .because(
                "the model must not be tied to one Jackson major version; reform-json maps it");
    rule.check(core);
  }

  @Test
  void usesNothingOfReformJson() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.reformkit.json..")
        .because("reform-json depends on reform-core, never the reverse")
        .check(core);
  }

  @Test
  void keepsTheModelFreeOfEveryOtherReformkitPackage() {
    noClasses()
        .that()
        .resideInAPackage("org.reformkit.core.model..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.reformkit..")
                .and(not(resideInAPackage("org.reformkit.core.model..")))
                .and(not(equivalentTo(SafeText.class))))
        .because(
            "rules, analyses and text output may use the model, never the reverse; the model's"
                + " messages show refused text through SafeText, a leaf that depends on nothing")
        .check(core);
  }

  @Test
  void keepsRulesAndAnalysesIndependentOfEachOther() {
    noClasses()
        .that()
        .resideInAPackage("org.reformkit.core.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.reformkit.core.analysis..")
        .because("a rule checks the data as given; it needs no analysis")
        .check(core);
    noClasses()
        .that()
        .resideInAPackage("org.reformkit.core.analysis..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.reformkit.core.rules..")
        .because("an analysis reads a programme as it is, valid or not; it runs no rule")
        .check(core);
  }

  @Test
  void keepsTheSeriesValueFreeOfRulesAnalysesAndText() {
    noClasses()
        .that()
        .resideInAPackage("org.reformkit.core.series..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.reformkit.core.rules..",
            "org.reformkit.core.analysis..",
            "org.reformkit.core.text..")
        .because("rules and analyses over a series both read its histories, never the reverse")
        .check(core);
  }

  @Test
  void keepsTheTextTableFreeOfTheModelRulesAndAnalyses() {
    noClasses()
        .that()
        .resideInAPackage("org.reformkit.core.text..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.reformkit.core.model..",
            "org.reformkit.core.rules..",
            "org.reformkit.core.analysis..")
        .because("rules and analyses print themselves with the text table, not the reverse")
        .check(core);
  }

  @Test
  void marksEveryPackageNullMarkedForNullAway() {
    assertThat(core.getPackage("org.reformkit.core").getSubpackages())
        .extracting(JavaPackage::getName)
        .containsExactlyInAnyOrder(
            "org.reformkit.core.model",
            "org.reformkit.core.rules",
            "org.reformkit.core.analysis",
            "org.reformkit.core.series",
            "org.reformkit.core.text");
    assertThat(core.getPackage("org.reformkit.core").getSubpackages())
        .allSatisfy(p -> assertThat(p.isAnnotatedWith(NullMarked.class)).as(p.getName()).isTrue());
  }

  @Test
  void usesNoReflection() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("java.lang.reflect..")
        .orShould()
        .callMethod(Class.class, "forName", String.class)
        .because("the model is plain values; reflection would break under the module system")
        .check(core);
  }

  @Test
  void hasNoCyclesBetweenPackages() {
    slices().matching("org.reformkit.core.(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void needsOnlyTheJdkAndGuavaAtRuntimePlusCompileTimeAnnotations() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "com.google.common..",
            "org.reformkit.core..",
            "org.immutables..",
            "javax.annotation..",
            // @NullMarked on package-info: a JVM ignores an annotation whose class is absent
            "org.jspecify.annotations..")
        .check(core);
  }

  @Test
  void usesImmutablesOnlyThroughAnnotationsThatAreGoneAtRuntime() {
    // every type of org.immutables the classes name is an annotation invisible at runtime, or an
    // enum nested in one (the members of @Value.Style) ...
    classes()
        .should(useOnlyAnnotationsNotRetainedAtRuntimeFrom("org.immutables", "javax.annotation"))
        .check(core);
    // ... and no code touches them: no call, field access or constructor
    noClasses()
        .should()
        .accessClassesThat()
        .resideInAnyPackage("org.immutables..", "javax.annotation..")
        .check(core);
  }

  @Test
  void generatedValuesUseNothingButTheJdkGuavaAndTheModel() {
    DescribedPredicate<JavaClass> generatedByImmutables =
        DescribedPredicate.describe(
            "generated by Immutables",
            c ->
                isImmutableImplementation(c)
                    || c.getEnclosingClass()
                        .map(ArchitectureTest::isImmutableImplementation)
                        .orElse(false));
    classes()
        .that(generatedByImmutables)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "com.google.common..", "org.reformkit.core.model..")
        .check(core);
  }

  @Test
  void pomLeavesOutOfMutationAndCoverageExactlyTheClassesImmutablesGenerates() throws IOException {
    Set<String> generated =
        core.stream()
            .filter(ArchitectureTest::isImmutableImplementation)
            .map(JavaClass::getName)
            .collect(Collectors.toCollection(TreeSet::new));
    String pom = Files.readString(Path.of("pom.xml"));
    Set<String> pit = new TreeSet<>();
    Matcher param =
        Pattern.compile("<param>(org\\.reformkit\\.core\\.model\\.\\w+)</param>").matcher(pom);
    while (param.find()) {
      pit.add(param.group(1));
      assertThat(pom).contains("<param>" + param.group(1) + "$*</param>");
    }
    Set<String> jacoco = new TreeSet<>();
    Matcher exclude =
        Pattern.compile("<exclude>(org/reformkit/core/model/\\w+)\\.class</exclude>").matcher(pom);
    while (exclude.find()) {
      jacoco.add(exclude.group(1).replace('/', '.'));
      assertThat(pom).contains("<exclude>" + exclude.group(1) + "$*.class</exclude>");
    }

    assertThat(generated).hasSizeGreaterThan(40).allMatch(n -> !n.contains("Abstract"));
    assertThat(pit).as("PIT's excludedClasses").isEqualTo(generated);
    assertThat(jacoco).as("JaCoCo's excludes").isEqualTo(generated);
  }

  @Test
  void declaresAModuleThatRequiresOnlyGuavaAtRuntime() throws IOException {
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(mainClasses.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }

    assertThat(descriptor.name()).isEqualTo("org.reformkit.core");
    Set<String> runtime =
        descriptor.requires().stream()
            .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
            .map(ModuleDescriptor.Requires::name)
            .collect(Collectors.toSet());
    assertThat(runtime).containsExactlyInAnyOrder("java.base", "com.google.common");
    assertThat(descriptor.requires().stream().map(ModuleDescriptor.Requires::name))
        .noneMatch(name -> name.contains("jackson") || name.equals("org.reformkit.json"));
  }

  private static boolean isImmutableImplementation(JavaClass c) {
    return c.getRawSuperclass()
        .map(s -> s.getSimpleName().equals("Abstract" + c.getSimpleName()))
        .orElse(false);
  }

  private static ArchCondition<JavaClass> useOnlyAnnotationsNotRetainedAtRuntimeFrom(
      String... packages) {
    return new ArchCondition<>(
        "use "
            + String.join(", ", packages)
            + " only through annotations not retained at runtime") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass();
          boolean inPackages = false;
          for (String p : packages) {
            inPackages |=
                target.getPackageName().equals(p) || target.getPackageName().startsWith(p + ".");
          }
          if (inPackages && !isCompileTimeAnnotationOrPartOfOne(target)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  /**
   * Loads classes from the test's class path and module path alike: under JPMS the annotations
   * module is not even resolved ({@code requires static}), so it cannot be loaded the usual way.
   */
  private static ClassLoader everythingOnThePaths() {
    String paths =
        System.getProperty("jdk.module.path", "")
            + File.pathSeparator
            + System.getProperty("java.class.path", "");
    URL[] urls =
        Arrays.stream(paths.split(File.pathSeparator))
            .filter(entry -> !entry.isBlank())
            .map(
                entry -> {
                  try {
                    return Path.of(entry).toUri().toURL();
                  } catch (MalformedURLException e) {
                    throw new IllegalStateException(e);
                  }
                })
            .toArray(URL[]::new);
    return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
  }

  private static boolean isCompileTimeAnnotationOrPartOfOne(JavaClass type) {
    return isCompileTimeAnnotation(type)
        || type.getEnclosingClass()
            .map(ArchitectureTest::isCompileTimeAnnotationOrPartOfOne)
            .orElse(false);
  }

  private static boolean isCompileTimeAnnotation(JavaClass type) {
    try {
      Class<?> annotation = Class.forName(type.getName(), false, PATHS);
      if (!annotation.isAnnotation()) {
        return false;
      }
      Retention retention = annotation.getAnnotation(Retention.class);
      // without @Retention an annotation is kept in the class file but invisible at runtime
      return retention == null || retention.value() != RetentionPolicy.RUNTIME;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
