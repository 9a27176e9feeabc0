package com.massageadvisor.rules;

/**
 * A closed range of whole numbers, such as days between sessions or minutes of a session.
 *
 * @param min the lower bound, at least zero
 * @param max the upper bound, at least {@code min}
 */
public record IntRange(int min, int max) {

	public IntRange {
		if (min < 0 || max < min) {
			throw new IllegalArgumentException("Invalid range " + min + ".." + max);
		}
	}

	/**
	 * A range holding one value.
	 * @param value the value
	 * @return {@code value..value}
	 */
	public static IntRange of(int value) {
		return new IntRange(value, value);
	}

	/**
	 * Whether the two ranges share at least one value.
	 * @param other the other range
	 * @return true when they overlap
	 */
	public boolean overlaps(IntRange other) {
		return this.min <= other.max && other.min <= this.max;
	}

	/**
	 * The values both ranges hold where they overlap, otherwise the smallest range
	 * spanning both. This is how the engine reconciles two guideline rows: satisfy both
	 * where possible, show the span of their advice where they disagree.
	 * @param other the other range
	 * @return the intersection or the hull
	 */
	public IntRange reconcile(IntRange other) {
		boolean overlap = overlaps(other);
		int min = overlap ? Math.max(this.min, other.min) : Math.min(this.min, other.min);
		int max = overlap ? Math.min(this.max, other.max) : Math.max(this.max, other.max);
		// often one of the two already is the answer: no need for a new range
		if (min == this.min && max == this.max) {
			return this;
		}
		if (min == other.min && max == other.max) {
			return other;
		}
		return new IntRange(min, max);
	}

	/**
	 * Whether the range holds a single value.
	 * @return true when {@code min == max}
	 */
	public boolean isSingle() {
		return this.min == this.max;
	}

}
