package com.massageadvisor.demo;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import com.massageadvisor.assessment.Assessment;
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
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * row. Rows go in with JDBC batch inserts of {@code demo.batch} rows, one transaction per
 * batch, with ids above the sequence {@code assessment_seq}, which is then moved past
 * them; the application keeps running afterwards unless {@code demo.exit=true}.
 */
@Component
@Profile("demo-data")
@Order(100)
class DemoDataGenerator implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoDataGenerator.class);

	private static final String INSERT = "INSERT INTO assessment (id, public_id, created_at, consent_at, client_name, "
			+ "client_name_key, email, locale, goal, lifestyle, massage_type, conditions, pain_level, pain_duration, "
			+ "signs, sore_after_last_massage, session_price, monthly_budget, rules_version, massage_advisable, "
			+ "highest_severity, recommendation, review_status, review_note, reviewed_by, reviewed_at, version) "
			+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	/** The columns of a template row, read back as Hibernate wrote them. */
	private static final String TEMPLATE_COLUMNS = "goal, lifestyle, massage_type, conditions, pain_level, "
			+ "pain_duration, signs, sore_after_last_massage, session_price, monthly_budget, rules_version, "
			+ "massage_advisable, highest_severity, recommendation";

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

	private final JdbcTemplate jdbc;

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

	DemoDataGenerator(RulesEngine engine, AssessmentRepository repository, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, ConfigurableApplicationContext context, Clock clock,
			@Value("${demo.count:1000}") int count, @Value("${demo.batch:1000}") int batchSize,
			@Value("${demo.templates:3000}") int templates, @Value("${demo.years:3}") int years,
			@Value("${demo.seed:20261121}") long seed, @Value("${demo.exit:false}") boolean exit,
			ClinicProperties clinic) {
		this.engine = engine;
		this.repository = repository;
		this.jdbc = jdbc;
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

	/** The stored columns of one distinct answer set and its plan. */
	private record Template(Object[] columns, boolean advisable) {
	}

	@Override
	public void run(ApplicationArguments args) {
		long start = System.nanoTime();
		SplittableRandom random = new SplittableRandom(this.seed);
		List<Template> pool = templates(random);
		long[] times = createdTimes(random);
		long firstId = reserveIds(this.count);
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
				Map<String, Object> row = this.jdbc
					.queryForMap("SELECT " + TEMPLATE_COLUMNS + " FROM assessment WHERE id = ?", assessment.getId());
				Object[] columns = Arrays.stream(TEMPLATE_COLUMNS.split(", "))
					.map((name) -> value(row, name))
					.toArray();
				pool.add(new Template(columns, assessment.isMassageAdvisable()));
			}
			status.setRollbackOnly();
		});
		return pool;
	}

	private static @Nullable Object value(Map<String, Object> row, String column) {
		// the map is case-insensitive: H2 reports upper-case names, PostgreSQL lower-case
		return row.get(column);
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

	/**
	 * Ids above anything the sequence has handed out, then the sequence moved past them
	 * (with a margin of more than one allocation of 50), so that no id is ever handed out
	 * twice. In the same run, Hibernate may first use up to 49 ids it had already taken
	 * from the sequence for the rolled-back templates (all below the generated ones);
	 * after a restart, as with {@code demo.exit=true}, new ids follow the generated ones.
	 */
	private long reserveIds(int rows) {
		boolean postgres = this.jdbc.execute((ConnectionCallback<Boolean>) (connection) -> connection.getMetaData()
			.getDatabaseProductName()
			.toLowerCase(Locale.ROOT)
			.contains("postgres"));
		Long current = this.jdbc.queryForObject(
				postgres ? "SELECT nextval('assessment_seq')" : "SELECT NEXT VALUE FOR assessment_seq", Long.class);
		Long highest = this.jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM assessment", Long.class);
		long first = Math.max((current != null) ? current : 0, (highest != null) ? highest : 0) + 1000;
		long restart = first + rows + 1000;
		this.jdbc.execute("ALTER SEQUENCE assessment_seq RESTART WITH " + restart);
		return first;
	}

	private void insert(List<Template> pool, long[] times, long firstId, SplittableRandom random) {
		long now = this.clock.millis();
		long started = System.nanoTime();
		for (int from = 0; from < this.count; from += this.batchSize) {
			int size = Math.min(this.batchSize, this.count - from);
			int offset = from;
			Object[][] rows = new Object[size][];
			for (int i = 0; i < size; i++) {
				rows[i] = row(pool.get(random.nextInt(pool.size())), firstId + offset + i, times[offset + i], now,
						random);
			}
			this.transactions
				.executeWithoutResult((status) -> this.jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement statement, int i) throws SQLException {
						Object[] row = rows[i];
						for (int column = 0; column < row.length; column++) {
							statement.setObject(column + 1, row[column]);
						}
					}

					@Override
					public int getBatchSize() {
						return rows.length;
					}

				}));
			int done = from + size;
			if (done % 100_000 == 0 || done == this.count) {
				double seconds = (System.nanoTime() - started) / 1e9;
				logger.info("Demo data: {} of {} rows ({} rows/s)", done, this.count, (long) (done / seconds));
			}
		}
	}

	private Object[] row(Template template, long id, long createdMillis, long nowMillis, SplittableRandom random) {
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
		Object[] t = template.columns();
		return new Object[] { id, UUID.randomUUID(), created, created, name, Assessment.searchKey(name), email, locale,
				t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11], t[12], t[13], status.name(),
				note, reviewer, reviewedAt, (status != ReviewStatus.NEW) ? 1 : 0 };
	}

	/** Updates the statistics the query planner uses, as after any bulk load. */
	private void analyze() {
		long started = System.nanoTime();
		this.jdbc.execute("ANALYZE");
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
