package io.obra.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.obra.config.ConfigLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** obra-core's main and test classes keep the {@link ArchitectureRules}. */
final class ArchitectureTest {

    private static JavaClasses mainClasses;
    private static JavaClasses testClasses;

    /** Imports the two output directories directly: scanning the whole class path for io.obra is much slower. */
    @BeforeAll
    static void importClasses() throws URISyntaxException {
        mainClasses = new ClassFileImporter().importPath(outputDirectoryOf(ConfigLoader.class));
        testClasses = new ClassFileImporter().importPath(outputDirectoryOf(ArchitectureTest.class));
    }

    private static Path outputDirectoryOf(final Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void theImportSeesBothTrees() {
        assertThat(mainClasses.contain(ConfigLoader.class)).isTrue();
        assertThat(mainClasses.contain("io.obra.privacy.Secret")).isTrue();
        assertThat(mainClasses.contain(ArchitectureTest.class)).isFalse();
        assertThat(testClasses.contain(ArchitectureTest.class)).isTrue();
        assertThat(testClasses.contain("io.obra.config.ConfigLoader")).isFalse();
    }

    @Test
    void mainClassesDoNotDependOnJenkins() {
        ArchitectureRules.NO_JENKINS_IN_CORE.check(mainClasses);
    }

    @Test
    void mainClassesUseNoReflection() {
        ArchitectureRules.NO_REFLECTION.check(mainClasses);
    }

    @Test
    void mainClassesDoNotPrintToTheConsole() {
        ArchitectureRules.NO_CONSOLE_OUTPUT.check(mainClasses);
    }

    @Test
    void mainClassesThrowNoRawExceptions() {
        ArchitectureRules.NO_RAW_EXCEPTIONS.check(mainClasses);
    }

    @Test
    void mainClassesThrowNoExceptionsWithoutContext() {
        ArchitectureRules.NO_EXCEPTIONS_WITHOUT_CONTEXT.check(mainClasses);
        ArchitectureRules.NO_EXCEPTION_TYPES_WITHOUT_MESSAGE.check(mainClasses);
    }

    @Test
    void testClassesAndMethodsArePackagePrivate() {
        for (ArchRule rule : ArchitectureRules.TEST_RULES) {
            rule.check(testClasses);
        }
    }
}
