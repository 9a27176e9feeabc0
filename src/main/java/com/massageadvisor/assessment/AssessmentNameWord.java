package com.massageadvisor.assessment;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One word of an assessment's name, folded ({@link NameWords}), for the staff search:
 * written with the assessment, deleted with it (the foreign key cascades), never changed.
 * It carries the assessment's creation time and id, the order of the staff list, so that
 * the index {@code (word_start, created_at DESC, assessment_id DESC, word)} gives the
 * matches of a search newest first and a page is read from a position with an index seek,
 * as for the other filters. Mapped for queries only: rows are inserted with SQL
 * ({@link AssessmentRepository#addNameWord}, {@link AssessmentBulkLoad}).
 */
@Entity
@Immutable
@IdClass(AssessmentNameWord.Key.class)
@Table(name = "assessment_name_word")
public class AssessmentNameWord {

	@Id
	@Column(name = "assessment_id", nullable = false)
	private Long assessmentId;

	@Id
	@Column(name = "word", nullable = false, length = NameWords.MAX_WORD_LENGTH)
	private String word;

	/**
	 * The word's first {@link NameWords#START_LENGTH} letters, which the index leads
	 * with.
	 */
	@Column(name = "word_start", nullable = false, length = 12)
	private String wordStart;

	/** The assessment's creation time, the list's order. */
	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/** For JPA. */
	@SuppressWarnings("NullAway.Init")
	protected AssessmentNameWord() {
	}

	public Long getAssessmentId() {
		return this.assessmentId;
	}

	public String getWord() {
		return this.word;
	}

	public String getWordStart() {
		return this.wordStart;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * The primary key: an assessment has each word once.
	 */
	public static class Key implements Serializable {

		private @Nullable Long assessmentId;

		private @Nullable String word;

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof Key key && Objects.equals(this.assessmentId, key.assessmentId)
					&& Objects.equals(this.word, key.word);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.assessmentId, this.word);
		}

	}

}
