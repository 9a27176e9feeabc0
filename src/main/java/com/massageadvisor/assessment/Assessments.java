package com.massageadvisor.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Recommendation;
import com.massageadvisor.rules.RulesEngine;
import com.massageadvisor.system.ClinicProperties;
import com.massageadvisor.system.PublicIds;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates assessments from answers and finds them again by their public id. */
@Service
public class Assessments {

	private final RulesEngine engine;

	private final AssessmentRepository repository;

	private final Clock clock;

	private final ClinicProperties clinic;

	public Assessments(RulesEngine engine, AssessmentRepository repository, Clock clock, ClinicProperties clinic) {
		this.engine = engine;
		this.repository = repository;
		this.clock = clock;
		this.clinic = clinic;
	}

	/**
	 * Evaluates the answers and stores them with the plan and the words of the name for
	 * the staff search, in one transaction: either all are stored or none is.
	 * @param clientName the client's name or reference
	 * @param email the client's email, if given
	 * @param locale the language the client used
	 * @param answers the answers
	 * @return the stored assessment
	 */
	@Transactional
	public Assessment create(String clientName, @Nullable String email, Locale locale, Answers answers) {
		Recommendation recommendation = this.engine.evaluate(answers);
		Instant now = this.clock.instant();
		Assessment assessment = new Assessment(clientName, email, locale, answers, recommendation, now);
		assessment.expectFirstCheckIn(LocalDate.ofInstant(now, this.clinic.zone()));
		Assessment saved = this.repository.save(assessment);
		// the words of the name for the staff search (NameWords), in the same transaction
		long id = Objects.requireNonNull(saved.getId());
		for (String word : NameWords.of(clientName)) {
			this.repository.addNameWord(id, word, NameWords.start(word), now);
		}
		return saved;
	}

	/**
	 * Records what a check-in decided for the staff list.
	 * @param assessment the assessment
	 * @param dueOn the day its next check-in is overdue, or null when none is expected
	 * any more (after a REFER or STOP)
	 * @param checkInNeedsAttention whether the check-in needs attention; a red flag in
	 * the questionnaire keeps the assessment in need of attention whatever later
	 * check-ins say
	 */
	@Transactional
	public void followUp(Assessment assessment, @Nullable LocalDate dueOn, boolean checkInNeedsAttention) {
		this.repository.followUp(assessment.getPublicId(), dueOn,
				checkInNeedsAttention || !assessment.getAnswers().redFlags().isEmpty());
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
	 * The assessment a client's link leads to, for every page of the link (the result,
	 * its sheet, PDF and calendar, the check-in): the one place that decides whether the
	 * link still works.
	 * @param publicId the id of the link
	 * @return the assessment
	 * @throws PublicIds.UnknownPublicIdException when there is none (404)
	 * @throws PublicIds.WithdrawnLinkException when its link was withdrawn (410)
	 */
	@Transactional(readOnly = true)
	public Assessment openLink(UUID publicId) {
		return PublicIds.open(this.repository.findByPublicId(publicId), Assessment::isWithdrawn);
	}

	/**
	 * Withdraws the result link of an assessment: only the moment is stored, nothing
	 * about who asked.
	 * @param publicId the assessment's public id
	 * @return false when there is no such assessment or its link was already withdrawn
	 */
	@Transactional
	public boolean withdrawLink(UUID publicId) {
		return this.repository.withdraw(publicId, this.clock.instant()) == 1;
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
