package com.massageadvisor.bench;

import java.util.concurrent.TimeUnit;

import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Condition;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.Recommendation;
import com.massageadvisor.rules.RulesEngine;
import com.massageadvisor.rules.Sign;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * One evaluation of the rules engine (docs/performance.md). Run with
 * {@code ./mvnw -Pbenchmarks test-compile exec:exec}; add {@code -prof gc} to
 * {@code -Djmh.args} for the bytes allocated per evaluation, which must be those of the
 * result only: the rule tables are built once, when the classes load.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RulesEngineBenchmark {

	private final RulesEngine engine = new RulesEngine();

	/** Relaxation at a desk, nothing else: the shortest path through the tables. */
	private final Answers simple = Answers.builder(Goal.RELAXATION, Lifestyle.DESK_WORKER, MassageType.SWEDISH).build();

	/**
	 * Chronic pain with several conditions (one that turns an intense type gentle, two
	 * that ask for a professional's go-ahead), signs, soreness, a price and a budget the
	 * plan does not fit: every table has rows that apply.
	 */
	private final Answers complex = Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.DEEP_TISSUE)
		.conditions(Condition.HERNIATED_DISC, Condition.OSTEOPOROSIS, Condition.ARTHRITIS, Condition.NERVE_PROBLEMS)
		.pain(7, PainDuration.CHRONIC)
		.signs(Sign.POOR_SLEEP, Sign.HIGH_STRESS, Sign.HEADACHES, Sign.LIMITED_MOTION)
		.soreAfterLastMassage()
		.sessionPrice("80.00")
		.monthlyBudget("150.00")
		.build();

	/** A STOP condition: the plan is withheld. */
	private final Answers stop = Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.SENIOR, MassageType.NOT_SURE)
		.conditions(Condition.DVT, Condition.ARTHRITIS)
		.pain(5, PainDuration.SUBACUTE)
		.build();

	@Benchmark
	public Recommendation simple() {
		return this.engine.evaluate(this.simple);
	}

	@Benchmark
	public Recommendation complex() {
		return this.engine.evaluate(this.complex);
	}

	@Benchmark
	public Recommendation stop() {
		return this.engine.evaluate(this.stop);
	}

	/**
	 * The answers built from scratch (sorted sets, amounts to the cent) and then
	 * evaluated, as the API and the questionnaire do for each request.
	 */
	@Benchmark
	public Recommendation complexWithAnswers() {
		return this.engine.evaluate(Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.DEEP_TISSUE)
			.conditions(Condition.HERNIATED_DISC, Condition.OSTEOPOROSIS, Condition.ARTHRITIS, Condition.NERVE_PROBLEMS)
			.pain(7, PainDuration.CHRONIC)
			.signs(Sign.POOR_SLEEP, Sign.HIGH_STRESS, Sign.HEADACHES, Sign.LIMITED_MOTION)
			.soreAfterLastMassage()
			.sessionPrice("80.00")
			.monthlyBudget("150.00")
			.build());
	}

}
