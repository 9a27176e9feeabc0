package com.massageadvisor.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.AssessmentBulkLoad;
import com.massageadvisor.assessment.AssessmentBulkLoad.Row;
import com.massageadvisor.assessment.AssessmentBulkLoad.Template;
import com.massageadvisor.assessment.AssessmentRepository;
import com.massageadvisor.assessment.ReviewStatus;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Condition;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.RulesEngine;
import com.massageadvisor.rules.Sign;
import com.massageadvisor.system.ClinicProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with realistic assessments, for demos and for measuring the staff
 * list at scale. Active only with the Spring profile {@code demo-data}:
 *
 * <pre>
 * java -jar target/massage-advisor-*.jar --spring.profiles.active=demo-data --demo.count=1000000 --demo.exit=true
 * </pre>
 *
 * <p>
 * The plans are real: a few thousand distinct answer sets are drawn from a realistic
 * spread (goals, lifestyles, types, conditions, pain, signs, prices and budgets), each is
 * evaluated by the engine and saved through the JPA entity in a transaction that is
 * rolled back, and the column values Hibernate wrote are read back and reused for every
 * row with those answers. Names, e-mail addresses, languages, dates (spread over
 * {@code demo.years} years, growing, on weekdays in opening hours) and reviews vary per
 * row. Rows go in through the assessment module's {@link AssessmentBulkLoad}, in JDBC
 * batches of {@code demo.batch} rows, one transaction per batch, with ids it reserves
 * above the sequence {@code assessment_seq}; the application keeps running afterwards
 * unless {@code demo.exit=true}.
 */
@Component
@Order(100)
class DemoDataGenerator implements ApplicationRunner {

	/** The profile that makes the application load the demo data at start. */
	static final String PROFILE = "demo-data";

	private static final Logger logger = LoggerFactory.getLogger(DemoDataGenerator.class);

	private static final String[] FIRST_NAMES = { "Emma", "Louise", "Jade", "Alice", "Chloé", "Léa", "Manon", "Camille",
			"Inès", "Sarah", "Juliette", "Zoé", "Clara", "Anna", "Hélène", "Nathalie", "Isabelle", "Sophie", "Marie",
			"Margaux", "Élodie", "Céline", "Olivia", "Amelia", "Isla", "Ava", "Mia", "Grace", "Emily", "Charlotte",
			"Hannah", "Laura", "Julia", "Sofia", "Fatima", "Aïcha", "Mei", "Priya", "Ingrid", "Agnès", "Gabriel", "Léo",
			"Raphaël", "Arthur", "Louis", "Jules", "Adam", "Hugo", "Lucas", "Nathan", "Thomas", "Nicolas", "Julien",
			"Pierre", "François", "Jérôme", "Olivier", "Laurent", "Stéphane", "Mathieu", "Oliver", "George", "Noah",
			"Jack", "Harry", "James", "William", "Daniel", "David", "Michael", "Samuel", "Benjamin", "Mohamed",
			"Youssef", "Karim", "Diego", "Marco", "Lukas", "Sven", "Hiroshi", "Ravi", "Tomás", "Björn", "Søren" };

	private static final String[] LAST_NAMES = { "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
			"Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand",
			"Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert",
			"Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller",
			"Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez",
			"Fontaine", "Chevalier", "Robin", "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans",
			"Wilson", "Johnson", "Roberts", "Walker", "Wright", "Thompson", "White", "Hughes", "Edwards", "Green",
			"Hall", "Wood", "Harris", "Clarke", "Jackson", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris",
			"King", "Baker", "O'Brien", "McDonald", "Nguyen", "Kowalski", "Schmidt", "Rossi", "Fernández", "Silva",
			"Yamamoto", "Kim", "Singh", "Haddad", "Benali", "Diallo", "van der Berg", "De Smet", "Le Gall", "Øberg" };

	private static final String[] STAFF = { "alice", "bruno", "chloe", "dmitri", "elena" };

	private static final String[] NOTES = { "Called back, booked a first session.",
			"Asked for a letter from the GP first.", "Left a message; to call again next week.",
			"Prefers a therapist trained in prenatal massage.", "Budget is tight: offered the 30-minute format.",
			"Referred to the physiotherapist for an assessment." };

	private static final BigDecimal[] PRICES = { money(45), money(50), money(55), money(60), money(65), money(70),
			money(75), money(80), money(85), money(90), money(100), money(110), money(120), new BigDecimal("72.50") };

	private static final BigDecimal[] BUDGETS = { money(60), money(80), money(100), money(120), money(150), money(200),
			money(250), money(300), money(400), money(500) };

	private final RulesEngine engine;

	private final AssessmentRepository repository;

	private final AssessmentBulkLoad bulk;

	private final TransactionTemplate transactions;

	private final ConfigurableApplicationContext context;

	private final Clock clock;

	private final int count;

	private final int batchSize;

	private final int templates;

	private final int years;

	private final long seed;

	private final boolean exit;

	private final ZoneId zone;

	DemoDataGenerator(RulesEngine engine, AssessmentRepository repository, AssessmentBulkLoad bulk,
			PlatformTransactionManager transactionManager, ConfigurableApplicationContext context, Clock clock,
			@Value("${demo.count:1000}") int count, @Value("${demo.batch:1000}") int batchSize,
			@Value("${demo.templates:3000}") int templates, @Value("${demo.years:3}") int years,
			@Value("${demo.seed:20261121}") long seed, @Value("${demo.exit:false}") boolean exit,
			ClinicProperties clinic) {
		this.engine = engine;
		this.repository = repository;
		this.bulk = bulk;
		this.transactions = new TransactionTemplate(transactionManager);
		this.context = context;
		this.clock = clock;
		this.count = count;
		this.batchSize = Math.max(1, batchSize);
		this.templates = Math.max(1, templates);
		this.years = Math.max(1, years);
		this.seed = seed;
		this.exit = exit;
		this.zone = clinic.zone();
	}

	@Override
	public void run(ApplicationArguments args) {
		// checked here rather than with @Profile: the packaged jar's bean definitions are
		// computed at build time (Spring AOT), where no profile is active
		if (!this.context.getEnvironment().matchesProfiles(PROFILE)) {
			return;
		}
		long start = System.nanoTime();
		SplittableRandom random = new SplittableRandom(this.seed);
		List<Template> pool = templates(random);
		long[] times = createdTimes(random);
		long firstId = this.bulk.reserveIds(this.count);
		insert(pool, times, firstId, random);
		analyze();
		logger.info("Demo data: {} assessments in {} s ({} distinct answer sets)", this.count,
				Duration.ofNanos(System.nanoTime() - start).toSeconds(), pool.size());
		if (this.exit) {
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
	}

	/**
	 * Distinct answer sets, each evaluated by the engine and saved through the entity in
	 * a transaction that is rolled back; the columns are read back exactly as written.
	 */
	private List<Template> templates(SplittableRandom random) {
		Set<Answers> distinct = new LinkedHashSet<>();
		for (int i = 0; i < this.templates * 3 && distinct.size() < this.templates; i++) {
			distinct.add(answers(random));
		}
		List<Template> pool = new ArrayList<>(distinct.size());
		Instant now = this.clock.instant();
		this.transactions.executeWithoutResult((status) -> {
			for (Answers answers : distinct) {
				Assessment assessment = this.repository.saveAndFlush(
						new Assessment("template", null, Locale.ENGLISH, answers, this.engine.evaluate(answers), now));
				pool.add(this.bulk.template(assessment));
			}
			status.setRollbackOnly();
		});
		return pool;
	}

	private Answers answers(SplittableRandom random) {
		Goal goal = pick(random, Goal.values(), 30, 35, 15, 20);
		Lifestyle lifestyle = pick(random, Lifestyle.values(), 35, 10, 15, 15, 15, 10);
		MassageType type = pick(random, MassageType.values(), 20, 15, 6, 7, 4, 8,
				(lifestyle == Lifestyle.SENIOR) ? 0 : 5, 35);
		Set<Condition> conditions = EnumSet.noneOf(Condition.class);
		if (type == MassageType.PRENATAL) {
			conditions.add(Condition.PREGNANCY);
		}
		if (random.nextInt(100) < ((lifestyle == Lifestyle.SENIOR) ? 60 : 30)) {
			int how = 1 + ((random.nextInt(100) < 25) ? 1 : 0) + ((random.nextInt(100) < 5) ? 1 : 0);
			for (int i = 0; i < how; i++) {
				conditions.add(pick(random, Condition.values(), (lifestyle == Lifestyle.SENIOR) ? 0 : 8, 20,
						(lifestyle == Lifestyle.SENIOR) ? 25 : 6, 3, 10, 3, 2, 2, 3, 18, 8, 8));
			}
		}
		int pain = switch (goal) {
			case RELAXATION -> random.nextInt(0, 4);
			case MAINTENANCE -> random.nextInt(0, 5);
			case CHRONIC_PAIN -> random.nextInt(3, 10);
			case ACUTE_INJURY -> random.nextInt(4, 11);
		};
		PainDuration duration;
		if (pain == 0) {
			duration = PainDuration.NONE;
		}
		else if (goal == Goal.CHRONIC_PAIN) {
			duration = pick(random, PainDuration.values(), 0, 5, 15, 80);
		}
		else if (goal == Goal.ACUTE_INJURY) {
			duration = pick(random, PainDuration.values(), 0, 80, 15, 5);
		}
		else {
			duration = pick(random, PainDuration.values(), 0, 40, 25, 35);
		}
		Set<Sign> signs = EnumSet.noneOf(Sign.class);
		for (Sign sign : Sign.values()) {
			if (random.nextInt(100) < 22) {
				signs.add(sign);
			}
		}
		boolean sore = random.nextInt(100) < 15;
		BigDecimal price = (random.nextInt(100) < 60) ? PRICES[random.nextInt(PRICES.length)] : null;
		BigDecimal budget = (random.nextInt(100) < 45) ? BUDGETS[random.nextInt(BUDGETS.length)] : null;
		return new Answers(goal, lifestyle, type, conditions, pain, duration, signs, sore, price, budget);
	}

	/**
	 * Creation times over the last {@code demo.years} years, oldest first: the clinic
	 * grows (more assessments lately), fewer at weekends, in opening hours.
	 */
	private long[] createdTimes(SplittableRandom random) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, this.zone);
		int days = this.years * 365;
		long[] times = new long[this.count];
		for (int i = 0; i < this.count; i++) {
			long epochSecond;
			do {
				LocalDate day = today.minusDays((long) (days * (1 - Math.sqrt(random.nextDouble()))));
				DayOfWeek weekday = day.getDayOfWeek();
				if ((weekday == DayOfWeek.SUNDAY && random.nextInt(100) < 85)
						|| (weekday == DayOfWeek.SATURDAY && random.nextInt(100) < 50)) {
					epochSecond = Long.MAX_VALUE;
					continue;
				}
				double hour = Math.min(21.9, Math.max(7, 13 + 3.5 * gaussian(random)));
				epochSecond = day.atStartOfDay(this.zone).toEpochSecond() + (long) (hour * 3600) + random.nextInt(60);
			}
			while (epochSecond > now.getEpochSecond());
			times[i] = epochSecond * 1000 + random.nextInt(1000);
		}
		Arrays.sort(times);
		return times;
	}

	private void insert(List<Template> pool, long[] times, long firstId, SplittableRandom random) {
		long now = this.clock.millis();
		long started = System.nanoTime();
		for (int from = 0; from < this.count; from += this.batchSize) {
			int size = Math.min(this.batchSize, this.count - from);
			int offset = from;
			List<Row> rows = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				rows.add(row(pool.get(random.nextInt(pool.size())), firstId + offset + i, times[offset + i], now,
						random));
			}
			this.transactions.executeWithoutResult((status) -> this.bulk.insert(rows));
			int done = from + size;
			if (done % 100_000 == 0 || done == this.count) {
				double seconds = (System.nanoTime() - started) / 1e9;
				logger.info("Demo data: {} of {} rows ({} rows/s)", done, this.count, (long) (done / seconds));
			}
		}
	}

	private Row row(Template template, long id, long createdMillis, long nowMillis, SplittableRandom random) {
		OffsetDateTime created = Instant.ofEpochMilli(createdMillis).atOffset(ZoneOffset.UTC);
		String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
		String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
		String name;
		int form = random.nextInt(100);
		if (form < 5) {
			name = String.format(Locale.ROOT, "REF-%06d", random.nextInt(1_000_000));
		}
		else if (form < 10) {
			name = first.charAt(0) + ". " + last;
		}
		else {
			name = first + " " + last;
		}
		String email = null;
		if (random.nextInt(100) < 60) {
			email = (ascii(first) + "." + ascii(last)).toLowerCase(Locale.ROOT) + random.nextInt(100) + "@example."
					+ ((random.nextInt(2) == 0) ? "com" : "fr");
		}
		String locale = (random.nextInt(100) < 35) ? "fr" : "en";
		ReviewStatus status = ReviewStatus.NEW;
		String note = null;
		String reviewer = null;
		OffsetDateTime reviewedAt = null;
		long age = nowMillis - createdMillis;
		int reviewed = (age > Duration.ofDays(14).toMillis()) ? 95 : (int) (95 * age / Duration.ofDays(14).toMillis());
		if (random.nextInt(100) < reviewed) {
			status = (!template.advisable() || random.nextInt(100) < 8) ? ReviewStatus.FOLLOW_UP
					: ReviewStatus.REVIEWED;
			reviewer = STAFF[random.nextInt(STAFF.length)];
			long at = Math.min(nowMillis,
					createdMillis + random.nextLong(Duration.ofHours(1).toMillis(), Duration.ofDays(5).toMillis()));
			reviewedAt = Instant.ofEpochMilli(at).atOffset(ZoneOffset.UTC);
			if (status == ReviewStatus.FOLLOW_UP || random.nextInt(100) < 10) {
				note = NOTES[random.nextInt(NOTES.length)];
			}
		}
		return new Row(id, UUID.randomUUID(), created, name, email, locale, template, status, note, reviewer,
				reviewedAt);
	}

	/** Updates the statistics the query planner uses, as after any bulk load. */
	private void analyze() {
		long started = System.nanoTime();
		this.bulk.analyze();
		logger.info("Demo data: ANALYZE took {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private static String ascii(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
	}

	private static BigDecimal money(int amount) {
		return BigDecimal.valueOf(amount).setScale(2);
	}

	private static double gaussian(SplittableRandom random) {
		return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
	}

	private static <E> E pick(SplittableRandom random, E[] values, int... weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int r = random.nextInt(total);
		for (int i = 0; i < values.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

}
