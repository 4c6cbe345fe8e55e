package io.jenkins.plugins.obra;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import hudson.model.Describable;
import hudson.model.Descriptor;
import io.jenkins.plugins.obra.report.ObraReports;
import io.jenkins.plugins.obra.util.JenkinsFacade;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.verb.POST;

import java.io.Serializable;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The plugin's Jenkins conventions as rules (after warnings-ng's PluginArchitectureTest and plugin-util-api's
 * PluginArchitectureRules): form endpoints use POST and check permissions, Jenkins is reached through
 * {@link JenkinsFacade} only, data binding happens in public classes, tests are package-private, and no
 * engine (obra-core) type is stored in anything Jenkins serialises (JEP-200).
 */
@AnalyzeClasses(packages = "io.jenkins.plugins.obra")
final class PluginArchitectureTest {

    private PluginArchitectureTest() {
    }

    @ArchTest
    static final ArchRule FORM_VALIDATION_USES_POST_AND_CHECKS_PERMISSIONS = methods()
            .that().areDeclaredInClassesThat().areAssignableTo(Descriptor.class)
            .and().haveNameMatching("do(Check|Fill|Test)[A-Z].*")
            .should().beAnnotatedWith(POST.class)
            .andShould().bePublic()
            .andShould(checkPermissionsThroughTheFacade());

    @ArchTest
    static final ArchRule JENKINS_IS_REACHED_THROUGH_THE_FACADE = noClasses()
            .that().doNotHaveSimpleName("JenkinsFacade")
            .should().callMethod(Jenkins.class, "get")
            .orShould().callMethod(Jenkins.class, "getInstance")
            .orShould().callMethod(Jenkins.class, "getInstanceOrNull")
            .because("every Jenkins lookup goes through JenkinsFacade");

    @ArchTest
    static final ArchRule DATA_BOUND_CONSTRUCTORS_ARE_IN_PUBLIC_CLASSES = constructors()
            .that().areAnnotatedWith(DataBoundConstructor.class)
            .should().beDeclaredInClassesThat().arePublic()
            .andShould().bePublic();

    @ArchTest
    static final ArchRule DATA_BOUND_SETTERS_ARE_IN_PUBLIC_CLASSES = methods()
            .that().areAnnotatedWith(DataBoundSetter.class)
            .should().beDeclaredInClassesThat().arePublic()
            .andShould().bePublic();

    @ArchTest
    static final ArchRule TEST_CLASSES_ARE_PACKAGE_PRIVATE = noClasses()
            .that().haveSimpleNameEndingWith("Test")
            .should().bePublic();

    @ArchTest
    static final ArchRule TEST_METHODS_ARE_PACKAGE_PRIVATE = methods()
            .that().areAnnotatedWith(Test.class)
            .should().notBePublic()
            .andShould().notBeProtected()
            .andShould().notBePrivate();

    @ArchTest
    static final ArchRule NO_ENGINE_TYPES_IN_SERIALISED_STATE = fields()
            .that().areDeclaredInClassesThat(areSerialisedByJenkins())
            .and().areNotStatic()
            .and().doNotHaveModifier(JavaModifier.TRANSIENT)
            .should(notHoldEngineTypes())
            .because("JEP-200 refuses classes of a bundled library (obra-core) in build.xml, config.xml "
                    + "and remoting; keep strings and numbers there");

    @ArchTest
    static final ArchRule ONLY_THE_CHECKS_PUBLISHER_USES_THE_OPTIONAL_CHECKS_API = noClasses()
            .that(areNotTests()).and().doNotHaveSimpleName("ObraChecksPublisher")
            .should().dependOnClassesThat().resideInAPackage("io.jenkins.plugins.checks..")
            .because("checks-api is an optional dependency: only the @OptionalExtension ObraChecksPublisher may load "
                    + "its classes, so that the plugin works where it is not installed");

    @ArchTest
    static final ArchRule PLUGIN_CODE_USES_NO_JUNIT4 = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.junit", "junit..")
            .because("tests use JUnit 5 (ban-junit4-imports)");

    private static ArchCondition<JavaMethod> checkPermissionsThroughTheFacade() {
        return new ArchCondition<>("call JenkinsFacade.hasPermission*/checkPermission*") {
            @Override
            public void check(final JavaMethod method, final ConditionEvents events) {
                if (method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    return;
                }
                boolean checks = method.getCallsFromSelf().stream().anyMatch(call ->
                        call.getTarget().getOwner().isEquivalentTo(JenkinsFacade.class)
                                && (call.getTarget().getName().startsWith("hasPermission")
                                || call.getTarget().getName().startsWith("checkPermission")));
                if (!checks) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                            + " does not check a permission through JenkinsFacade"));
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> areSerialisedByJenkins() {
        return new DescribedPredicate<>("are saved or sent by Jenkins (describables, serialisable, step parameters, "
                + "the build's obra-reports.xml)") {
            @Override
            public boolean test(final JavaClass type) {
                return type.isAssignableTo(Describable.class) || type.isAssignableTo(Serializable.class)
                        || type.isEquivalentTo(RunParameters.class) || type.isEquivalentTo(ObraReports.class)
                        || type.isEquivalentTo(ObraReports.Entry.class);
            }
        };
    }

    private static DescribedPredicate<JavaClass> areNotTests() {
        return DescribedPredicate.describe("are not tests or their helpers",
                type -> !type.getName().matches(".*Test(\\$.*)?"));
    }

    private static ArchCondition<JavaField> notHoldEngineTypes() {
        return new ArchCondition<>("not hold obra-core types") {
            @Override
            public void check(final JavaField field, final ConditionEvents events) {
                boolean engineType = field.getType().getAllInvolvedRawTypes().stream()
                        .anyMatch(type -> type.getPackageName().startsWith("io.obra"));
                if (engineType) {
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " holds " + field.getType()
                            .getName() + ", an obra-core type, in state Jenkins serialises"));
                }
            }
        };
    }
}
