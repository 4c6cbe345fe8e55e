package io.obra.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CLI keeps obra-core's {@link ArchitectureRules} (this test sits in their package to reach them), except
 * the console rule: printing to the terminal is the CLI's job, through its masking writers.
 */
class CliArchitectureTest {

    private static JavaClasses mainClasses;
    private static JavaClasses testClasses;

    @BeforeAll
    static void importClasses() throws URISyntaxException {
        mainClasses = new ClassFileImporter().importPath(outputDirectoryOf("io.obra.cli.ObraCommand"));
        testClasses = new ClassFileImporter().importPath(outputDirectoryOf(CliArchitectureTest.class.getName()));
    }

    private static Path outputDirectoryOf(final String type) throws URISyntaxException {
        try {
            return Path.of(Class.forName(type).getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("class " + type + " is not on the test class path", e);
        }
    }

    @Test
    void theImportSeesTheCli() {
        assertThat(mainClasses.contain("io.obra.cli.ObraCommand")).isTrue();
        assertThat(testClasses.contain("io.obra.cli.ObraCommandTest")).isTrue();
    }

    @Test
    void mainRulesHold() {
        ArchitectureRules.NO_JENKINS_IN_CORE.check(mainClasses);
        ArchitectureRules.NO_REFLECTION.check(mainClasses);
        ArchitectureRules.NO_RAW_EXCEPTIONS.check(mainClasses);
        ArchitectureRules.NO_EXCEPTIONS_WITHOUT_CONTEXT.check(mainClasses);
        ArchitectureRules.NO_EXCEPTION_TYPES_WITHOUT_MESSAGE.check(mainClasses);
    }

    @Test
    void testRulesHold() {
        ArchitectureRules.TEST_RULES.forEach(rule -> rule.check(testClasses));
    }
}
