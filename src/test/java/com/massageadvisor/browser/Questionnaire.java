package com.massageadvisor.browser;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openqa.selenium.WebElement;

/**
 * The questionnaire as a client fills it in with a mouse: click the labels, type in the
 * fields, send. The answers are the form's option values; null leaves a question as the
 * page has it.
 *
 * @param name the name or reference
 * @param goal the goal
 * @param lifestyle how the days are spent
 * @param painLevel pain from 0 to 10, as typed
 * @param painDuration how long the pain has lasted
 * @param conditions health conditions to tick
 * @param signs signs to tick
 * @param massageType the massage wanted
 * @param sessionPrice the price of a session, as typed
 * @param monthlyBudget the monthly budget, as typed
 * @param redFlags red flags to tick
 */
record Questionnaire(String name, @Nullable String goal, @Nullable String lifestyle, String painLevel,
		String painDuration, List<String> conditions, List<String> signs, String massageType,
		@Nullable String sessionPrice, @Nullable String monthlyBudget, List<String> redFlags) {

	static final String FORM = "/assessments/new";

	static final String RESULT = "/assessments/[0-9a-f-]{36}";

	/**
	 * A typical plan: long-lasting pain from sitting, deep tissue, a sign, no cost
	 * questions.
	 * @param name the client's name
	 * @return the answers
	 */
	static Questionnaire typical(String name) {
		return new Questionnaire(name, "CHRONIC_PAIN", "DESK_WORKER", "5", "SUBACUTE", List.of(), List.of("HEADACHES"),
				"DEEP_TISSUE", null, null, List.of());
	}

	/**
	 * A name no other test uses, so a test finds its own assessment among all the others
	 * in the shared database.
	 * @param stem a readable start
	 * @return the stem and eight random letters and digits
	 */
	static String unique(String stem) {
		return stem + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	Questionnaire withGoal(@Nullable String goal) {
		return new Questionnaire(this.name, goal, this.lifestyle, this.painLevel, this.painDuration, this.conditions,
				this.signs, this.massageType, this.sessionPrice, this.monthlyBudget, this.redFlags);
	}

	Questionnaire withConditions(String... conditions) {
		return new Questionnaire(this.name, this.goal, this.lifestyle, this.painLevel, this.painDuration,
				List.of(conditions), this.signs, this.massageType, this.sessionPrice, this.monthlyBudget,
				this.redFlags);
	}

	Questionnaire withCost(@Nullable String sessionPrice, @Nullable String monthlyBudget) {
		return new Questionnaire(this.name, this.goal, this.lifestyle, this.painLevel, this.painDuration,
				this.conditions, this.signs, this.massageType, sessionPrice, monthlyBudget, this.redFlags);
	}

	Questionnaire withPainLevel(String painLevel) {
		return new Questionnaire(this.name, this.goal, this.lifestyle, painLevel, this.painDuration, this.conditions,
				this.signs, this.massageType, this.sessionPrice, this.monthlyBudget, this.redFlags);
	}

	Questionnaire withRedFlags(String... redFlags) {
		return new Questionnaire(this.name, this.goal, this.lifestyle, this.painLevel, this.painDuration,
				this.conditions, this.signs, this.massageType, this.sessionPrice, this.monthlyBudget,
				List.of(redFlags));
	}

	/**
	 * Fills in the form shown, ticks the consent and sends it.
	 * @param browser the browser on the form
	 */
	void submit(Browser browser) {
		fill(browser);
		tick(browser, "#consent", true);
		browser.find("form.questionnaire button[type=submit]").click();
	}

	/**
	 * Fills in the form shown from its first step, without the consent, pressing Next at
	 * the end of each step where the script shows one step at a time: it ends on the last
	 * step.
	 * @param browser the browser on the form
	 */
	void fill(Browser browser) {
		browser.type("#clientName", this.name);
		choose(browser, "goal", this.goal);
		choose(browser, "lifestyle", this.lifestyle);
		choose(browser, "massageType", this.massageType);
		next(browser);
		browser.type("#painLevel", this.painLevel);
		choose(browser, "painDuration", this.painDuration);
		tickOnly(browser, "signs", this.signs);
		next(browser);
		tickOnly(browser, "redFlags", this.redFlags);
		tickOnly(browser, "conditions", this.conditions);
		next(browser);
		browser.type("#sessionPrice", (this.sessionPrice != null) ? this.sessionPrice : "");
		browser.type("#monthlyBudget", (this.monthlyBudget != null) ? this.monthlyBudget : "");
	}

	/**
	 * Clicks the Next button of the step shown, if the script shows steps.
	 * @param browser the browser on the form
	 */
	static void next(Browser browser) {
		browser.findAll("[data-step-next]")
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.ifPresent(WebElement::click);
	}

	/**
	 * @param browser the browser on the form
	 * @return the progress the script shows, such as "Step 2 of 4"
	 */
	static String progress(Browser browser) {
		return browser.text("[data-step-count]");
	}

	private static void choose(Browser browser, String name, @Nullable String value) {
		if (value != null) {
			browser.clickLabelOf("input[type=radio][name='" + name + "'][value='" + value + "']");
		}
	}

	/** Ticks the boxes of the values, and unticks the others. */
	private static void tickOnly(Browser browser, String name, List<String> values) {
		for (WebElement box : browser.findAll("input[type=checkbox][name='" + name + "']:checked")) {
			if (!values.contains(box.getDomAttribute("value"))) {
				browser.clickLabelOf("#" + box.getDomAttribute("id"));
			}
		}
		for (String value : values) {
			tick(browser, "input[type=checkbox][name='" + name + "'][value='" + value + "']", true);
		}
	}

	/**
	 * Ticks or unticks a box by clicking its label.
	 * @param browser the browser
	 * @param css the box
	 * @param ticked whether it should be ticked
	 */
	static void tick(Browser browser, String css, boolean ticked) {
		if (browser.find(css).isSelected() != ticked) {
			browser.clickLabelOf(css);
		}
	}

}
