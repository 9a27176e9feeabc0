package com.massageadvisor.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Gives a test class one headless Chromium pointed at the application that Spring started
 * on a random port. It starts no server itself.
 *
 * <p>
 * The browser is Debian's Chromium and its driver ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}; the system properties {@code browser.chromium} and
 * {@code browser.chromedriver} name others). When either is missing the class is skipped
 * with a message saying what to install, unless the system property
 * {@code browser.required=true} is set (as on a machine that must run them), in which
 * case the class fails.
 *
 * <p>
 * One browser serves every test of a class, in a fresh profile; it is quit when the class
 * ends (JUnit closes what the class's store holds).
 */
public class BrowserExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver {

	static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	/**
	 * Skips the test class, with a message saying why, when the browser is missing and
	 * not required.
	 */
	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (browserPresent() || Boolean.getBoolean("browser.required")) {
			return ConditionEvaluationResult.enabled("Chromium and its driver are installed");
		}
		return ConditionEvaluationResult
			.disabled(missing() + "; skipped (set -Dbrowser.required=true to fail instead)");
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		if (!browserPresent()) {
			fail(missing() + "; browser.required=true, so this is a failure");
		}
		Environment environment = SpringExtension.getApplicationContext(context).getEnvironment();
		String port = environment.getRequiredProperty("local.server.port");
		String name = context.getRequiredTestClass().getSimpleName();
		context.getStore(NAMESPACE).put(Browser.class, Browser.start("http://localhost:" + port, name));
	}

	private static boolean browserPresent() {
		return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
	}

	private static String missing() {
		return "Browser tests need Chromium at " + CHROMIUM + " and its driver at " + CHROMEDRIVER
				+ " (Debian: apt-get install chromium chromium-driver)";
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
			throws ParameterResolutionException {
		return parameterContext.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
			throws ParameterResolutionException {
		Browser browser = extensionContext.getStore(NAMESPACE).get(Browser.class, Browser.class);
		if (browser == null) {
			throw new ParameterResolutionException("No browser: is the test class annotated with @BrowserTest?");
		}
		return browser;
	}

}
