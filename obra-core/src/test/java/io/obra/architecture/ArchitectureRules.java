package io.obra.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noConstructors;

/**
 * The architecture rules of obra-core, in the spirit of warnings-ng's {@code PluginArchitectureTest} and
 * codingstyle's {@code ArchitectureRules}. The first group applies to main classes, the last two to tests.
 */
final class ArchitectureRules {

    /** obra-core runs in the CLI too: it must not need Jenkins on the class path. */
    static final ArchRule NO_JENKINS_IN_CORE = noClasses().that().resideInAPackage("io.obra..")
            .should().dependOnClassesThat().resideInAnyPackage("hudson..", "jenkins..", "org.jenkinsci..",
                    "org.kohsuke..", "com.cloudbees..")
            .because("obra-core is plain Java; Jenkins types belong in the plugin's adapters");

    /** Explicit code only: no reflection, no loading classes by name. */
    static final ArchRule NO_REFLECTION = noClasses()
            .should().dependOnClassesThat().resideInAPackage("java.lang.reflect..")
            .orShould().callMethodWhere(reflectiveClassCall())
            .because("reflection hides what code runs; bind configuration and wire objects explicitly");

    /** The engine prints through {@code port.BuildLog} only, so Jenkins masks and routes every line. */
    static final ArchRule NO_CONSOLE_OUTPUT = noClasses()
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethodWhere(DescribedPredicate.describe("Throwable.printStackTrace",
                    call -> call.getName().equals("printStackTrace") && call.getTargetOwner().isAssignableTo(Throwable.class)))
            .because("output goes through port.BuildLog, which masks secrets and reaches the Jenkins console");

    /** A thrown exception says what failed: no raw RuntimeException/Exception/Error/Throwable. */
    static final ArchRule NO_RAW_EXCEPTIONS = noClasses()
            .should().callConstructorWhere(rawExceptionConstructed())
            .because("callers handle domain exceptions (ConfigException, OrchestratorException, ...) or specific"
                    + " JDK ones; a raw RuntimeException or Exception carries no kind");

    /** {@code new IllegalStateException()} tells nobody anything. */
    static final ArchRule NO_EXCEPTIONS_WITHOUT_CONTEXT = noClasses()
            .should().callConstructorWhere(exceptionWithoutArguments())
            .because("every exception names the field, the endpoint or the fix");

    /** As analysis-model's NO_EXCEPTIONS_WITH_NO_ARG_CONSTRUCTOR: our own exceptions demand a message. */
    static final ArchRule NO_EXCEPTION_TYPES_WITHOUT_MESSAGE = noConstructors()
            .that().areDeclaredInClassesThat().areAssignableTo(Throwable.class)
            .should().haveRawParameterTypes(new Class<?>[0])
            .because("an exception type that can be created without a message will be");

    /** Test classes are package-private (JUnit 5 needs no more). */
    static final ArchRule NO_PUBLIC_TEST_CLASSES = noClasses().that(containTestMethods())
            .should().bePublic()
            .because("test classes are not API; JUnit 5 runs package-private classes");

    /** Test methods are package-private. */
    static final ArchRule ONLY_PACKAGE_PRIVATE_TEST_METHODS = methods().that(areTests())
            .should().bePackagePrivate()
            .because("test methods are not API; JUnit 5 runs package-private methods");

    /** The rules for main classes. */
    static final List<ArchRule> MAIN_RULES = List.of(NO_JENKINS_IN_CORE, NO_REFLECTION, NO_CONSOLE_OUTPUT,
            NO_RAW_EXCEPTIONS, NO_EXCEPTIONS_WITHOUT_CONTEXT, NO_EXCEPTION_TYPES_WITHOUT_MESSAGE);

    /** The rules for test classes. */
    static final List<ArchRule> TEST_RULES = List.of(NO_PUBLIC_TEST_CLASSES, ONLY_PACKAGE_PRIVATE_TEST_METHODS);

    private static final Set<String> TEST_ANNOTATIONS = Set.of("org.junit.jupiter.api.Test",
            "org.junit.jupiter.params.ParameterizedTest", "org.junit.jupiter.api.RepeatedTest",
            "org.junit.jupiter.api.TestFactory", "org.junit.jupiter.api.TestTemplate", "net.jqwik.api.Property",
            "net.jqwik.api.Example");

    private static final Set<String> RAW_EXCEPTIONS = Set.of(RuntimeException.class.getName(),
            Exception.class.getName(), Throwable.class.getName(), Error.class.getName());

    /**
     * What javac puts in the hidden default branch of an exhaustive switch over an enum (Java 17; later
     * versions use MatchException): no source line calls them, so they are no exception without context.
     */
    private static final Set<String> COMPILER_GENERATED = Set.of("java.lang.IncompatibleClassChangeError",
            "java.lang.MatchException");

    private static final Set<String> REFLECTIVE_CLASS_METHODS = Set.of("forName", "getDeclaredField",
            "getDeclaredFields", "getDeclaredMethod", "getDeclaredMethods", "getDeclaredConstructor",
            "getDeclaredConstructors", "getField", "getFields", "getMethod", "getMethods", "getConstructor",
            "getConstructors", "newInstance");

    private ArchitectureRules() {
    }

    private static DescribedPredicate<JavaMethodCall> reflectiveClassCall() {
        return DescribedPredicate.describe("Class.forName or a reflective Class method",
                call -> call.getTargetOwner().isEquivalentTo(Class.class)
                        && REFLECTIVE_CLASS_METHODS.contains(call.getName()));
    }

    private static DescribedPredicate<JavaConstructorCall> rawExceptionConstructed() {
        return DescribedPredicate.describe("a constructor of RuntimeException, Exception, Error or Throwable",
                call -> RAW_EXCEPTIONS.contains(call.getTargetOwner().getName()) && !isSuperCall(call));
    }

    private static DescribedPredicate<JavaConstructorCall> exceptionWithoutArguments() {
        return DescribedPredicate.describe("an exception constructor without message or cause",
                call -> call.getTargetOwner().isAssignableTo(Throwable.class)
                        && call.getTarget().getRawParameterTypes().isEmpty() && !isSuperCall(call)
                        && !COMPILER_GENERATED.contains(call.getTargetOwner().getName()));
    }

    /** {@code super(message)} in the constructor of a subclass is how own exception types are built. */
    private static boolean isSuperCall(final JavaConstructorCall call) {
        return call.getOrigin() instanceof JavaConstructor
                && call.getOriginOwner().getRawSuperclass().map(s -> s.equals(call.getTargetOwner())).orElse(false);
    }

    private static DescribedPredicate<JavaClass> containTestMethods() {
        return DescribedPredicate.describe("contain test methods",
                javaClass -> javaClass.getMethods().stream().anyMatch(ArchitectureRules::isTest));
    }

    private static DescribedPredicate<JavaMethod> areTests() {
        return DescribedPredicate.describe("are tests", ArchitectureRules::isTest);
    }

    private static boolean isTest(final JavaMethod method) {
        return TEST_ANNOTATIONS.stream().anyMatch(method::isAnnotatedWith);
    }
}
