package com.massageadvisor.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the engine, the scenarios and the guideline digest ({@code docs/guidelines.md})
 * in step: every row of the digest is a {@link Guideline} with the digest's sources,
 * every {@link Guideline} is in the digest, and every row is covered by a scenario whose
 * plan cites it.
 */
class GuidelineCoverageTests {

	/** The digest, relative to the project root (the Maven working directory). */
	static final Path DIGEST = Path.of("docs", "guidelines.md");

	/**
	 * A table row whose first cell is a row id, such as
	 * {@code | F1 | ... | back-massage-expert-advice |}.
	 */
	private static final Pattern ROW = Pattern.compile("^\\|\\s*([A-Z]\\d+)\\s*\\|(.*)\\|\\s*$");

	/**
	 * A row of the sources table, such as
	 * {@code | `frequency-for-back-pain` | 000_....txt | ... |}.
	 */
	private static final Pattern SOURCE_ROW = Pattern.compile("^\\|\\s*`([a-z0-9-]+)`\\s*\\|");

	/** The heading of the signs list, which names its source in parentheses. */
	private static final Pattern SIGNS_HEADING = Pattern
		.compile("^##\\s+Signs\\b.*\\(([a-z0-9-]+(?:,\\s*[a-z0-9-]+)*)\\)\\s*$");

	private final RulesEngine engine = new RulesEngine();

	private static Map<String, List<String>> digestRows;

	private static Set<String> digestSources;

	@BeforeAll
	static void readDigest() throws IOException {
		assertThat(DIGEST).as("the guideline digest in the repository").isRegularFile();
		digestRows = new LinkedHashMap<>();
		digestSources = new LinkedHashSet<>();
		for (String line : Files.readAllLines(DIGEST, StandardCharsets.UTF_8)) {
			Matcher row = ROW.matcher(line);
			if (row.matches()) {
				String[] cells = row.group(2).split("\\|");
				List<String> previous = digestRows.put(row.group(1), sourceIds(cells[cells.length - 1]));
				assertThat(previous).as("row %s appears twice in the digest", row.group(1)).isNull();
				continue;
			}
			Matcher source = SOURCE_ROW.matcher(line);
			if (source.find()) {
				digestSources.add(source.group(1));
				continue;
			}
			Matcher signs = SIGNS_HEADING.matcher(line);
			if (signs.matches()) {
				digestRows.put(Guideline.SIGNS.name(), sourceIds(signs.group(1)));
			}
		}
	}

	private static List<String> sourceIds(String cell) {
		return Arrays.stream(cell.split(","))
			.map((id) -> id.replace("`", "").trim())
			.filter((id) -> !id.isEmpty())
			.toList();
	}

	@Test
	void digestHasTheExpectedSections() {
		assertThat(digestRows).as("rows found in %s", DIGEST)
			.containsKeys("F1", "F10", "L1", "L6", "T1", "T10", "S1", "S9", "A1", "A5", "C1", "C8",
					Guideline.SIGNS.name());
		assertThat(digestSources).as("sources listed in %s", DIGEST).hasSize(7);
	}

	@Test
	void everyDigestRowHasAGuidelineConstant() {
		Set<String> constants = Arrays.stream(Guideline.values()).map(Guideline::name).collect(Collectors.toSet());
		assertThat(digestRows.keySet()).as("digest rows without a Guideline constant").isSubsetOf(constants);
	}

	@Test
	void everyGuidelineConstantIsInTheDigest() {
		assertThat(Arrays.stream(Guideline.values()).map(Guideline::name))
			.as("Guideline constants that are not rows of %s", DIGEST)
			.allSatisfy((name) -> assertThat(digestRows).containsKey(name));
	}

	@Test
	void everyGuidelineCitesTheSourcesOfItsDigestRow() {
		for (Guideline guideline : Guideline.values()) {
			List<String> sources = guideline.sources().stream().map(Source::id).toList();
			assertThat(sources).as("sources of %s", guideline)
				.containsExactlyInAnyOrderElementsOf(digestRows.getOrDefault(guideline.name(), List.of()));
		}
	}

	@Test
	void sourceIdsAreThoseOfTheDigest() {
		assertThat(Arrays.stream(Source.values()).map(Source::id))
			.as("Source ids against the sources table of %s", DIGEST)
			.containsExactlyInAnyOrderElementsOf(digestSources);
		assertThat(digestRows.values().stream().flatMap(List::stream)).as("source ids cited by the rows of %s", DIGEST)
			.allSatisfy((id) -> assertThat(digestSources).contains(id));
	}

	@Test
	void everyDigestRowIsCoveredByAScenario() {
		Map<Guideline, List<String>> covered = RulesEngineScenarioTests.coveredRows();
		List<String> uncovered = new ArrayList<>();
		for (Guideline row : Guideline.values()) {
			if (digestRows.containsKey(row.name()) && !covered.containsKey(row)) {
				uncovered.add(row.name());
			}
		}
		assertThat(uncovered).as("digest rows that no scenario of RulesEngineScenarioTests covers").isEmpty();
	}

	@Test
	void everyScenarioPlanCitesTheRowsItCovers() {
		for (RulesEngineScenarioTests.Scenario scenario : RulesEngineScenarioTests.scenarios()) {
			Set<Guideline> cited = CitedRows.of(this.engine.evaluate(scenario.answers()));
			assertThat(cited).as("rows cited by the plan for '%s'", scenario.name()).containsAll(scenario.covers());
		}
	}

}
