package com.massageadvisor.browser;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Scans the page a browser shows with axe-core (the copy bundled in its Selenium library:
 * nothing is fetched) against WCAG 2.0 and 2.1, levels A and AA. No rule is turned off.
 */
final class Accessibility {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private Accessibility() {
	}

	/**
	 * Fails unless axe finds no violation on the page as it is now, at desktop width and
	 * at phone width (where tables and the timeline scroll sideways).
	 * @param browser the browser
	 * @param state what the page shows, for the failure message
	 */
	static void assertNoViolations(Browser browser, String state) {
		browser.resize(Browser.DESKTOP);
		scan(browser, state + " at desktop width");
		browser.resize(Browser.PHONE);
		scan(browser, state + " at phone width");
		browser.resize(Browser.DESKTOP);
	}

	private static void scan(Browser browser, String state) {
		Results results = new AxeBuilder().withTags(TAGS).analyze(browser.driver());
		assertThat(results.isErrored()).as("axe ran on %s: %s", state, results.getErrorMessage()).isFalse();
		assertThat(results.getPasses()).as("axe checked something on %s", state).isNotEmpty();
		if (!results.getViolations().isEmpty()) {
			fail(describe(state, browser.path(), results.getViolations()));
		}
	}

	private static String describe(String state, String path, List<Rule> violations) {
		return "Accessibility violations on " + state + " (" + path + "):\n"
				+ violations.stream()
					.map((rule) -> "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " ("
							+ rule.getHelpUrl() + ")\n"
							+ rule.getNodes().stream().map(Accessibility::describe).collect(Collectors.joining("\n")))
					.collect(Collectors.joining("\n"));
	}

	private static String describe(CheckedNode node) {
		return "    at " + node.getTarget() + ": " + node.getHtml() + "\n      "
				+ String.valueOf(node.getFailureSummary()).replace("\n", "\n      ");
	}

}
