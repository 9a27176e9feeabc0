package com.massageadvisor.assessment;

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
 * The stored plan's JSON snapshot: written once per submission, read back for every row
 * of the staff list (25 a page) and of the CSV export, whose one-line summary of the plan
 * needs the whole recommendation. In this package because {@link RecommendationSnapshot}
 * is package-private; a benchmark source, never part of the application.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SnapshotBenchmark {

	private final Recommendation plan = new RulesEngine()
		.evaluate(Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.NOT_SURE)
			.conditions(Condition.HERNIATED_DISC)
			.pain(6, PainDuration.CHRONIC)
			.signs(Sign.POOR_SLEEP, Sign.HIGH_STRESS)
			.sessionPrice("80")
			.monthlyBudget("250")
			.build());

	private final String json = RecommendationSnapshot.write(this.plan);

	@Benchmark
	public String write() {
		return RecommendationSnapshot.write(this.plan);
	}

	@Benchmark
	public Recommendation read() {
		return RecommendationSnapshot.read(this.json);
	}

}
