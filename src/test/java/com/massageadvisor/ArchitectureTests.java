package com.massageadvisor;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the shape of the code inside the modules: a plain engine and package-private
 * controllers. How the modules depend on each other is checked by {@link ModulesTests}.
 */
@AnalyzeClasses(packages = "com.massageadvisor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule engineIsPlainJava = classes().that()
		.resideInAPackage("com.massageadvisor.rules..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("java.lang..", "java.util..", "java.math..", "org.jspecify.annotations..",
				"com.massageadvisor.rules..")
		.because("the guideline engine is plain Java: no Spring, no JPA, no I/O");

	@ArchTest
	static final ArchRule engineUsesNoReflectionOrIo = noClasses().that()
		.resideInAPackage("com.massageadvisor.rules..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("java.lang.reflect..", "java.io..", "java.nio..", "java.net..", "java.sql..")
		.because("rules are data evaluated without reflection or I/O");

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.notBePublic();

}
