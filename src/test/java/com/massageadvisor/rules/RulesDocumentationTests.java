package com.massageadvisor.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule tables of {@code docs/rules.md} are the engine's tables: this test renders
 * every table of the code as Markdown between its markers in the document, rewrites the
 * document and fails when the committed one differed, so that the change is reviewed and
 * committed (as ModulesTests does for {@code docs/modules}). The prose around the tables
 * stays hand-written.
 */
class RulesDocumentationTests {

	static final Path RULES = Path.of("docs", "rules.md");

	static final String START = "<!-- rules table %s: written by RulesDocumentationTests -->";

	static final String END = "<!-- end of rules table -->";

	@Test
	void theTablesOfRulesMdAreTheCodesTables() throws IOException {
		String document = Files.readString(RULES, StandardCharsets.UTF_8);
		String updated = document;
		for (Map.Entry<String, String> table : tables().entrySet()) {
			updated = withTable(updated, table.getKey(), table.getValue());
		}
		if (!updated.equals(document)) {
			Files.writeString(RULES, updated, StandardCharsets.UTF_8);
		}
		assertThat(updated).as("%s did not match the code and has now been rewritten: review, commit", RULES)
			.isEqualTo(document);
	}

	@Test
	void theDocumentNamesTheRulesVersion() throws IOException {
		assertThat(Files.readString(RULES, StandardCharsets.UTF_8))
			.contains("It is currently **`" + RulesEngine.RULES_VERSION + "`**")
			.contains("### What " + RulesEngine.RULES_VERSION + " changed");
	}

	static Map<String, String> tables() {
		Map<String, String> tables = new LinkedHashMap<>();
		tables.put("safety", safety());
		tables.put("suggestion", suggestion());
		tables.put("replacement", replacement());
		tables.put("about", about());
		tables.put("gap", first(SessionRules.GAP, "gap", (value) -> value + " hours", "gap."));
		tables.put("length", first(SessionRules.LENGTH, "minutes",
				(value) -> ((IntRange) value).min() + " to " + ((IntRange) value).max(), "length."));
		tables.put("setting", first(SessionRules.SETTING, "setting", (value) -> "`" + value + "`", "advice.SETTING."));
		tables.put("phases", phases());
		tables.put("lifestyle", lifestyle());
		tables.put("advice", advice());
		tables.put("not-advisable", notAdvisable());
		return tables;
	}

	private static String safety() {
		Table table = new Table("#", "when", "warning code", "severity", "condition or red flag",
				"with a doctor's go-ahead", "message key", "rows", "sources");
		int i = 1;
		for (SafetyRules.WarningRule rule : SafetyRules.TABLE) {
			Object raisedBy = (rule.condition() != null) ? rule.condition() : rule.redFlag();
			table.row(i++, rule.description(), code(rule.code()), rule.severity(),
					(raisedBy != null) ? code(raisedBy) : "none", rule.clearable() ? "INFO" : "unchanged",
					code(rule.warning().message().key()), rows(rule.citation()), sources(rule.citation()));
		}
		return table.toString();
	}

	private static String suggestion() {
		Table table = new Table("#", "when (not sure; first match wins)", "suggested type", "message key", "rows",
				"sources");
		int i = 1;
		for (TypeRules.Suggestion row : TypeRules.SUGGESTIONS) {
			table.row(i++, row.description(), code(row.type()), code(row.explanation().message().key()),
					rows(row.citation()), sources(row.citation()));
		}
		return table.toString();
	}

	private static String replacement() {
		Table table = new Table("#", "when: what it replaces (first match wins)", "recommended instead", "message key",
				"rows", "sources");
		int i = 1;
		for (TypeRules.Replacement row : TypeRules.REPLACEMENTS) {
			table.row(i++, row.description(), code(row.type()), code(row.explanation().message().key()),
					rows(row.citation()), sources(row.citation()));
		}
		return table.toString();
	}

	private static String about() {
		Table table = new Table("type", "message key", "rows", "sources");
		for (MassageType type : MassageType.values()) {
			if (type != MassageType.NOT_SURE) {
				Advice about = TypeRules.ABOUT.get(type);
				table.row(code(type), code(about.message().key()), rows(about.citation()), sources(about.citation()));
			}
		}
		return table.toString();
	}

	private static <T> String first(List<SessionRules.Row<T>> rows, String what,
			java.util.function.Function<Object, String> value, String keyPrefix) {
		Table table = new Table("#", "when (first match wins)", what, "message key", "rows", "sources");
		int i = 1;
		for (SessionRules.Row<T> row : rows) {
			table.row(i++, row.description(), value.apply(row.value()), code(keyPrefix + row.reason()),
					rows(row.citation()), sources(row.citation()));
		}
		return table.toString();
	}

	private static String phases() {
		Table table = new Table("plan", "phase", "days between sessions", "sessions", "rows", "sources");
		Map<String, List<PlanRules.Template>> plans = new LinkedHashMap<>();
		plans.put("relaxation", PlanRules.BY_GOAL.get(Goal.RELAXATION));
		plans.put("chronic pain (and maintenance asked for too soon, F9)", PlanRules.BY_GOAL.get(Goal.CHRONIC_PAIN));
		plans.put("acute injury, serious (after the doctor's approval)", PlanRules.BY_GOAL.get(Goal.ACUTE_INJURY));
		plans.put("acute injury, minor or of unknown severity", PlanRules.MINOR_INJURY);
		plans.put("maintenance", PlanRules.BY_GOAL.get(Goal.MAINTENANCE));
		plans.put("desk worker in pain (L2), before the goal's phases", List.of(PlanRules.DESK_SERIES));
		plans.forEach((plan, templates) -> {
			String name = plan;
			for (PlanRules.Template template : templates) {
				IntRange sessions = template.sessions();
				Citation citation = Citation.of(template.rows());
				table.row(name, code(template.kind()), range(template.interval()),
						(sessions != null) ? range(sessions)
								+ ((template.windowDays() > 0) ? ", within " + template.windowDays() + " days" : "")
								: "open-ended",
						rows(citation), sources(citation));
				name = "";
			}
		});
		return table.toString();
	}

	private static String lifestyle() {
		Table table = new Table("lifestyle", "days between sessions", "phases", "effect", "rows", "sources");
		Map<Lifestyle, PlanRules.LifestyleRow> rows = new EnumMap<>(PlanRules.BY_LIFESTYLE);
		rows.forEach((lifestyle, row) -> {
			IntRange interval = row.interval();
			String effect = (interval != null) ? "reconciled"
					: row.leansFrequent() ? "leans the phase to its frequent end" : "none";
			String phases = (interval == null && !row.leansFrequent()) ? "none"
					: row.everyPhase() ? "every phase" : "open-ended";
			table.row(code(lifestyle), (interval != null) ? range(interval) : "no number", phases, effect,
					row.rows().isEmpty() ? "none" : rows(Citation.of(row.rows())),
					row.rows().isEmpty() ? "none" : sources(Citation.of(row.rows())));
		});
		return table.toString();
	}

	private static String advice() {
		Table table = new Table("#", "when", "message key", "rows", "sources");
		int i = 1;
		for (AdviceRules.AdviceRule rule : AdviceRules.TABLE) {
			table.row(i++, rule.description(), code(rule.advice().message().key()), rows(rule.advice().citation()),
					sources(rule.advice().citation()));
		}
		return table.toString();
	}

	private static String notAdvisable() {
		Table table = new Table("when", "message key", "rows", "sources");
		for (Advice advice : AdviceRules.NOT_ADVISABLE) {
			table.row("a STOP condition, no red flag", code(advice.message().key()), rows(advice.citation()),
					sources(advice.citation()));
		}
		table.row("a red flag that needs a doctor today (saddle numbness, bladder or bowel change, leg weakness)",
				code(AdviceRules.SEE_DOCTOR_URGENTLY.message().key()), rows(AdviceRules.SEE_DOCTOR_URGENTLY.citation()),
				sources(AdviceRules.SEE_DOCTOR_URGENTLY.citation()));
		table.row("any other red flag", code(AdviceRules.SEE_DOCTOR_SOON.message().key()),
				rows(AdviceRules.SEE_DOCTOR_SOON.citation()), sources(AdviceRules.SEE_DOCTOR_SOON.citation()));
		return table.toString();
	}

	private static String withTable(String document, String name, String table) {
		String start = String.format(START, name);
		int from = document.indexOf(start);
		assertThat(from).as("%s marks where the %s table goes in %s", start, name, RULES).isNotNegative();
		int to = document.indexOf(END, from);
		assertThat(to).as("%s ends the %s table in %s", END, name, RULES).isGreaterThan(from);
		return document.substring(0, from) + start + "\n\n" + table + "\n" + document.substring(to);
	}

	private static String range(IntRange range) {
		return range.isSingle() ? Integer.toString(range.min()) : range.min() + " to " + range.max();
	}

	private static String code(Object value) {
		return "`" + value + "`";
	}

	private static String rows(Citation citation) {
		return citation.rows().stream().map(Guideline::name).collect(Collectors.joining(", "));
	}

	private static String sources(Citation citation) {
		return citation.sources().stream().map(Source::id).collect(Collectors.joining(", "));
	}

	/** A Markdown table. */
	private static final class Table {

		private final StringBuilder text = new StringBuilder();

		Table(String... headings) {
			this.text.append("| ").append(String.join(" | ", headings)).append(" |\n");
			this.text.append("|").append("---|".repeat(headings.length)).append('\n');
		}

		void row(@Nullable Object... cells) {
			List<String> texts = new ArrayList<>();
			for (Object cell : cells) {
				texts.add(String.valueOf(cell).replace("|", "\\|"));
			}
			this.text.append("| ").append(String.join(" | ", texts)).append(" |\n");
		}

		@Override
		public String toString() {
			return this.text.toString();
		}

	}

}
