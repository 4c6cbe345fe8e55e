package io.obra.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Each rule of {@link ArchitectureRules} catches a violation: small classes that break one rule each are
 * compiled at test time (with stand-ins for the Jenkins types, which obra-core cannot see) and checked.
 */
final class ArchitectureRulesCanFailTest {

    @TempDir
    static Path workDir;

    private static JavaClasses fixtures;

    @BeforeAll
    static void compileFixtures() throws IOException {
        Path sources = workDir.resolve("src");
        Path classes = Files.createDirectories(workDir.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none", "-classpath",
                jarOf(org.junit.jupiter.api.Test.class)));
        for (Map.Entry<String, String> source : ViolationFixtures.SOURCES.entrySet()) {
            Path file = sources.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("a JDK (not a JRE) runs the tests: the fixtures are compiled with javac").isNotNull();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exitCode = compiler.run(null, null, errors, arguments.toArray(String[]::new));
        assertThat(exitCode).as(errors.toString(StandardCharsets.UTF_8)).isZero();
        fixtures = new ClassFileImporter().importPath(classes);
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                arguments("NO_JENKINS_IN_CORE", ArchitectureRules.NO_JENKINS_IN_CORE, "UsesHudson"),
                arguments("NO_JENKINS_IN_CORE", ArchitectureRules.NO_JENKINS_IN_CORE, "UsesJenkins"),
                arguments("NO_JENKINS_IN_CORE", ArchitectureRules.NO_JENKINS_IN_CORE, "UsesJenkinsci"),
                arguments("NO_JENKINS_IN_CORE", ArchitectureRules.NO_JENKINS_IN_CORE, "UsesKohsuke"),
                arguments("NO_JENKINS_IN_CORE", ArchitectureRules.NO_JENKINS_IN_CORE, "UsesCloudbees"),
                arguments("NO_REFLECTION", ArchitectureRules.NO_REFLECTION, "ReadsFieldReflectively"),
                arguments("NO_REFLECTION", ArchitectureRules.NO_REFLECTION, "LoadsClassByName"),
                arguments("NO_CONSOLE_OUTPUT", ArchitectureRules.NO_CONSOLE_OUTPUT, "PrintsToStdout"),
                arguments("NO_CONSOLE_OUTPUT", ArchitectureRules.NO_CONSOLE_OUTPUT, "PrintsToStderr"),
                arguments("NO_CONSOLE_OUTPUT", ArchitectureRules.NO_CONSOLE_OUTPUT, "PrintsStackTrace"),
                arguments("NO_RAW_EXCEPTIONS", ArchitectureRules.NO_RAW_EXCEPTIONS, "ThrowsRuntimeException"),
                arguments("NO_RAW_EXCEPTIONS", ArchitectureRules.NO_RAW_EXCEPTIONS, "ThrowsException"),
                arguments("NO_EXCEPTIONS_WITHOUT_CONTEXT", ArchitectureRules.NO_EXCEPTIONS_WITHOUT_CONTEXT,
                        "ThrowsWithoutMessage"),
                arguments("NO_EXCEPTION_TYPES_WITHOUT_MESSAGE", ArchitectureRules.NO_EXCEPTION_TYPES_WITHOUT_MESSAGE,
                        "QuietException"),
                arguments("NO_PUBLIC_TEST_CLASSES", ArchitectureRules.NO_PUBLIC_TEST_CLASSES, "PublicClassTest"),
                arguments("ONLY_PACKAGE_PRIVATE_TEST_METHODS", ArchitectureRules.ONLY_PACKAGE_PRIVATE_TEST_METHODS,
                        "PublicMethodTest"));
    }

    @ParameterizedTest(name = "{0} catches {2}")
    @MethodSource("violations")
    void ruleCatchesTheViolation(final String name, final ArchRule rule, final String violator) {
        EvaluationResult result = rule.evaluate(fixtures);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("<io.obra.fixture." + violator + ".")
                        || line.contains("<io.obra.fixture." + violator + ">"));
    }

    @Test
    void wellBehavedCodeIsNotFlagged() {
        JavaClasses clean = fixtures.that(com.tngtech.archunit.base.DescribedPredicate.describe("clean fixtures",
                javaClass -> javaClass.getSimpleName().startsWith("Clean")));

        assertThat(clean).hasSize(3);
        for (ArchRule rule : ArchitectureRules.MAIN_RULES) {
            assertThat(rule.evaluate(clean).hasViolation()).as(rule.getDescription()).isFalse();
        }
        assertThat(ArchitectureRules.ONLY_PACKAGE_PRIVATE_TEST_METHODS.evaluate(clean).hasViolation()).isFalse();
        assertThat(ArchitectureRules.NO_PUBLIC_TEST_CLASSES.evaluate(clean).hasViolation()).isFalse();
    }

    private static String jarOf(final Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + type.getName(), e);
        }
    }
}
