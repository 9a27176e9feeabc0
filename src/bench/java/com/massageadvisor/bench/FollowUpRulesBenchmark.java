package com.massageadvisor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Change;
import com.massageadvisor.rules.CheckIn;
import com.massageadvisor.rules.FollowUpRules;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.NextStep;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.Recommendation;
import com.massageadvisor.rules.RedFlag;
import com.massageadvisor.rules.RulesEngine;
import com.massageadvisor.rules.Sign;
import com.massageadvisor.rules.Soreness;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * One next step of the follow-up rules (docs/performance.md): the plan in force and the
 * check-ins so far in, the step and the plan from now on out. Run with
 * {@code ./mvnw -Pbenchmarks test-compile exec:exec -Djmh.args="FollowUpRulesBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FollowUpRulesBenchmark {

	private final Answers answers = Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
		.pain(7, PainDuration.CHRONIC)
		.signs(Sign.POOR_SLEEP, Sign.HIGH_STRESS)
		.build();

	private final Recommendation plan = new RulesEngine().evaluate(this.answers);

	/** One check-in after the first sessions: the work holds. */
	private final List<CheckIn> first = List.of(new CheckIn(2, 4, 9, Soreness.NONE, Change.BETTER, false, Set.of()));

	/** The most check-ins a plan may have (52), improving, with soreness now and then. */
	private final List<CheckIn> year = fiftyTwoCheckIns();

	/** A red flag at the third check-in. */
	private final List<CheckIn> redFlag = List.of(new CheckIn(2, 5, 5, Soreness.NONE, Change.SLIGHTLY_BETTER, false,
			Set.of()), new CheckIn(2, 4, 8, Soreness.UNDER_48H, Change.BETTER, false, Set.of()),
			new CheckIn(1, 4, 8, Soreness.NONE, Change.BETTER, false, Set.of(RedFlag.FEVER)));

	private static List<CheckIn> fiftyTwoCheckIns() {
		List<CheckIn> checkIns = new ArrayList<>();
		for (int i = 0; i < 52; i++) {
			Soreness soreness = (i % 7 == 3) ? Soreness.OVER_48H : Soreness.NONE;
			checkIns.add(new CheckIn(1, Math.max(1, 7 - i / 8), 7 + i / 4, soreness, Change.BETTER, false, Set.of()));
		}
		return List.copyOf(checkIns);
	}

	@Benchmark
	public NextStep first() {
		return FollowUpRules.next(this.answers, this.plan, this.first);
	}

	@Benchmark
	public NextStep year() {
		return FollowUpRules.next(this.answers, this.plan, this.year);
	}

	@Benchmark
	public NextStep redFlag() {
		return FollowUpRules.next(this.answers, this.plan, this.redFlag);
	}

}
