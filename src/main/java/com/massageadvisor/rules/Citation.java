package com.massageadvisor.rules;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The guideline rows behind an item of the plan, and the sources those rows come from.
 * Both lists are in declaration order, so equal citations are equal objects whatever the
 * order the rows were named in.
 *
 * @param rows the guideline rows, at least one
 * @param sources the distinct sources of those rows
 */
public record Citation(List<Guideline> rows, List<Source> sources) {

	public Citation {
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("An item must cite at least one guideline row");
		}
		rows = List.copyOf(rows);
		sources = List.copyOf(sources);
	}

	/**
	 * Cites the given rows.
	 * @param rows the rows
	 * @return the citation with the rows' sources
	 */
	public static Citation of(Guideline... rows) {
		return of(List.of(rows));
	}

	/**
	 * Cites the given rows.
	 * @param rows the rows, in any order, duplicates allowed
	 * @return the citation with the rows' sources
	 */
	public static Citation of(Collection<Guideline> rows) {
		Set<Guideline> sortedRows = EnumSet.noneOf(Guideline.class);
		sortedRows.addAll(rows);
		Set<Source> sources = EnumSet.noneOf(Source.class);
		for (Guideline row : sortedRows) {
			sources.addAll(row.sources());
		}
		return new Citation(List.copyOf(sortedRows), List.copyOf(sources));
	}

}
