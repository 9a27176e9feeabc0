package com.massageadvisor.review;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import com.massageadvisor.assessment.Assessment;

/**
 * A place in the staff list, which is newest first: the creation time and the id of an
 * assessment, as the links to older and newer assessments carry it
 * ({@code after=2026-11-21T09:30:00.123456Z_1234}). The list continues from there with an
 * index seek, so an old page is as fast as the first, however long the list (no
 * {@code OFFSET}, which reads and throws away every row before the page).
 *
 * @param createdAt when the assessment was made
 * @param id its id, which orders assessments made at the same instant
 */
public record ListPosition(Instant createdAt, long id) {

	private static final char SEPARATOR = '_';

	private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

	/**
	 * Reads a position from a link; Spring's binder calls it, and turns an exception into
	 * a {@code typeMismatch} error on the field.
	 * @param text the position as {@link #toString()} writes it
	 * @return the position
	 * @throws IllegalArgumentException if it is not one, or lies outside the years 1900
	 * to 9999 that a database can compare
	 */
	public static ListPosition valueOf(String text) {
		int at = text.lastIndexOf(SEPARATOR);
		if (at <= 0) {
			throw new IllegalArgumentException("Not a position in the list");
		}
		try {
			Instant createdAt = Instant.parse(text.substring(0, at));
			if (createdAt.isBefore(EARLIEST) || createdAt.isAfter(LATEST)) {
				throw new IllegalArgumentException("A position outside the years the list can hold");
			}
			return new ListPosition(createdAt, Long.parseLong(text.substring(at + 1)));
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			throw new IllegalArgumentException("Not a position in the list", ex);
		}
	}

	static ListPosition of(Assessment assessment) {
		return new ListPosition(assessment.getCreatedAt(), Objects.requireNonNull(assessment.getId()));
	}

	@Override
	public String toString() {
		return this.createdAt.toString() + SEPARATOR + this.id;
	}

}
