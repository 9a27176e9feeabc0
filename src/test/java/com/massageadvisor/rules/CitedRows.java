package com.massageadvisor.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test helper: every citation a recommendation carries, labelled by the item that carries
 * it, and the union of the guideline rows they cite.
 */
final class CitedRows {

	private CitedRows() {
	}

	/**
	 * Every citation in the recommendation, labelled for failure messages.
	 * @param recommendation the recommendation
	 * @return the citations of the phases, warnings, advice, session length, minimum gap
	 * and cost, in that order
	 */
	static Map<String, Citation> citations(Recommendation recommendation) {
		Map<String, Citation> citations = new LinkedHashMap<>();
		List<Phase> phases = recommendation.phases();
		for (int i = 0; i < phases.size(); i++) {
			citations.put("phase[" + i + "] " + phases.get(i).kind(), phases.get(i).citation());
		}
		List<Warning> warnings = recommendation.warnings();
		for (int i = 0; i < warnings.size(); i++) {
			Warning warning = warnings.get(i);
			citations.put("warning[" + i + "] " + warning.code() + "/" + warning.condition(), warning.citation());
		}
		List<Advice> advice = recommendation.advice();
		for (int i = 0; i < advice.size(); i++) {
			citations.put("advice[" + i + "] " + advice.get(i).code(), advice.get(i).citation());
		}
		citations.put("sessionLength", recommendation.sessionLength().citation());
		citations.put("minimumGap", recommendation.minimumGap().citation());
		if (recommendation.cost() != null) {
			citations.put("cost", recommendation.cost().citation());
		}
		return citations;
	}

	/**
	 * The rows the recommendation cites anywhere.
	 * @param recommendation the recommendation
	 * @return the rows cited by at least one item
	 */
	static Set<Guideline> of(Recommendation recommendation) {
		Set<Guideline> rows = EnumSet.noneOf(Guideline.class);
		for (Citation citation : citations(recommendation).values()) {
			rows.addAll(citation.rows());
		}
		return rows;
	}

	/**
	 * The sources of the given rows, without duplicates, in declaration order.
	 * @param rows the rows
	 * @return the union of their sources
	 */
	static List<Source> sourcesOf(List<Guideline> rows) {
		Set<Source> sources = EnumSet.noneOf(Source.class);
		for (Guideline row : rows) {
			sources.addAll(row.sources());
		}
		return new ArrayList<>(sources);
	}

}
