package com.massageadvisor.rules;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The guideline rows behind an item of the plan, and the sources those rows come from.
 * Both lists are sorted in declaration order so that equal citations are equal objects.
 *
 * @param rows the guideline rows, at least one
 * @param sources the distinct sources of those rows
 */
public record Citation(List<Guideline> rows, List<Source> sources) {

	private static final Guideline[] ROWS = Guideline.values();

	private static final Source[] SOURCES = Source.values();

	/** The sources of each row as bits, by the row's ordinal. */
	private static final int[] SOURCE_BITS = new int[ROWS.length];

	/**
	 * Citations {@link #ofRows} has made, by their rows as bits, so that an evaluation
	 * does not build their lists again. A direct-mapped cache without locks: a slot holds
	 * one immutable entry, and a miss (or two threads writing the same slot) only means
	 * building the citation again.
	 */
	private static final Joined[] JOINED = new Joined[1024];

	/**
	 * A slot of the cache.
	 *
	 * @param bits the rows as bits
	 * @param citation the citation of those rows
	 */
	private record Joined(long bits, Citation citation) {
	}

	static {
		if (ROWS.length > Long.SIZE || SOURCES.length > Integer.SIZE) {
			throw new IllegalStateException("Too many guideline rows or sources for a bit set");
		}
		for (Guideline row : ROWS) {
			for (Source source : row.sources()) {
				SOURCE_BITS[row.ordinal()] |= 1 << source.ordinal();
			}
		}
	}

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
		Set<Guideline> sortedRows = rows.isEmpty() ? EnumSet.noneOf(Guideline.class) : EnumSet.copyOf(rows);
		Set<Source> sortedSources = EnumSet.noneOf(Source.class);
		for (Guideline row : sortedRows) {
			sortedSources.addAll(row.sources());
		}
		return new Citation(List.copyOf(sortedRows), List.copyOf(sortedSources));
	}

	/**
	 * This citation and another together. The plan rules call this for every phase, so it
	 * works on bit sets rather than collections, and returns either citation itself when
	 * it already holds every row of the other.
	 * @param other more rows
	 * @return a citation of the rows of both
	 */
	public Citation and(Citation other) {
		long mine = bits();
		long theirs = other.bits();
		long all = mine | theirs;
		if (all == mine) {
			return this;
		}
		if (all == theirs) {
			return other;
		}
		return ofRows(all);
	}

	/**
	 * The rows as bits: one bit per row, at its ordinal (there are at most 64 rows).
	 * @return the bits
	 */
	long bits() {
		long bits = 0;
		for (int i = 0; i < this.rows.size(); i++) {
			bits |= 1L << this.rows.get(i).ordinal();
		}
		return bits;
	}

	/**
	 * Cites the rows whose bits are set, sharing the citations made before: the plan
	 * rules join a few rows to those of a few templates, so the same few dozen citations
	 * come up again and again.
	 * @param bits the rows as {@link #bits()}, at least one
	 * @return the citation of those rows
	 */
	static Citation ofRows(long bits) {
		int slot = Long.hashCode(bits * 0x9E3779B97F4A7C15L) & (JOINED.length - 1);
		Joined joined = JOINED[slot];
		if (joined == null || joined.bits() != bits) {
			joined = new Joined(bits, ofBits(bits));
			JOINED[slot] = joined;
		}
		return joined.citation();
	}

	/** The citation of the rows whose bits are set, both lists in declaration order. */
	private static Citation ofBits(long bits) {
		Guideline[] rows = new Guideline[Long.bitCount(bits)];
		int sourceBits = 0;
		int i = 0;
		for (long rest = bits; rest != 0; rest &= rest - 1) {
			Guideline row = ROWS[Long.numberOfTrailingZeros(rest)];
			rows[i++] = row;
			sourceBits |= SOURCE_BITS[row.ordinal()];
		}
		Source[] sources = new Source[Integer.bitCount(sourceBits)];
		i = 0;
		for (int rest = sourceBits; rest != 0; rest &= rest - 1) {
			sources[i++] = SOURCES[Integer.numberOfTrailingZeros(rest)];
		}
		return new Citation(List.of(rows), List.of(sources));
	}

}
