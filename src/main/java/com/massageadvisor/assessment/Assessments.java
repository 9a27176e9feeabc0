package com.massageadvisor.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Recommendation;
import com.massageadvisor.rules.RulesEngine;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates assessments from answers and finds them again by their public id. */
@Service
public class Assessments {

	private final RulesEngine engine;

	private final AssessmentRepository repository;

	private final Clock clock;

	public Assessments(RulesEngine engine, AssessmentRepository repository, Clock clock) {
		this.engine = engine;
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * Evaluates the answers and stores them with the plan, in one transaction: either
	 * both are stored or neither is.
	 * @param clientName the client's name or reference
	 * @param email the client's email, if given
	 * @param locale the language the client used
	 * @param answers the answers
	 * @return the stored assessment
	 */
	@Transactional
	public Assessment create(String clientName, @Nullable String email, Locale locale, Answers answers) {
		Recommendation recommendation = this.engine.evaluate(answers);
		return this.repository
			.save(new Assessment(clientName, email, locale, answers, recommendation, this.clock.instant()));
	}

	/**
	 * Finds an assessment by the id of its public link.
	 * @param publicId the id of the link
	 * @return the assessment, if there is one
	 */
	@Transactional(readOnly = true)
	public Optional<Assessment> findByPublicId(UUID publicId) {
		return this.repository.findByPublicId(publicId);
	}

	/**
	 * Deletes every assessment created before a time, in the caller's transaction if
	 * there is one.
	 * @param cutoff the time
	 * @return how many were deleted
	 */
	@Transactional
	public int deleteCreatedBefore(Instant cutoff) {
		return this.repository.deleteCreatedBefore(cutoff);
	}

}
