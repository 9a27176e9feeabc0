package com.massageadvisor.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.AssessmentRepository;
import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.audit.AuditTrail;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.RulesEngine;
import com.massageadvisor.system.ClinicProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff list's name search against the schema Flyway builds (the words of V12 and
 * their index), on the configured database: any word of a name matches by its start,
 * accents and case folded, every word of the search must match, the pages of a search
 * follow each other newest first, and the words go with their assessment. The database is
 * shared with other tests, so every name carries a word made for this run.
 */
// Hibernate starts on the calling thread: the slice has no task executor to start it on
@DataJpaTest(properties = { "spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.bootstrap=default" })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class NameSearchTests {

	private static final Instant START = Instant.parse("2026-11-21T09:30:00Z");

	private static final ClinicProperties CLINIC = new ClinicProperties("Clinic", "", "", Currency.getInstance("EUR"),
			ZoneOffset.UTC, Duration.ofMinutes(15));

	private static final Answers ANSWERS = Answers.builder(Goal.RELAXATION, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
		.pain(2, PainDuration.ACUTE)
		.build();

	@Autowired
	private AssessmentRepository repository;

	@Autowired
	private TestEntityManager entityManager;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private JdbcTemplate jdbc;

	private StaffAssessments staff;

	/** Letters no other name has: the start of this run's surnames. */
	private String tag;

	/** The same, with a capital, as a name is written. */
	private String capitalTag;

	private int created;

	@BeforeEach
	void staff() {
		this.staff = new StaffAssessments(this.repository, Mockito.mock(AuditTrail.class), CLINIC,
				this.entityManager.getEntityManager(), this.transactions, Clock.fixed(START, ZoneOffset.UTC));
		Random random = new Random();
		StringBuilder letters = new StringBuilder("zq");
		for (int i = 0; i < 8; i++) {
			letters.append((char) ('a' + random.nextInt(26)));
		}
		this.tag = letters.toString();
		this.capitalTag = "Zq" + this.tag.substring(2);
	}

	/** Stored as a submission stores it, a minute after the one before. */
	private Assessment create(String name) {
		return create(name, START.plus(this.created++, ChronoUnit.MINUTES));
	}

	private Assessment create(String name, Instant at) {
		return new Assessments(new RulesEngine(), this.repository, Clock.fixed(at, ZoneOffset.UTC), CLINIC).create(name,
				null, Locale.ENGLISH, ANSWERS);
	}

	private List<String> search(String q) {
		return names(this.staff.page(filter(q)));
	}

	private static AssessmentFilter filter(String q) {
		AssessmentFilter filter = new AssessmentFilter();
		filter.setQ(q);
		return filter;
	}

	private static List<String> names(StaffAssessments.ListPage page) {
		return page.rows().stream().map(Assessment::getClientName).toList();
	}

	@Test
	void anyWordOfTheNameMatchesByItsStartNotByItsMiddle() {
		Assessment zed = create("Zed " + this.capitalTag + "feather Jones");
		create("Ann " + this.capitalTag + "wood");

		assertThat(search(this.tag + "feather")).containsExactly(zed.getClientName());
		assertThat(search(this.tag + "f")).containsExactly(zed.getClientName());
		assertThat(search(this.capitalTag.toUpperCase(Locale.ROOT) + "FEATH")).containsExactly(zed.getClientName());
		assertThat(search(this.tag)).hasSize(2);
		assertThat(search(this.tag.substring(2) + "feather")).as("the middle of a word").isEmpty();
		assertThat(search("feather " + this.tag)).as("nor the end of a word").isEmpty();
	}

	@Test
	void accentsAreFoldedBothWays() {
		Assessment helene = create("Hélène " + this.capitalTag + "lefèvre");
		Assessment juergen = create("Jürgen " + this.capitalTag + "straße");
		Assessment oeuvray = create("Chloé " + this.capitalTag + "œuvray");

		assertThat(search(this.tag + "lefevre")).containsExactly(helene.getClientName());
		assertThat(search("HELENE " + this.capitalTag + "LEFÈVRE")).containsExactly(helene.getClientName());
		assertThat(search("hélène " + this.tag)).containsExactly(helene.getClientName());
		assertThat(search(this.tag + "strasse")).containsExactly(juergen.getClientName());
		assertThat(search(this.tag + "straß")).containsExactly(juergen.getClientName());
		assertThat(search("jurgen " + this.tag)).containsExactly(juergen.getClientName());
		assertThat(search(this.tag + "oeuv chloe")).containsExactly(oeuvray.getClientName());
	}

	@Test
	void everyWordOfTheSearchMustStartAWordOfTheName() {
		Assessment marie = create("Marie " + this.capitalTag + "martin");
		Assessment paul = create("Paul " + this.capitalTag + "martin");
		Assessment obrien = create("Seán O'" + this.capitalTag + "brien");

		assertThat(search(this.tag + "martin")).as("newest first")
			.containsExactly(paul.getClientName(), marie.getClientName());
		assertThat(search("marie " + this.tag + "mar")).containsExactly(marie.getClientName());
		assertThat(search(this.tag + "mar   MARIE")).containsExactly(marie.getClientName());
		assertThat(search("paul marie " + this.tag)).isEmpty();
		assertThat(search("o" + this.tag)).as("joined at the apostrophe").containsExactly(obrien.getClientName());
		assertThat(search("o'" + this.tag + "b sean")).containsExactly(obrien.getClientName());
		assertThat(search("%" + this.tag + "_brien")).as("wildcards separate words, never match anything").isEmpty();
		assertThat(search("%_'")).as("no letter nor digit: nothing").isEmpty();
		assertThat(this.staff.page(filter("%_'")).matching()).isZero();
	}

	@Test
	void theExportFindsWhatTheListFinds() {
		Assessment marie = create("Marie " + this.capitalTag + "martin");
		create("Paul " + this.capitalTag + "martin");
		AssessmentFilter filter = filter("MARIE " + this.tag);
		List<String> exported = this.repository
			.findAll(AssessmentSearch.of(filter, ZoneOffset.UTC, START.atZone(ZoneOffset.UTC).toLocalDate()))
			.stream()
			.map(Assessment::getClientName)
			.toList();
		assertThat(exported).containsExactly(marie.getClientName()).isEqualTo(search("MARIE " + this.tag));
		assertThat(this.repository
			.findAll(AssessmentSearch.of(filter("%"), ZoneOffset.UTC, START.atZone(ZoneOffset.UTC).toLocalDate())))
			.isEmpty();
	}

	@Test
	void pagesOfASearchFollowEachOtherNewestFirstWhenNamesHaveTwoMatchingWords() {
		List<Assessment> made = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			// two words of each name match, and two assessments share each instant
			made.add(create(this.capitalTag + "anne " + this.capitalTag + "andre " + String.format("%02d", i),
					START.plus(i / 2, ChronoUnit.MINUTES)));
		}
		List<String> newestFirst = made.stream()
			.sorted(Comparator.comparing(Assessment::getCreatedAt).thenComparing(Assessment::getId).reversed())
			.map(Assessment::getClientName)
			.toList();
		AssessmentFilter filter = filter(this.tag + "an");
		StaffAssessments.ListPage first = this.staff.page(filter);
		assertThat(first.matching()).isEqualTo(30);
		assertThat(names(first)).containsExactlyElementsOf(newestFirst.subList(0, 25));
		assertThat(first.newer()).isNull();

		filter.setAfter(first.older());
		StaffAssessments.ListPage second = this.staff.page(filter);
		assertThat(second.matching()).isEqualTo(30);
		assertThat(names(second)).containsExactlyElementsOf(newestFirst.subList(25, 30));
		assertThat(second.older()).isNull();

		AssessmentFilter back = filter(this.tag + "an");
		back.setBefore(second.newer());
		assertThat(names(this.staff.page(back))).containsExactlyElementsOf(newestFirst.subList(0, 25));

		AssessmentFilter andre = filter(this.tag + "andre 1");
		assertThat(this.staff.page(andre).matching()).as("10 to 19").isEqualTo(10);
	}

	@Test
	void aSearchOfSeveralWordsCountsUpToAPageAndPagesOnAsUsual() {
		List<Assessment> made = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			made.add(create("Marie " + this.capitalTag + "dupont " + i));
		}
		create(this.capitalTag + "dupont Paul");
		List<String> newestFirst = new ArrayList<>(made.stream().map(Assessment::getClientName).toList());
		Collections.reverse(newestFirst);

		AssessmentFilter filter = filter("marie " + this.tag + "dupont");
		StaffAssessments.ListPage first = this.staff.page(filter);
		assertThat(first.matching()).isEqualTo(StaffAssessments.PAGE_SIZE);
		assertThat(first.moreThanCounted()).as("30 match: more than a page").isTrue();
		assertThat(names(first)).containsExactlyElementsOf(newestFirst.subList(0, 25));

		filter.setAfter(first.older());
		StaffAssessments.ListPage second = this.staff.page(filter);
		assertThat(second.moreThanCounted()).isTrue();
		assertThat(names(second)).containsExactlyElementsOf(newestFirst.subList(25, 30));
		assertThat(second.older()).isNull();

		// one word: counted up to 100 as before
		StaffAssessments.ListPage oneWord = this.staff.page(filter(this.tag + "dupont"));
		assertThat(oneWord.matching()).isEqualTo(31);
		assertThat(oneWord.moreThanCounted()).isFalse();
	}

	@Test
	void aSearchCombinesWithTheOtherFilters() {
		Assessment relax = create("Ida " + this.capitalTag);
		new Assessments(new RulesEngine(), this.repository, Clock.fixed(START, ZoneOffset.UTC), CLINIC).create(
				"Ivo " + this.capitalTag, null, Locale.ENGLISH,
				Answers.builder(Goal.MAINTENANCE, Lifestyle.ATHLETE, MassageType.SPORTS).build());
		AssessmentFilter filter = filter(this.tag);
		filter.setGoal(Goal.RELAXATION);
		assertThat(names(this.staff.page(filter))).containsExactly(relax.getClientName());
	}

	@Test
	void theWordsAreWrittenWithTheAssessmentAndDeletedWithIt() {
		Assessment kept = create("Vera " + this.capitalTag + "kept");
		Assessment deleted = create("Véra " + this.capitalTag + "gone Dupont-Lefèvre");
		Assessment old = create("Old " + this.capitalTag + "old", Instant.parse("1990-01-01T00:00:00Z"));
		this.entityManager.flush();
		assertThat(words(deleted)).containsExactlyInAnyOrder("vera", this.tag + "gone", "dupont", "lefevre");
		assertThat(
				this.jdbc.queryForList("SELECT DISTINCT created_at FROM assessment_name_word WHERE assessment_id = ?",
						Object.class, deleted.getId()))
			.hasSize(1);

		this.repository.delete(deleted);
		this.repository.deleteCreatedBefore(Instant.parse("2000-01-01T00:00:00Z"));
		this.entityManager.flush();
		assertThat(words(deleted)).isEmpty();
		assertThat(words(old)).isEmpty();
		assertThat(words(kept)).containsExactlyInAnyOrder("vera", this.tag + "kept");
		assertThat(search("vera " + this.tag)).containsExactly(kept.getClientName());
	}

	private List<String> words(Assessment assessment) {
		return this.jdbc.queryForList("SELECT word FROM assessment_name_word WHERE assessment_id = ?", String.class,
				assessment.getId());
	}

}
