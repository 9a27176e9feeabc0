package com.massageadvisor;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Keeps {@code ./mvnw test} fast: a test that starts the whole application, or the
 * packaged jar, carries a tag, so that surefire leaves it to failsafe in
 * {@code ./mvnw verify} (see the surefire and failsafe configuration in pom.xml).
 */
@AnalyzeClasses(packages = "com.massageadvisor", importOptions = ImportOption.OnlyIncludeTests.class)
class FastLaneTests {

	@ArchTest
	static final ArchRule fullContextTestsAreTagged = classes().that()
		.areMetaAnnotatedWith(SpringBootTest.class)
		.and()
		.areNotAnnotations()
		.should()
		.beMetaAnnotatedWith(Tag.class)
		.because("a test that starts the whole application runs in ./mvnw verify, not in the fast lane");

	@ArchTest
	static final ArchRule packagedApplicationTestsAreTagged = classes().that()
		.haveSimpleNameEndingWith("IT")
		.should()
		.beAnnotatedWith(Tag.class)
		.because("a test of the packaged jar runs after the package phase");

}
